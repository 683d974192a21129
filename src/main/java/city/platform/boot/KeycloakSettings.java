package city.platform.boot;

import io.smallrye.config.ConfigMapping;
import java.nio.file.Path;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * The identity server ({@code city.keycloak.*}). Only the URL is read by the app; the others are the run command's
 * settings, read by {@link CityMain} before the app starts (its defaults are there), and listed here so that they are
 * known keys.
 */
@ConfigMapping(prefix = "city.keycloak")
public interface KeycloakSettings {

    /**
     * Its base URL. No default here: application.properties holds it ({@code http://localhost:8180}, where the run
     * command starts its Keycloak), because the OIDC tenants' URLs are built from it there.
     */
    String url();

    /** Where the Keycloak that the run command starts is unpacked ({@code CITY_KEYCLOAK_HOME}). */
    Optional<Path> home();

    /** The port of the Keycloak that the run command starts ({@code CITY_KEYCLOAK_PORT}). */
    OptionalInt port();

    /** Its management port ({@code CITY_KEYCLOAK_MANAGEMENT_PORT}). */
    OptionalInt managementPort();
}
