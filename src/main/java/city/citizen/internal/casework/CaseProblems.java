package city.citizen.internal.casework;

import city.platform.rest.ProblemException;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.UUID;

/** The problems of casework, by kind, so that pages and clients tell them apart by {@code type} and {@code code}. */
public final class CaseProblems {

    /** A case that cannot take the step asked for; {@code code} says why. */
    public static final String CASE_STATE = "https://city.example/problems/case-state";

    public static final String ILLEGAL_TRANSITION = "illegal-transition";
    public static final String CLAIMED_BY_OTHER = "claimed-by-other";
    public static final String NOT_EDITABLE = "not-editable";
    public static final String STALE = "stale";

    /** A document refused: wrong type, too big, empty or damaged. */
    public static final String DOCUMENT_REFUSED = "https://city.example/problems/document-refused";

    private CaseProblems() {}

    static ProblemException notFound(UUID id) {
        return ProblemException.notFound("No application " + id + " is yours to see.");
    }

    static ProblemException illegal(ApplicationCase c, CaseStatus to) {
        return state(
                ILLEGAL_TRANSITION,
                "Application " + label(c) + " is " + c.status + "; it cannot become " + to + " (from " + c.status
                        + " it can become " + (c.status.next().isEmpty() ? "nothing" : c.status.next()) + ").");
    }

    static ProblemException claimedByOther(ApplicationCase c) {
        return state(
                CLAIMED_BY_OTHER,
                "Application " + label(c) + " is being reviewed by " + c.assignee
                        + "; only they can act on it until they release it.");
    }

    static ProblemException state(String code, String detail) {
        return new ProblemException(Response.Status.CONFLICT, CASE_STATE, code, detail, List.of());
    }

    static String label(ApplicationCase c) {
        return c.reference != null ? c.reference : c.id.toString();
    }
}
