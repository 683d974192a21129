package city.payments.internal.metro;

import java.time.Instant;
import java.util.UUID;

/**
 * A trip with its fare. {@code status} is OPEN (inside), COMPLETED or INCOMPLETE (no tap out); {@code settled} says
 * whether the fare has moved in the ledger, and {@code unpaid} that the balance could not cover it.
 */
public record TripView(
        UUID id,
        String medium,
        String entryStation,
        String entryNameZh,
        String entryNameEn,
        Instant enteredAt,
        String exitStation,
        String exitNameZh,
        String exitNameEn,
        Instant exitedAt,
        String status,
        Integer distanceMeters,
        Long baseFen,
        Long discountFen,
        Long capFen,
        Long surchargeFen,
        Long fareFen,
        boolean settled,
        boolean unpaid) {
    /** The distance in kilometres, to one decimal; 0 while the trip is open. */
    public double km() {
        return distanceMeters == null ? 0 : Math.round(distanceMeters / 100.0) / 10.0;
    }
}
