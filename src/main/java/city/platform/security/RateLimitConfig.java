package city.platform.security;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Per-client request limits ({@link RateLimits}). Each rule names path prefixes, optionally methods, and a token
 * bucket: {@code requests} per {@code period}, with bursts up to {@code burst}. A request counts against the rule
 * with the longest matching prefix; a client is its signed-in identity (a person, or a device's client), or its
 * address when anonymous.
 */
@ConfigMapping(prefix = "city.rate-limits")
public interface RateLimitConfig {

    /** On everywhere; benchmarks that drive one device client at many thousand requests a second lift the limits. */
    @WithDefault("true")
    boolean enabled();

    /** How many clients' buckets are kept at once; the least recently seen go first (and start full again). */
    @WithDefault("100000")
    long maxClients();

    Map<String, Rule> rules();

    interface Rule {
        List<String> paths();

        /** The HTTP methods counted; all when absent. */
        Optional<List<String>> methods();

        int requests();

        @WithDefault("1s")
        Duration period();

        /** The largest burst; {@code requests} when absent. */
        Optional<Integer> burst();
    }
}
