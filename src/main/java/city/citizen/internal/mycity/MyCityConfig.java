package city.citizen.internal.mycity;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** How long "my city" waits for each module's section. */
@ConfigMapping(prefix = "city.my-city")
public interface MyCityConfig {

    /** A section that takes longer is shown as unavailable (the issue: over 300 ms). */
    @WithDefault("PT0.3S")
    Duration sectionBudget();

    /**
     * Threads that read sections, for all requests together: their own, so that the requests (which run on the
     * worker pool and wait for their sections) never starve the reads they wait for; well under the database pool.
     */
    @WithDefault("16")
    int readers();
}
