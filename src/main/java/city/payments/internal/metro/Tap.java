package city.payments.internal.metro;

import java.time.Instant;
import java.util.UUID;

/**
 * A tap a gantry reports. Exactly one of {@code card} and {@code payCode} is set.
 *
 * @param tapId chosen by the gantry, so that resending a tap is harmless
 */
public record Tap(
        UUID tapId,
        String gantryId,
        String station,
        Direction direction,
        String card,
        String payCode,
        Instant tappedAt) {

    /** Entering or leaving the paid area. */
    public enum Direction {
        IN,
        OUT
    }
}
