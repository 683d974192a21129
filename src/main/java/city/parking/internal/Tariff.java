package city.parking.internal;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A lot's prices and the charge of a stay. A stay no longer than the grace period is free. Otherwise it is counted
 * in started hours from arrival: the first hour at {@code firstHourFen}, each further hour (or part of one) at
 * {@code perHourFen}. Each hour counts on the calendar day (city time) on which it starts, and what a day counts is
 * capped at {@code dailyMaxFen} when the lot has a cap.
 */
public record Tariff(int freeMinutes, long firstHourFen, long perHourFen, Long dailyMaxFen) {

    public Tariff {
        if (freeMinutes < 0 || firstHourFen < 0 || perHourFen < 0 || (dailyMaxFen != null && dailyMaxFen < 0)) {
            throw new IllegalArgumentException("prices and grace period may not be negative");
        }
    }

    /** The charge of a stay from {@code start} to {@code end}, in fen. */
    public long charge(Instant start, Instant end, ZoneId zone) {
        return breakdown(start, end, zone).values().stream()
                .mapToLong(Long::longValue)
                .sum();
    }

    /** What each calendar day of the stay costs, in order. Empty for a free stay. */
    public Map<LocalDate, Long> breakdown(Instant start, Instant end, ZoneId zone) {
        if (end.isBefore(start)) {
            throw new IllegalArgumentException("a stay cannot end before it starts");
        }
        Map<LocalDate, Long> days = new LinkedHashMap<>();
        Duration stay = Duration.between(start, end);
        if (stay.compareTo(Duration.ofMinutes(freeMinutes)) <= 0) {
            return days;
        }
        long hours = (stay.toSeconds() + 3599) / 3600;
        for (long h = 0; h < hours; h++) {
            LocalDate day = start.plusSeconds(h * 3600).atZone(zone).toLocalDate();
            long price = h == 0 ? firstHourFen : perHourFen;
            days.merge(day, price, (a, b) -> dailyMaxFen == null ? a + b : Math.min(dailyMaxFen, a + b));
            if (dailyMaxFen != null) {
                days.computeIfPresent(day, (d, v) -> Math.min(v, dailyMaxFen));
            }
        }
        return days;
    }
}
