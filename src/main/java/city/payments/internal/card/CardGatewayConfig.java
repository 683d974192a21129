package city.payments.internal.card;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.net.URI;
import java.util.Optional;

/** Which card gateway the city uses, and how to reach a real one. */
@ConfigMapping(prefix = "city.payments.gateway")
public interface CardGatewayConfig {

    /** The kinds of gateway. */
    enum Kind {
        /** In-process test mode: no money moves; see {@link SandboxCardGateway} for the test card numbers. */
        SANDBOX,
        /** A provider's HTTP API; needs {@link #baseUrl()} and {@link #secretKey()}. */
        HTTP
    }

    @WithDefault("SANDBOX")
    Kind kind();

    /** The provider's API root, such as {@code https://api.gateway.example}; for {@link Kind#HTTP}. */
    Optional<URI> baseUrl();

    /** The provider's secret API key, sent as a bearer token; for {@link Kind#HTTP}. Keep it out of the repository. */
    Optional<String> secretKey();
}
