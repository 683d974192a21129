package city.citizen.api;

import java.time.Instant;

/**
 * A government service as listed in the catalogue.
 *
 * @param feeFen the fee in fen (1/100 yuan); 0 when free
 * @param processingDays working days promised for a decision; 0 means the same day
 * @param retiredAt when staff retired it; null while it is offered
 */
public record ServiceSummary(
        String code,
        String departmentCode,
        String departmentNameZh,
        String departmentNameEn,
        String nameZh,
        String nameEn,
        String descriptionZh,
        String descriptionEn,
        long feeFen,
        int processingDays,
        Channel channel,
        Instant retiredAt) {}
