package city.traffic.web;

import city.platform.rest.ProblemException;
import city.traffic.internal.IncidentDesk;
import jakarta.ws.rs.core.Response;

/**
 * The refusals of the traffic services as words an operator can act on, in the page's language. The services speak
 * English to API clients; the pages say a refusal by its problem type and status.
 */
final class TrafficProblems {

    private TrafficProblems() {}

    static String describe(ProblemException e, TrafficMsg msg) {
        String detail = e.getMessage() == null ? "" : e.getMessage();
        if (IncidentDesk.NO_UNIT_AVAILABLE.equals(e.type())) {
            return msg.problem_no_unit();
        }
        if (IncidentDesk.DISPATCHED_MEANWHILE.equals(e.type())) {
            return msg.problem_dispatched_meanwhile();
        }
        if (e.status() == Response.Status.CONFLICT) {
            return msg.problem_moved_on(detail);
        }
        if (e.status() == Response.Status.NOT_FOUND) {
            return msg.problem_not_found();
        }
        return msg.problem_other(detail);
    }
}
