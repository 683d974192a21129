package city.platform.security;

import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The JSON API takes bearer tokens only. Quarkus OIDC would otherwise pick the pages' tenant from a browser's session
 * cookie ({@code q_session_*}) and let a cross-site form or {@code text/plain} POST act as the signed-in person
 * (CSRF). The OIDC cookies are taken off every {@code /api/} request before authentication runs, so such a request is
 * anonymous; other cookies (the language) stay.
 */
@ApplicationScoped
public class ApiTakesBearerTokensOnly {

    /** Before Quarkus' CORS (-300) and authentication (-200) filters. */
    static final int ORDER = -400;

    private static final Pattern OIDC_COOKIE = Pattern.compile("^q_(session|auth)[^=]*=.*$");

    void install(@Observes Router router) {
        router.route("/api/*").order(ORDER).handler(this::strip);
    }

    void strip(RoutingContext rc) {
        List<String> headers = rc.request().headers().getAll(HttpHeaders.COOKIE);
        List<String> cookies = headers.stream()
                .flatMap(header -> Arrays.stream(header.split(";")))
                .map(String::trim)
                .filter(c -> !c.isEmpty())
                .toList();
        List<String> kept =
                cookies.stream().filter(c -> !OIDC_COOKIE.matcher(c).matches()).toList();
        if (kept.size() < cookies.size()) {
            rc.request().headers().remove(HttpHeaders.COOKIE);
            if (!kept.isEmpty()) {
                rc.request().headers().set(HttpHeaders.COOKIE, String.join("; ", kept));
            }
        }
        rc.next();
    }
}
