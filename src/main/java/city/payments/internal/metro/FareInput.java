package city.payments.internal.metro;

import java.time.Duration;
import java.util.Objects;

/**
 * What a completed metro trip is charged on: the shortest network distance between its entry and exit stations, how
 * long the rider stayed inside the paid area, and what the card has already paid this calendar month and today
 * (before this trip, counting only fares that the monthly discount and the daily cap apply to), and the rider's
 * concession (percent off, granted to seniors), which replaces the monthly discount when it is larger.
 */
public record FareInput(
        int distanceMeters, Duration timeInside, long paidThisMonthFen, long paidTodayFen, int concessionPercent) {

    /** A trip of a rider without a concession. */
    public FareInput(int distanceMeters, Duration timeInside, long paidThisMonthFen, long paidTodayFen) {
        this(distanceMeters, timeInside, paidThisMonthFen, paidTodayFen, 0);
    }

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
        if (concessionPercent < 0 || concessionPercent > 100) {
            throw new IllegalArgumentException("a concession is 0 to 100 percent off: " + concessionPercent);
        }
    }
}
