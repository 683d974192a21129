package city.platform.boot;

import io.quarkus.runtime.LaunchMode;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.interceptor.Interceptor;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.eclipse.microprofile.config.Config;
import org.jboss.logging.Logger;

/**
 * Refuses a production start without its secrets: the key that signs the pages' CSRF tokens, the portal client's
 * secret and, when the virtual devices are on, the devices client's secret. No demo value stands in for them in
 * production (application.properties gives them only to dev mode and tests, the run command to the platform it
 * starts on this machine), so a deployment that forgot one stops at once with a message naming what to set, instead
 * of running with a guessable key or failing at the first sign-in.
 */
@ApplicationScoped
class ProductionSecrets {

    private static final Logger LOG = Logger.getLogger(ProductionSecrets.class);

    /** quarkus-rest-csrf signs with HMAC-SHA256: a key shorter than its 32-byte output weakens it. */
    static final int MIN_CSRF_KEY_LENGTH = 32;

    private final Config config;

    ProductionSecrets(Config config) {
        this.config = config;
    }

    /** Before anything else observes the start, so that the refusal is the first thing in the log. */
    void check(@Observes @Priority(Interceptor.Priority.PLATFORM_BEFORE) StartupEvent event) {
        if (LaunchMode.current() != LaunchMode.NORMAL) {
            return;
        }
        List<String> missing = missing(name -> config.getOptionalValue(name, String.class));
        if (!missing.isEmpty()) {
            String message = message(missing);
            LOG.error(message);
            throw new IllegalStateException(message);
        }
    }

    /**
     * What this configuration lacks, each as the environment variable to set and what it is for; empty when nothing
     * is missing. {@code config} answers a property's value, empty when it is not set (or set to nothing).
     */
    static List<String> missing(Function<String, Optional<String>> config) {
        List<String> missing = new ArrayList<>();
        Optional<String> csrf = value(config, "quarkus.rest-csrf.token-signature-key");
        if (csrf.isEmpty()) {
            missing.add("CITY_CSRF_KEY (signs the pages' CSRF tokens; " + MIN_CSRF_KEY_LENGTH + " characters or more)");
        } else if (csrf.get().length() < MIN_CSRF_KEY_LENGTH) {
            missing.add("CITY_CSRF_KEY is too short (" + csrf.get().length() + " characters; it needs "
                    + MIN_CSRF_KEY_LENGTH + " or more)");
        }
        if (value(config, "quarkus.oidc.web.credentials.secret").isEmpty()) {
            missing.add(
                    "CITY_PORTAL_SECRET (the secret of the city-portal client in Keycloak, for signing in on pages)");
        }
        boolean devices = value(config, "city.simulation.enabled")
                .map(Boolean::parseBoolean)
                .orElse(false);
        if (devices && value(config, "city.simulation.device-secret").isEmpty()) {
            missing.add("CITY_DEVICES_SECRET (city.simulation.device-secret: the secret of the city-devices"
                    + " client in Keycloak, for the virtual devices that city.simulation.enabled turns on)");
        }
        return missing;
    }

    static String message(List<String> missing) {
        return "Refusing to start in production without its secrets. Set in the environment: "
                + String.join("; ", missing)
                + ". (Demo values exist only in dev mode, in tests and in the run command ./scripts/run.sh.)";
    }

    private static Optional<String> value(Function<String, Optional<String>> config, String name) {
        return config.apply(name).map(String::strip).filter(v -> !v.isEmpty());
    }
}
