package city.citizen.internal.bundle;

import city.citizen.internal.casework.CaseStatus;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A citizen's bundle: one case to follow, made of one application per service.
 *
 * @param status DRAFT until submitted; then NEEDS_INFO when a part is returned for more, COMPLETED when every part is
 *     decided, IN_PROGRESS otherwise
 * @param data the answers of the combined form, by its keys
 * @param sources where each prefilled answer came from, by the combined form's keys
 * @param documents the file name uploaded for each of the combined form's documents
 */
public record BundleView(
        UUID id,
        String bundleCode,
        String nameZh,
        String nameEn,
        String reference,
        Instant submittedAt,
        String status,
        long feeFen,
        Map<String, String> data,
        Map<String, String> sources,
        Map<String, String> documents,
        List<PartView> parts) {

    /** One part: its own application, reference and status, at its own department. */
    public record PartView(
            UUID caseId,
            String serviceCode,
            String serviceNameZh,
            String serviceNameEn,
            String departmentCode,
            String reference,
            CaseStatus status,
            String statusZh,
            String statusEn) {}
}
