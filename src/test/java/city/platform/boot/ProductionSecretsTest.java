package city.platform.boot;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ProductionSecretsTest {

    private static final String KEY = "a-production-key-of-32-characters-or-more";

    private static List<String> missing(Map<String, String> config) {
        return ProductionSecrets.missing(name -> Optional.ofNullable(config.get(name)));
    }

    private static Map<String, String> complete() {
        Map<String, String> config = new HashMap<>();
        config.put("quarkus.rest-csrf.token-signature-key", KEY);
        config.put("quarkus.oidc.web.credentials.secret", "portal");
        config.put("city.simulation.enabled", "false");
        return config;
    }

    @Test
    void aStartWithEverySecretGoesAhead() {
        assertThat(missing(complete())).isEmpty();
    }

    @Test
    void aStartWithoutTheCsrfKeyAndThePortalSecretIsRefusedNamingBoth() {
        List<String> missing = missing(Map.of());
        assertThat(missing).hasSize(2);
        assertThat(missing.get(0)).startsWith("CITY_CSRF_KEY");
        assertThat(missing.get(1)).startsWith("CITY_PORTAL_SECRET");
        assertThat(ProductionSecrets.message(missing))
                .startsWith("Refusing to start in production")
                .contains("CITY_CSRF_KEY", "CITY_PORTAL_SECRET");
    }

    @Test
    void anEmptyOrBlankValueCountsAsMissing() {
        Map<String, String> config = complete();
        config.put("quarkus.oidc.web.credentials.secret", "  ");
        assertThat(missing(config)).singleElement().asString().startsWith("CITY_PORTAL_SECRET");
    }

    @Test
    void aCsrfKeyShorterThan32CharactersIsRefused() {
        Map<String, String> config = complete();
        config.put("quarkus.rest-csrf.token-signature-key", "short");
        assertThat(missing(config)).singleElement().asString().contains("too short");
    }

    @Test
    void theDevicesSecretIsNeededOnlyWhenTheVirtualDevicesAreOn() {
        Map<String, String> config = complete();
        config.put("city.simulation.enabled", "true");
        assertThat(missing(config)).singleElement().asString().startsWith("CITY_DEVICES_SECRET");
        config.put("city.simulation.device-secret", "devices");
        assertThat(missing(config)).isEmpty();
    }
}
