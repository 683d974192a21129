package city.platform.rest;

import jakarta.ws.rs.core.Response;
import java.util.List;

/** Thrown by services and resources to answer with a specific problem: not found, conflict, invalid field. */
public class ProblemException extends RuntimeException {

    private final Response.Status status;
    private final String type;
    private final String code;
    private final List<Problem.FieldError> errors;

    public ProblemException(Response.Status status, String detail) {
        this(status, detail, List.of());
    }

    public ProblemException(Response.Status status, String detail, List<Problem.FieldError> errors) {
        this(status, "about:blank", detail, errors);
    }

    /** A problem of a named kind, such as {@code https://city.example/problems/insufficient-funds}. */
    public ProblemException(Response.Status status, String type, String detail, List<Problem.FieldError> errors) {
        this(status, type, null, detail, errors);
    }

    /**
     * A problem of a named kind and one of its cases, such as {@code request-paid} of {@code
     * https://city.example/problems/payment-state}.
     */
    public ProblemException(
            Response.Status status, String type, String code, String detail, List<Problem.FieldError> errors) {
        super(detail);
        this.status = status;
        this.type = type;
        this.code = code;
        this.errors = List.copyOf(errors);
    }

    public static ProblemException notFound(String detail) {
        return new ProblemException(Response.Status.NOT_FOUND, detail);
    }

    public static ProblemException conflict(String detail) {
        return new ProblemException(Response.Status.CONFLICT, detail);
    }

    /** A 409 of a named kind, such as {@code https://city.example/problems/parking-stay-open}. */
    public static ProblemException conflict(String type, String detail) {
        return new ProblemException(Response.Status.CONFLICT, type, detail, List.of());
    }

    public static ProblemException invalidField(String field, String message) {
        return invalidField(field, null, message);
    }

    /** One invalid field, with the kind of fault as a short code (see {@link Problem.FieldError}). */
    public static ProblemException invalidField(String field, String code, String message) {
        return new ProblemException(
                Response.Status.BAD_REQUEST,
                "Some fields are invalid.",
                List.of(new Problem.FieldError(field, message, code)));
    }

    public Response.Status status() {
        return status;
    }

    public String type() {
        return type;
    }

    /** The case within the type, or null. */
    public String code() {
        return code;
    }

    public List<Problem.FieldError> errors() {
        return errors;
    }

    public Problem toProblem(String instance) {
        if (!errors.isEmpty()) {
            return Problem.validation(errors, instance);
        }
        Problem problem = Problem.of(status, getMessage(), instance);
        return "about:blank".equals(type)
                ? problem
                : new Problem(type, problem.title(), problem.status(), problem.detail(), instance, List.of(), code);
    }
}
