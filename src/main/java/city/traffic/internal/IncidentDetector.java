package city.traffic.internal;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.IntSupplier;

/**
 * Finds incidents in lane readings, one reading at a time (called by the channel consumer, one thread):
 * <ul>
 *   <li>a stopped vehicle: the detector is covered ({@code occupancy >= 0.9}) while nothing passes (no vehicle
 *       counted, speed under 3 km/h), and the lane's signal, if it has one, showed it green for at least {@value
 *       #GREEN_SECONDS} s of the interval: a queue standing at a red light is not an incident;
 *   <li>a sudden speed drop, the California algorithms' signature: the lane's speed falls under 40% of its recent
 *       average (an exponential average, while that is at least 25 km/h), its occupancy rises by 0.25 or more from
 *       the previous reading, and the roads downstream are clearly emptier (mean occupancy lower by 0.3 or more):
 *       something blocks the road between them.
 * </ul>
 */
public class IncidentDetector {

    public enum Kind {
        STALLED_VEHICLE,
        SPEED_DROP
    }

    private static final double SMOOTHING = 0.3;

    /** Green long enough for a standing queue to move past a detector near the stop line. */
    static final int GREEN_SECONDS = 10;

    private static final class LaneHistory {
        double averageSpeed = Double.NaN;
        double occupancy = Double.NaN;
    }

    private final Map<String, LaneHistory> lanes = new HashMap<>();
    private final Map<String, Double> roadOccupancy = new HashMap<>();

    /**
     * Takes in a reading and says what it shows.
     *
     * @param downstream the roads leaving the intersection this road leads to
     * @param greenSeconds seconds of the reading's interval in which the lane's signal showed it green; -1 when no
     *     signal controls it (or none is known). Asked only of a covered detector that nothing passed.
     */
    public Optional<Kind> observe(LaneReading r, List<String> downstream, IntSupplier greenSeconds) {
        String key = r.roadId() + "#" + r.lane();
        LaneHistory h = lanes.computeIfAbsent(key, k -> new LaneHistory());
        roadOccupancy.merge(r.roadId(), r.occupancy(), (a, b) -> 0.5 * a + 0.5 * b);
        Double speed = r.averageSpeedKmh();
        Optional<Kind> found = Optional.empty();
        if (r.occupancy() >= 0.9
                && r.intensity() == 0
                && (speed == null || speed < 3)
                && greenEnough(greenSeconds.getAsInt())) {
            found = Optional.of(Kind.STALLED_VEHICLE);
        } else if (speed != null
                && !Double.isNaN(h.averageSpeed)
                && h.averageSpeed >= 25
                && speed < 0.4 * h.averageSpeed
                && !Double.isNaN(h.occupancy)
                && r.occupancy() - h.occupancy >= 0.25
                && downstreamOccupancy(downstream) <= r.occupancy() - 0.3) {
            found = Optional.of(Kind.SPEED_DROP);
        }
        if (speed != null) {
            h.averageSpeed =
                    Double.isNaN(h.averageSpeed) ? speed : (1 - SMOOTHING) * h.averageSpeed + SMOOTHING * speed;
        }
        h.occupancy = r.occupancy();
        return found;
    }

    private static boolean greenEnough(int greenSeconds) {
        return greenSeconds < 0 || greenSeconds >= GREEN_SECONDS;
    }

    private double downstreamOccupancy(List<String> roads) {
        double sum = 0;
        int n = 0;
        for (String road : roads) {
            Double o = roadOccupancy.get(road);
            if (o != null) {
                sum += o;
                n++;
            }
        }
        // no data downstream: nothing says traffic still flows there, so it does not argue against an incident
        return n == 0 ? 0 : sum / n;
    }
}
