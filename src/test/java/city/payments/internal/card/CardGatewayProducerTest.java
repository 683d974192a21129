package city.payments.internal.card;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import city.payments.internal.card.CardGatewayConfig.Kind;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URI;
import java.time.Clock;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** In the running app, because the HTTP gateway it makes builds a Quarkus REST client. */
@QuarkusTest
class CardGatewayProducerTest {

    private final Clock clock = Clock.systemUTC();
    private final ObjectMapper json = new ObjectMapper();

    @Test
    void shouldUseTheSandboxByDefault() {
        assertThat(CardGatewayProducer.create(config(Kind.SANDBOX, null, null), clock, json))
                .isInstanceOf(SandboxCardGateway.class);
    }

    @Test
    void shouldUseTheHttpGatewayWhenItIsFullyConfigured() {
        CardGatewayConfig http = config(Kind.HTTP, URI.create("https://api.gateway.example"), "sk_live_x");

        assertThat(CardGatewayProducer.create(http, clock, json)).isInstanceOf(HttpCardGateway.class);
    }

    @Test
    void shouldFailNamingWhatIsMissingWhenTheHttpGatewayIsHalfConfigured() {
        assertThatThrownBy(() -> CardGatewayProducer.create(config(Kind.HTTP, null, "sk"), clock, json))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("city.payments.gateway.base-url")
                .hasMessageNotContaining("gateway.secret-key");
        assertThatThrownBy(() -> CardGatewayProducer.create(
                        config(Kind.HTTP, URI.create("https://api.gateway.example"), null), clock, json))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("city.payments.gateway.secret-key")
                .hasMessageNotContaining("gateway.base-url");
    }

    private static CardGatewayConfig config(Kind kind, URI baseUrl, String secretKey) {
        return new CardGatewayConfig() {
            @Override
            public Kind kind() {
                return kind;
            }

            @Override
            public Optional<URI> baseUrl() {
                return Optional.ofNullable(baseUrl);
            }

            @Override
            public Optional<String> secretKey() {
                return Optional.ofNullable(secretKey);
            }
        };
    }
}
