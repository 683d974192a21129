package city.citizen.internal.casework;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * An application as its applicant and the department's clerks see it.
 *
 * @param sources for each answer filled from what the city knows, where it came from ({@code account},
 *     {@code registry}, {@code citizen}); an answer the citizen changed since has none
 * @param overdue still open after the promised day
 */
public record CaseView(
        UUID id,
        String reference,
        String serviceCode,
        String serviceNameZh,
        String serviceNameEn,
        String departmentCode,
        int formVersion,
        CaseStatus status,
        Map<String, String> data,
        Map<String, String> sources,
        long feeFen,
        UUID paymentId,
        boolean refunded,
        Instant submittedAt,
        Instant dueAt,
        boolean overdue,
        Instant decidedAt,
        String assignee,
        String decisionNote,
        Instant createdAt,
        Instant updatedAt,
        int version,
        List<DocumentView> documents,
        List<StepView> history) {

    /** A document of the case, without its content. */
    public record DocumentView(
            String key, String fileName, String mediaType, long sizeBytes, String sha256, Instant uploadedAt) {}

    /** One step of the case's history. */
    public record StepView(String actor, Instant at, CaseStatus from, CaseStatus to, String note) {}
}
