package city.platform.rest;

import jakarta.ws.rs.core.Response;
import java.util.List;

/** Thrown by services and resources to answer with a specific problem: not found, conflict, invalid field. */
public class ProblemException extends RuntimeException {

    private final Response.Status status;
    private final List<Problem.FieldError> errors;

    public ProblemException(Response.Status status, String detail) {
        this(status, detail, List.of());
    }

    public ProblemException(Response.Status status, String detail, List<Problem.FieldError> errors) {
        super(detail);
        this.status = status;
        this.errors = List.copyOf(errors);
    }

    public static ProblemException notFound(String detail) {
        return new ProblemException(Response.Status.NOT_FOUND, detail);
    }

    public static ProblemException conflict(String detail) {
        return new ProblemException(Response.Status.CONFLICT, detail);
    }

    public static ProblemException invalidField(String field, String message) {
        return new ProblemException(
                Response.Status.BAD_REQUEST,
                "Some fields are invalid.",
                List.of(new Problem.FieldError(field, message)));
    }

    public Response.Status status() {
        return status;
    }

    public List<Problem.FieldError> errors() {
        return errors;
    }

    public Problem toProblem(String instance) {
        if (!errors.isEmpty()) {
            return Problem.validation(errors, instance);
        }
        return Problem.of(status, getMessage(), instance);
    }
}
