package city.platform.rest;

import io.vertx.core.http.HttpServerRequest;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.core.ResteasyReactiveRequestContext;
import org.jboss.resteasy.reactive.server.core.multipart.FormData;
import org.jboss.resteasy.reactive.server.multipart.FormValue;
import org.jboss.resteasy.reactive.server.spi.ResteasyReactiveContainerRequestContext;

/**
 * The text rule of {@link StrictJson} for what is not JSON: path segments, query parameters and the text fields of
 * page forms (urlencoded and multipart; files are checked by whoever reads them). A control character or half a
 * surrogate pair is refused with a 400 naming the parameter, a problem on the API and the error page elsewhere, before
 * any resource sees it.
 */
public class CleanTextFilter {

    private final ProblemResponses responses;

    CleanTextFilter(ProblemResponses responses) {
        this.responses = responses;
    }

    @ServerRequestFilter
    public Optional<Response> refuseForbiddenCharacters(
            ResteasyReactiveContainerRequestContext context, HttpServerRequest request) {
        Problem.FieldError error = firstError(context);
        if (error == null) {
            return Optional.empty();
        }
        return Optional.of(responses.respond(request, Problem.validation(List.of(error), request.path())));
    }

    private static Problem.FieldError firstError(ResteasyReactiveContainerRequestContext context) {
        Problem.FieldError error = check(context.getUriInfo().getPathParameters());
        if (error == null) {
            error = check(context.getUriInfo().getQueryParameters());
        }
        if (error == null
                && context.getServerRequestContext() instanceof ResteasyReactiveRequestContext rr
                && rr.getFormData() != null) {
            error = check(rr.getFormData());
        }
        return error;
    }

    private static Problem.FieldError check(MultivaluedMap<String, String> parameters) {
        for (Map.Entry<String, List<String>> p : parameters.entrySet()) {
            String wrong = StrictJson.whatIsWrong(p.getKey());
            for (int i = 0; wrong == null && i < p.getValue().size(); i++) {
                wrong = StrictJson.whatIsWrong(p.getValue().get(i));
            }
            if (wrong != null) {
                return new Problem.FieldError(p.getKey(), wrong);
            }
        }
        return null;
    }

    private static Problem.FieldError check(FormData form) {
        for (String name : form) {
            String wrong = StrictJson.whatIsWrong(name);
            for (FormValue value : form.get(name)) {
                if (wrong == null && !value.isFileItem()) {
                    wrong = StrictJson.whatIsWrong(value.getValue());
                }
            }
            if (wrong != null) {
                return new Problem.FieldError(name, wrong);
            }
        }
        return null;
    }
}
