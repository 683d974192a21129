package city.platform.config;

import io.quarkus.runtime.configuration.MemorySize;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.util.List;

/** Request body limits below Quarkus' own {@code quarkus.http.limits.max-body-size} (see BodyLimits). */
@ConfigMapping(prefix = "city.http")
public interface HttpLimits {

    /**
     * The largest request body of every endpoint but the large-body paths: 2 MB is ample for the forms, the JSON of
     * every operation and the ingestion batches, and refuses anything bigger before it is read.
     */
    @WithDefault("2M")
    MemorySize maxBodySize();

    /**
     * The paths that take large files, bounded only by Quarkus' limit: the twin's CityFlow scenarios, since a real
     * city's road network and flow weigh several MB.
     */
    @WithDefault("/api/v1/simulation/scenarios,/traffic/twin/scenarios")
    List<String> largeBodyPaths();
}
