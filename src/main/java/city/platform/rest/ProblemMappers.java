package city.platform.rest;

import city.platform.web.ErrorPage;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import io.quarkus.security.ForbiddenException;
import io.vertx.core.http.HttpServerRequest;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * Turns exceptions into RFC 9457 problems on the JSON API and into the friendly error page everywhere else.
 * Security exceptions are left to Quarkus, which answers 401/403 on the API and starts the login on pages.
 */
public class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);

    private final ErrorPage errorPage;

    ProblemMappers(ErrorPage errorPage) {
        this.errorPage = errorPage;
    }

    @ServerExceptionMapper
    public Response problem(ProblemException e, HttpServerRequest request) {
        return respond(request, e.toProblem(request.path()));
    }

    @ServerExceptionMapper
    public Response invalid(ConstraintViolationException e, HttpServerRequest request) {
        List<Problem.FieldError> errors = e.getConstraintViolations().stream()
                .map(v -> new Problem.FieldError(fieldName(v), v.getMessage()))
                .sorted(Comparator.comparing(Problem.FieldError::field))
                .toList();
        return respond(request, Problem.validation(errors, request.path()));
    }

    @ServerExceptionMapper
    public Response unreadable(JsonProcessingException e, HttpServerRequest request) {
        String field = e instanceof JsonMappingException m && !m.getPath().isEmpty() ? jsonPath(m) : null;
        Problem problem = field == null
                ? Problem.of(Response.Status.BAD_REQUEST, "The request body is not valid JSON.", request.path())
                : Problem.validation(
                        List.of(new Problem.FieldError(field, "has the wrong type or format")), request.path());
        return respond(request, problem);
    }

    @ServerExceptionMapper
    public Response mismatched(MismatchedInputException e, HttpServerRequest request) {
        return unreadable(e, request);
    }

    @ServerExceptionMapper
    public Response malformed(JsonParseException e, HttpServerRequest request) {
        return unreadable(e, request);
    }

    @ServerExceptionMapper
    public Response web(WebApplicationException e, HttpServerRequest request) {
        Response original = e.getResponse();
        if (original.getStatus() < 400) {
            return original;
        }
        Response.Status status = Response.Status.fromStatusCode(original.getStatus());
        String detail = status == Response.Status.NOT_FOUND ? "Nothing is found at this address." : e.getMessage();
        Problem problem = new Problem(
                "about:blank",
                status == null ? "Error" : status.getReasonPhrase(),
                original.getStatus(),
                detail,
                request.path(),
                List.of());
        return respond(request, problem);
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e, HttpServerRequest request) {
        return respond(request, Problem.of(Response.Status.FORBIDDEN, "Your roles do not allow this.", request.path()));
    }

    @ServerExceptionMapper
    public Response unexpected(RuntimeException e, HttpServerRequest request) {
        LOG.errorf(e, "Unexpected error on %s %s", request.method(), request.path());
        return respond(
                request,
                Problem.of(
                        Response.Status.INTERNAL_SERVER_ERROR,
                        "Something went wrong on our side; it has been logged.",
                        request.path()));
    }

    private Response respond(HttpServerRequest request, Problem problem) {
        if (isApi(request)) {
            return problem.toResponse();
        }
        return Response.status(problem.status())
                .type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                .entity(errorPage.render(problem))
                .build();
    }

    static boolean isApi(HttpServerRequest request) {
        return request.path().startsWith("/api/");
    }

    /** The field as the client named it: {@code documents[0].nameEn} in a body, {@code size} in the query. */
    private static String fieldName(ConstraintViolation<?> violation) {
        StringBuilder name = new StringBuilder();
        String parameter = "";
        for (Path.Node node : violation.getPropertyPath()) {
            ElementKind kind = node.getKind();
            if (kind == ElementKind.METHOD || kind == ElementKind.CONSTRUCTOR || kind == ElementKind.RETURN_VALUE) {
                continue;
            }
            if (kind == ElementKind.PARAMETER) {
                parameter = node.getName();
                continue;
            }
            if (node.isInIterable()) {
                name.append('[')
                        .append(node.getIndex() != null ? node.getIndex() : node.getKey())
                        .append(']');
            }
            if (node.getName() != null && !node.getName().startsWith("<")) {
                if (!name.isEmpty()) {
                    name.append('.');
                }
                name.append(node.getName());
            }
        }
        return name.isEmpty() ? parameter : name.toString();
    }

    private static String jsonPath(JsonMappingException e) {
        return e.getPath().stream()
                .map(ref -> ref.getFieldName() != null ? "." + ref.getFieldName() : "[" + ref.getIndex() + "]")
                .collect(Collectors.joining())
                .replaceFirst("^\\.", "");
    }
}
