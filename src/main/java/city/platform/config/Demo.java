package city.platform.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Demo data for a platform run on this machine. */
@ConfigMapping(prefix = "city.demo")
public interface Demo {

    /**
     * Whether the modules write demo data at start (a wallet with money, a shop, parking history). Off, because only
     * a platform with the demo users (the run command's own Keycloak, or dev mode) has anyone to give it to.
     */
    @WithDefault("false")
    boolean enabled();
}
