package city.platform.rest;

import city.platform.db.SqlStates;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.InputCoercionException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import io.quarkus.security.ForbiddenException;
import io.vertx.core.http.HttpServerRequest;
import jakarta.persistence.OptimisticLockException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;
import org.hibernate.StaleStateException;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * Turns exceptions into RFC 9457 problems on the JSON API and into the friendly error page everywhere else.
 * Security exceptions are left to Quarkus, which answers 401/403 on the API and starts the login on pages.
 */
public class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);

    /** How long a client should wait before it tries again while the database is away (it is usually back soon). */
    static final int DATABASE_RETRY_AFTER_SECONDS = 5;

    private final ProblemResponses responses;

    ProblemMappers(ProblemResponses responses) {
        this.responses = responses;
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
        Problem problem;
        if (field != null) {
            String message = e instanceof StrictJson.ForbiddenCharacter
                    ? e.getOriginalMessage()
                    : e instanceof MismatchedInputException mismatch && mismatch.getTargetType() != null
                            ? "has the wrong type or format (expected " + expected(mismatch.getTargetType()) + ")"
                            : "has the wrong type or format";
            problem = Problem.validation(List.of(new Problem.FieldError(field, message)), request.path());
        } else if (e instanceof StreamConstraintsException || e instanceof InputCoercionException) {
            problem = Problem.of(
                    Response.Status.BAD_REQUEST,
                    "The request body has a value out of range: " + e.getOriginalMessage(),
                    request.path());
        } else {
            problem = Problem.of(
                    Response.Status.BAD_REQUEST,
                    "The request body is not valid JSON: " + e.getOriginalMessage(),
                    request.path());
        }
        return respond(request, problem);
    }

    /** What a client should have sent, in JSON's words. */
    private static String expected(Class<?> type) {
        if (type == String.class || type.isEnum()) {
            return "a string";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "true or false";
        }
        if (type == Integer.class
                || type == int.class
                || type == Long.class
                || type == long.class
                || type == Short.class
                || type == short.class) {
            return "a whole number";
        }
        if (Number.class.isAssignableFrom(type) || type.isPrimitive()) {
            return "a number";
        }
        if (java.util.Collection.class.isAssignableFrom(type) || type.isArray()) {
            return "an array";
        }
        return "an object";
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
        if (e.getCause() instanceof JsonProcessingException json) {
            return unreadable(json, request);
        }
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
        if (concurrentChange(e)) {
            return respond(
                    request,
                    new Problem(
                            "https://city.example/problems/concurrent-change",
                            "Changed at the same time",
                            409,
                            "Another request changed the same record at the same moment; nothing of this one was "
                                    + "kept. Send it again (with the same Idempotency-Key where one is needed).",
                            request.path(),
                            List.of()));
        }
        if (SqlStates.isUnavailable(e)) {
            LOG.warnf("Database unavailable on %s %s: %s", request.method(), request.path(), e.getMessage());
            Problem problem = new Problem(
                    "https://city.example/problems/database-unavailable",
                    "Database unavailable",
                    503,
                    "The database cannot be reached at the moment; nothing of this request was kept. Send it again"
                            + " (with the same Idempotency-Key where one is needed) after "
                            + DATABASE_RETRY_AFTER_SECONDS + " s.",
                    request.path(),
                    List.of());
            return Response.fromResponse(responses.respond(request, problem))
                    .header("Retry-After", String.valueOf(DATABASE_RETRY_AFTER_SECONDS))
                    .build();
        }
        LOG.errorf(e, "Unexpected error on %s %s", request.method(), request.path());
        return respond(
                request,
                Problem.of(
                        Response.Status.INTERNAL_SERVER_ERROR,
                        "Something went wrong on our side; it has been logged.",
                        request.path()));
    }

    private Response respond(HttpServerRequest request, Problem problem) {
        return responses.respond(request, problem);
    }

    /**
     * Whether the work lost a race that a retry can win: a versioned row changed under it (optimistic locking), or
     * PostgreSQL broke the transaction off for a deadlock or a serialization failure. Nothing of it was committed.
     */
    static boolean concurrentChange(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof OptimisticLockException || t instanceof StaleStateException) {
                return true;
            }
        }
        return SqlStates.isTransient(e);
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
