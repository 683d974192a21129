package city.platform.rest;

import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.json.Json;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.ws.rs.core.Response;
import java.util.Locale;
import java.util.Set;

/**
 * The JSON API takes no HTML forms: a form-encoded or multipart request to {@code /api/*} is answered {@code 415} with
 * a problem saying what the API takes, before the pages' CSRF filter would answer it with an empty 400 (issue 12).
 * Documents go to the API as the raw body with their own content type.
 */
@ApplicationScoped
public class ApiTakesNoForms {

    /** After the API's language (-390), before authentication (-200) and the REST handler. */
    static final int ORDER = -380;

    static final String DETAIL = "The JSON API takes application/json (a document as the raw body with its own"
            + " content type), not an HTML form";

    private static final Set<HttpMethod> WRITES =
            Set.of(HttpMethod.POST, HttpMethod.PUT, HttpMethod.PATCH, HttpMethod.DELETE);

    void install(@Observes Router router) {
        router.route("/api/*").order(ORDER).handler(this::refuseForms);
    }

    void refuseForms(RoutingContext rc) {
        String type = rc.request().getHeader(HttpHeaders.CONTENT_TYPE);
        if (type != null && WRITES.contains(rc.request().method()) && isForm(type)) {
            rc.response()
                    .setStatusCode(415)
                    .putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
                    .end(Json.encode(Problem.of(Response.Status.UNSUPPORTED_MEDIA_TYPE, DETAIL, rc.normalizedPath())));
            return;
        }
        rc.next();
    }

    static boolean isForm(String contentType) {
        String t = contentType.toLowerCase(Locale.ROOT).strip();
        return t.startsWith("application/x-www-form-urlencoded") || t.startsWith("multipart/form-data");
    }
}
