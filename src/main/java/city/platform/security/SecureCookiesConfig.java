package city.platform.security;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import io.smallrye.config.WithName;

/** Whether the platform is reached over HTTPS ({@code CITY_SECURE_COOKIES}). */
@ConfigMapping(prefix = "city.https")
public interface SecureCookiesConfig {

    /**
     * Off by default: the run command and the tests serve plain HTTP on localhost, where a {@code Secure} cookie would
     * never come back. A deployment behind HTTPS turns it on.
     */
    @WithName("secure-cookies")
    @WithDefault("false")
    boolean secureCookies();
}
