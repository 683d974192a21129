package city.payments.internal.card;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.runtime.LaunchMode;
import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.time.Clock;
import org.jboss.logging.Logger;

/** Makes the {@link CardGateway} that configuration names, at start, so that a half-configured one fails early. */
public class CardGatewayProducer {

    private static final Logger LOG = Logger.getLogger(CardGatewayProducer.class);

    @Produces
    @ApplicationScoped
    @Startup
    CardGateway cardGateway(CardGatewayConfig config, Clock clock, ObjectMapper json) {
        CardGateway gateway = create(config, clock, json);
        if (gateway instanceof SandboxCardGateway && LaunchMode.current() == LaunchMode.NORMAL) {
            LOG.warn("Card payments use the sandbox gateway: no money moves. Set city.payments.gateway.kind=HTTP"
                    + " with its base-url and secret-key for real payments.");
        }
        return gateway;
    }

    /** The gateway for the configuration; throws {@link IllegalStateException} naming what is missing. */
    static CardGateway create(CardGatewayConfig config, Clock clock, ObjectMapper json) {
        return switch (config.kind()) {
            case SANDBOX -> new SandboxCardGateway(clock);
            case HTTP -> {
                if (config.baseUrl().isEmpty() || config.secretKey().isEmpty()) {
                    throw new IllegalStateException("city.payments.gateway.kind=HTTP needs"
                            + (config.baseUrl().isEmpty() ? " city.payments.gateway.base-url" : "")
                            + (config.secretKey().isEmpty() ? " city.payments.gateway.secret-key" : "")
                            + " (environment CITY_PAYMENTS_GATEWAY_BASE_URL, CITY_PAYMENTS_GATEWAY_SECRET_KEY)");
                }
                yield new HttpCardGateway(
                        config.baseUrl().get(), config.secretKey().get(), clock, json);
            }
        };
    }
}
