package city.citizen.api;

import java.time.Instant;
import java.util.List;

/**
 * Everything the catalogue says about one service.
 *
 * @param version increases with every change; send it back with an update to detect concurrent edits
 */
public record ServiceDetail(
        String code,
        String departmentCode,
        String departmentNameZh,
        String departmentNameEn,
        String nameZh,
        String nameEn,
        String descriptionZh,
        String descriptionEn,
        String eligibilityZh,
        String eligibilityEn,
        List<DocumentName> documents,
        long feeFen,
        int processingDays,
        Channel channel,
        Instant retiredAt,
        Instant updatedAt,
        int version) {}
