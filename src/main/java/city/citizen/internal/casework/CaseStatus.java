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
    /** Approved, and the certificate the service grants was issued (in the approval's transaction). */
    CERTIFIED,
    REJECTED,
    WITHDRAWN;

    /** The statuses this one may move to. */
    public Set<CaseStatus> next() {
        return switch (this) {
            case DRAFT -> EnumSet.of(SUBMITTED, WITHDRAWN);
            case SUBMITTED -> EnumSet.of(IN_REVIEW, REJECTED, WITHDRAWN);
            case IN_REVIEW -> EnumSet.of(SUBMITTED, NEEDS_INFO, APPROVED, REJECTED);
            case NEEDS_INFO -> EnumSet.of(SUBMITTED, REJECTED);
            case APPROVED -> EnumSet.of(CERTIFIED);
            case CERTIFIED, REJECTED, WITHDRAWN -> EnumSet.noneOf(CaseStatus.class);
        };
    }

    /** How the applicant reads it, in Chinese (notices, "my city"). */
    public String labelZh() {
        return switch (this) {
            case DRAFT -> "草稿";
            case SUBMITTED -> "已提交";
            case IN_REVIEW -> "审核中";
            case NEEDS_INFO -> "需补充材料";
            case APPROVED -> "已批准";
            case CERTIFIED -> "已发证";
            case REJECTED -> "未通过";
            case WITHDRAWN -> "已撤回";
        };
    }

    /** How the applicant reads it, in English. */
    public String labelEn() {
        return switch (this) {
            case DRAFT -> "draft";
            case SUBMITTED -> "submitted";
            case IN_REVIEW -> "in review";
            case NEEDS_INFO -> "more information needed";
            case APPROVED -> "approved";
            case CERTIFIED -> "certificate issued";
            case REJECTED -> "rejected";
            case WITHDRAWN -> "withdrawn";
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
