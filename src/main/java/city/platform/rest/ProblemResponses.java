package city.platform.rest;

import city.platform.web.ErrorPage;
import io.vertx.core.http.HttpServerRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** A problem as its reader takes it: problem+json on the JSON API, the friendly error page on pages. */
@ApplicationScoped
public class ProblemResponses {

    private final ErrorPage errorPage;

    ProblemResponses(ErrorPage errorPage) {
        this.errorPage = errorPage;
    }

    public Response respond(HttpServerRequest request, Problem problem) {
        if (isApi(request)) {
            return problem.toResponse();
        }
        return Response.status(problem.status())
                .type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                .entity(errorPage.render(problem))
                .build();
    }

    public static boolean isApi(HttpServerRequest request) {
        return request.path().startsWith("/api/");
    }
}
