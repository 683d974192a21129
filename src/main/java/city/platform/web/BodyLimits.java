package city.platform.web;

import city.platform.config.HttpLimits;
import city.platform.rest.Problem;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.ws.rs.core.Response;
import java.util.List;

/**
 * The request body limit of every endpoint ({@code city.http.max-body-size}, 2 MB), except the few paths that take
 * large files ({@code city.http.large-body-paths}, such as the twin's scenario uploads), which only
 * {@code quarkus.http.limits.max-body-size} bounds. A body announced larger than its limit is refused with 413 before
 * anything reads it; a chunked body without a length is bounded by Quarkus' limit alone.
 */
@ApplicationScoped
public class BodyLimits {

    /** Before Quarkus' own upload limit ({@code RouteConstants.ROUTE_ORDER_UPLOAD_LIMIT}, -2). */
    static final int ORDER = -3;

    private final long limit;
    private final List<String> largePaths;

    BodyLimits(HttpLimits config) {
        this.limit = config.maxBodySize().asLongValue();
        this.largePaths = List.copyOf(config.largeBodyPaths());
    }

    /**
     * Right after Quarkus' upload limit, which tells its body readers ({@code io.quarkus.max-request-size}) to stop a
     * chunked body without a length at {@code quarkus.http.limits.max-body-size}: the same, at this path's limit.
     */
    static final int CHUNKED_ORDER = -1;

    static final String MAX_REQUEST_SIZE_KEY = "io.quarkus.max-request-size";

    void install(@Observes Router router) {
        router.route().order(ORDER).handler(this::check);
        router.route().order(CHUNKED_ORDER).handler(this::limitChunked);
    }

    void limitChunked(RoutingContext rc) {
        if (rc.get(MAX_REQUEST_SIZE_KEY) != null && !large(rc.normalizedPath())) {
            rc.put(MAX_REQUEST_SIZE_KEY, limit);
        }
        rc.next();
    }

    void check(RoutingContext rc) {
        String length = rc.request().getHeader(HttpHeaders.CONTENT_LENGTH);
        if (length != null && !large(rc.normalizedPath())) {
            long bytes;
            try {
                bytes = Long.parseLong(length.trim());
            } catch (NumberFormatException e) {
                bytes = -1;
            }
            if (bytes > limit) {
                Problem problem = Problem.of(
                        Response.Status.REQUEST_ENTITY_TOO_LARGE,
                        "The request body is larger than " + limit / (1024 * 1024) + " MB.",
                        rc.normalizedPath());
                rc.response()
                        .setStatusCode(413)
                        .putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
                        .putHeader(HttpHeaders.CONNECTION, "close")
                        .end(io.vertx.core.json.Json.encode(problem));
                return;
            }
        }
        rc.next();
    }

    private boolean large(String path) {
        return isLarge(largePaths, path);
    }

    /**
     * Whether a path is one of the large-body paths, where {@code *} in a pattern stands for one segment (and so does
     * an OpenAPI template's {@code {id}} in the path).
     */
    public static boolean isLarge(List<String> patterns, String path) {
        String[] segments = path.split("/", -1);
        for (String pattern : patterns) {
            String[] wanted = pattern.split("/", -1);
            if (wanted.length != segments.length) {
                continue;
            }
            boolean all = true;
            for (int i = 0; i < wanted.length && all; i++) {
                all = wanted[i].equals("*") ? !segments[i].isEmpty() : wanted[i].equals(segments[i]);
            }
            if (all) {
                return true;
            }
        }
        return false;
    }
}
