package city.simulation.evaluation;

import city.platform.rest.Problem;
import city.platform.rest.ProblemException;
import jakarta.ws.rs.core.Response;
import java.util.List;

/**
 * An evaluation that is not started: 400 naming each invalid field, or 409 when too many wait already. The API answers
 * it as any problem (its field errors in English); pages say each {@link Reason} by its kind and field.
 */
public class EvaluationRefused extends ProblemException {

    /** What is wrong with a request. */
    public enum Kind {
        SCENARIO_REQUIRED,
        NO_SUCH_SCENARIO,
        NO_CONTROLLER,
        TOO_MANY_CONTROLLERS,
        UNKNOWN_CONTROLLER,
        CONTROLLER_TWICE,
        SECONDS_OUT_OF_RANGE,
        TRAFFIC_CANNOT_RUN,
        NO_SUCH_INTERSECTION,
        NO_ROUTE,
        DEPARTURE_OUT_OF_RANGE,
        QUEUE_FULL
    }

    /**
     * One problem: the request's field (empty for the queue), its kind, what the API says, and for {@code
     * TRAFFIC_CANNOT_RUN} why the traffic module refused the network (in English, as it says it; else null).
     */
    public record Reason(String field, Kind kind, String message, String detail) {

        Reason(String field, Kind kind, String message) {
            this(field, kind, message, null);
        }
    }

    private final List<Reason> reasons;

    private EvaluationRefused(
            Response.Status status, String detail, List<Reason> reasons, List<Problem.FieldError> errors) {
        super(status, detail, errors);
        this.reasons = List.copyOf(reasons);
    }

    static EvaluationRefused invalid(List<Reason> reasons) {
        return new EvaluationRefused(
                Response.Status.BAD_REQUEST,
                "Some fields are invalid.",
                reasons,
                reasons.stream()
                        .map(r -> new Problem.FieldError(r.field(), r.message()))
                        .toList());
    }

    static EvaluationRefused queueFull(String detail) {
        return new EvaluationRefused(
                Response.Status.CONFLICT, detail, List.of(new Reason("", Kind.QUEUE_FULL, detail)), List.of());
    }

    public List<Reason> reasons() {
        return reasons;
    }
}
