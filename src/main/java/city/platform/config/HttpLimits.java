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
     * The paths that take large files, bounded only by Quarkus' limit (20 MB) and then by their own rules: the twin's
     * CityFlow scenarios, since a real city's road network and flow weigh several MB, and the documents of an
     * application, which its form allows up to 20 MB. A {@code *} stands for one path segment.
     */
    @WithDefault("/api/v1/simulation/scenarios,/traffic/twin/scenarios,"
            + "/api/v1/citizen/my/applications/*/documents/*,/api/v1/citizen/my/bundles/*/documents/*,"
            + "/citizen/apply/*,/citizen/bundles/*")
    List<String> largeBodyPaths();
}
