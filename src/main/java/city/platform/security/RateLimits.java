package city.platform.security;

import city.platform.rest.Problem;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import io.quarkus.vertx.http.runtime.security.QuarkusHttpUser;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.json.Json;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Per-client limits on what is costly or guessable: device ingestion, money-moving calls, the login. A client over its
 * limit gets 429 with {@code Retry-After} (seconds until a request is allowed again), a problem on the API and the
 * error page on pages; nothing of the request runs. Buckets are in memory, per instance (ADR 14).
 */
@ApplicationScoped
public class RateLimits {

    /** One rule, with the prefixes it matches. */
    record Limit(String name, List<String> paths, List<String> methods, Bandwidth bandwidth) {}

    private final boolean enabled;
    private final List<Limit> limits;
    private final Cache<String, Bucket> buckets;
    private static final String TOO_MANY_PAGE = "<!DOCTYPE html><html lang=\"zh-CN\"><head><meta charset=\"utf-8\">"
            + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
            + "<title>请求过于频繁 · Too many requests</title><link rel=\"stylesheet\" href=\"/static/city.css\">"
            + "</head><body><main class=\"panel error-page\" role=\"alert\"><h1>请求过于频繁</h1>"
            + "<p>请 %d 秒后再试。</p><h1 lang=\"en\">Too many requests</h1><p lang=\"en\">Please try again in %d s."
            + "</p><p><a class=\"button\" href=\"/\">返回首页 · Home</a></p></main></body></html>";

    RateLimits(RateLimitConfig config) {
        this.enabled = config.enabled();
        this.limits = config.rules().entrySet().stream()
                .map(e -> limit(e.getKey(), e.getValue()))
                .toList();
        this.buckets = Caffeine.newBuilder()
                .maximumSize(config.maxClients())
                .expireAfterAccess(Duration.ofMinutes(30))
                .build();
    }

    private static Limit limit(String name, RateLimitConfig.Rule rule) {
        int burst = rule.burst().orElse(rule.requests());
        Bandwidth bandwidth = Bandwidth.builder()
                .capacity(burst)
                .refillGreedy(rule.requests(), rule.period())
                .build();
        List<String> methods = rule.methods().orElse(List.of()).stream()
                .map(m -> m.toUpperCase(Locale.ROOT))
                .toList();
        return new Limit(name, List.copyOf(rule.paths()), methods, bandwidth);
    }

    /** After Quarkus' authentication (-200), so that the client is known; before any resource and its checks. */
    static final int ORDER = -150;

    void install(@Observes Router router) {
        if (enabled && !limits.isEmpty()) {
            router.route().order(ORDER).handler(this::limit);
        }
    }

    void limit(RoutingContext rc) {
        Optional<Limit> rule = ruleFor(rc.request().method().name(), rc.normalizedPath());
        if (rule.isEmpty()) {
            rc.next();
            return;
        }
        String client = rc.user() instanceof QuarkusHttpUser user
                        && !user.getSecurityIdentity().isAnonymous()
                ? "id:" + user.getSecurityIdentity().getPrincipal().getName()
                : "ip:" + rc.request().remoteAddress().host();
        Limit limit = rule.get();
        Bucket bucket = buckets.get(
                limit.name() + "|" + client,
                k -> Bucket.builder().addLimit(limit.bandwidth()).build());
        ConsumptionProbe probe = bucket.tryConsumeAndReturnRemaining(1);
        if (probe.isConsumed()) {
            rc.next();
            return;
        }
        long seconds = Math.max(1, (probe.getNanosToWaitForRefill() + 999_999_999L) / 1_000_000_000L);
        Problem problem = new Problem(
                "https://city.example/problems/rate-limited",
                "Too many requests",
                429,
                "This client sent more requests than the limit \"" + limit.name() + "\" allows; try again in " + seconds
                        + " s.",
                rc.normalizedPath(),
                List.of());
        rc.response().setStatusCode(429).putHeader("Retry-After", Long.toString(seconds));
        if (rc.normalizedPath().startsWith("/api/")) {
            rc.response()
                    .putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
                    .end(Json.encode(problem));
        } else {
            // a plain page: the layout's template needs the request context that JAX-RS gives, not yet here
            rc.response()
                    .putHeader(HttpHeaders.CONTENT_TYPE, "text/html;charset=UTF-8")
                    .end(String.format(TOO_MANY_PAGE, seconds, seconds));
        }
    }

    /** The rule with the longest prefix matching this request, if any. */
    Optional<Limit> ruleFor(String method, String path) {
        return limits.stream()
                .filter(l -> l.methods().isEmpty() || l.methods().contains(method))
                .flatMap(l -> l.paths().stream().filter(path::startsWith).map(p -> Map.entry(p.length(), l)))
                .max(Comparator.comparingInt(Map.Entry::getKey))
                .map(Map.Entry::getValue);
    }
}
