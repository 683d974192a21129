package city.platform.rest;

import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.util.Locale;
import java.util.Set;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * The JSON API takes no HTML forms: a form-encoded or multipart write to {@code /api/*} is answered {@code 415} with a
 * problem saying what the API takes, instead of the pages' CSRF filter's empty 400 (issue 12). It runs after the
 * security check (an anonymous form to a protected operation is still a 401) and before the CSRF filter. Documents go
 * to the API as the raw body with their own content type.
 */
public class ApiTakesNoForms {

    static final String DETAIL = "The JSON API takes application/json (a document as the raw body with its own"
            + " content type), not an HTML form";

    private static final Set<String> WRITES = Set.of("POST", "PUT", "PATCH", "DELETE");

    @ServerRequestFilter(priority = Priorities.AUTHENTICATION)
    public Response refuseForms(ContainerRequestContext request) {
        String type = request.getHeaderString(HttpHeaders.CONTENT_TYPE);
        if (type != null
                && WRITES.contains(request.getMethod())
                && request.getUriInfo().getPath().startsWith("/api/")
                && isForm(type)) {
            return Problem.of(
                            Response.Status.UNSUPPORTED_MEDIA_TYPE,
                            DETAIL,
                            request.getUriInfo().getPath())
                    .toResponse();
        }
        return null;
    }

    static boolean isForm(String contentType) {
        String t = contentType.toLowerCase(Locale.ROOT).strip();
        return t.startsWith("application/x-www-form-urlencoded") || t.startsWith("multipart/form-data");
    }
}
