package city.payments.internal.metro;

import java.time.Duration;
import java.util.Objects;

/**
 * What a completed metro trip is charged on: the shortest network distance between its entry and exit stations, how
 * long the rider stayed inside the paid area, and what the card has already paid this calendar month and today
 * (before this trip, counting only fares that the monthly discount and the daily cap apply to).
 */
public record FareInput(int distanceMeters, Duration timeInside, long paidThisMonthFen, long paidTodayFen) {

    public FareInput {
        Objects.requireNonNull(timeInside, "timeInside");
        if (distanceMeters < 0) {
            throw new IllegalArgumentException("distance must not be negative: " + distanceMeters);
        }
        if (timeInside.isNegative()) {
            throw new IllegalArgumentException("time inside must not be negative: " + timeInside);
        }
        if (paidThisMonthFen < 0 || paidTodayFen < 0) {
            throw new IllegalArgumentException("amounts paid must not be negative");
        }
    }
}
