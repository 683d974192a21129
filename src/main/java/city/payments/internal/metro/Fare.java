package city.payments.internal.metro;

import java.util.Objects;

/**
 * The fare of one metro trip and how it came about: {@code totalFen = baseFen - discountFen - capReductionFen +
 * surchargeFen}. All amounts are in fen.
 *
 * @param distanceMeters the distance the base fare was computed on (for a missing tap-out, the farthest trip from the
 *     entry station)
 * @param discountPercent the monthly discount applied to the base fare: 0, 20 or 50
 */
public record Fare(
        int distanceMeters,
        long baseFen,
        long discountFen,
        long capReductionFen,
        long surchargeFen,
        long totalFen,
        Kind kind,
        int discountPercent) {

    /** Which rule priced the trip. */
    public enum Kind {
        /** Tapped in and out: by distance, then discounted and capped. */
        DISTANCE,
        /** Never tapped out: the highest fare from the entry station, as a penalty. */
        MISSING_TAP_OUT
    }

    public Fare {
        Objects.requireNonNull(kind, "kind");
        if (baseFen < 0 || discountFen < 0 || capReductionFen < 0 || surchargeFen < 0) {
            throw new IllegalArgumentException("fare parts must not be negative");
        }
        if (totalFen != baseFen - discountFen - capReductionFen + surchargeFen || totalFen < 0) {
            throw new IllegalArgumentException("fare parts do not add up to " + totalFen);
        }
    }

    /** Whether the rider stayed inside longer than allowed and pays the surcharge. */
    public boolean overstayed() {
        return surchargeFen > 0;
    }
}
