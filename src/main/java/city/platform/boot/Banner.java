package city.platform.boot;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import io.smallrye.config.WithParentName;

/** Whether to print where everything is once the app is ready ({@code city.banner}). */
@ConfigMapping(prefix = "city.banner")
public interface Banner {

    /**
     * Off: only the run command ({@link CityMain}) turns it on, for the person who just started the platform on this
     * machine; a server's log has no use for demo logins.
     */
    @WithParentName
    @WithDefault("false")
    boolean enabled();
}
