package city.citizen.internal.benefit;

import java.time.Instant;

/** A benefit a citizen has, since when, and (for an allowance) what was paid last. */
public record GrantedBenefit(
        Benefit benefit,
        String nameZh,
        String nameEn,
        String descriptionZh,
        String descriptionEn,
        Instant grantedAt,
        String lastPaidMonth,
        Long lastPaidFen) {}
