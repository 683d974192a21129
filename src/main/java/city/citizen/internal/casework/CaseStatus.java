package city.citizen.internal.casework;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where an application stands. The one rule of which step may follow which: a resubmitted case is simply
 * {@link #SUBMITTED} again.
 */
public enum CaseStatus {
    DRAFT,
    SUBMITTED,
    IN_REVIEW,
    NEEDS_INFO,
    APPROVED,
    REJECTED,
    WITHDRAWN;

    /** The statuses this one may move to. */
    public Set<CaseStatus> next() {
        return switch (this) {
            case DRAFT -> EnumSet.of(SUBMITTED, WITHDRAWN);
            case SUBMITTED -> EnumSet.of(IN_REVIEW, REJECTED, WITHDRAWN);
            case IN_REVIEW -> EnumSet.of(SUBMITTED, NEEDS_INFO, APPROVED, REJECTED);
            case NEEDS_INFO -> EnumSet.of(SUBMITTED, REJECTED);
            case APPROVED, REJECTED, WITHDRAWN -> EnumSet.noneOf(CaseStatus.class);
        };
    }

    public boolean canMoveTo(CaseStatus to) {
        return next().contains(to);
    }

    /** Still waiting for the department: counts for the queue and for being overdue. */
    public boolean open() {
        return this == SUBMITTED || this == IN_REVIEW || this == NEEDS_INFO;
    }

    /** The citizen may change the answers and the documents. */
    public boolean editable() {
        return this == DRAFT || this == NEEDS_INFO;
    }
}
