package city.parking.internal;

import java.time.Instant;

/** One tariff change, who made it and when. */
public record PriceChangeView(
        String lotId,
        Instant changedAt,
        String changedBy,
        String changedByName,
        long oldFirstHourFen,
        long oldPerHourFen,
        Long oldDailyMaxFen,
        long newFirstHourFen,
        long newPerHourFen,
        Long newDailyMaxFen) {}
