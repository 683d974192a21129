package city.simulation.traffic;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * A loop detector on every lane, {@code distance} metres before its stop line (at its start if the lane is shorter),
 * reporting every {@code interval} seconds of simulated time to a consumer, one {@link DetectorReading} per lane.
 * Attach to a simulation with {@link Simulation#attach}. Within a step a vehicle is taken to move at constant speed,
 * which is what the occupancy and the crossing speed are computed from.
 */
public final class Detectors {

    public static final double DEFAULT_DISTANCE = 20;

    private final Network network;
    private final double interval;
    private final double[] at;
    private final int[] count;
    private final double[] covered;
    private final double[] speedSum;
    private final Consumer<List<DetectorReading>> sink;
    private double from;
    private double dt;

    public Detectors(Network network, double interval, double distance, Consumer<List<DetectorReading>> sink) {
        if (!(interval > 0) || !(distance >= 0)) {
            throw new IllegalArgumentException("interval must be positive and distance not negative");
        }
        this.network = Objects.requireNonNull(network, "network");
        this.interval = interval;
        this.sink = Objects.requireNonNull(sink, "sink");
        int lanes = network.lanes().size();
        at = new double[lanes];
        count = new int[lanes];
        covered = new double[lanes];
        speedSum = new double[lanes];
        for (int l = 0; l < lanes; l++) {
            at[l] = Math.max(0, network.lane(l).length() - distance);
        }
    }

    /** Vehicle {@code v} on {@code d} is about to move by its planned advance. */
    void moved(Drivable d, Vehicle v) {
        if (!d.lane) {
            return;
        }
        int l = d.laneIndex;
        double x = at[l];
        double p0 = v.position;
        double p1 = p0 + v.advance;
        if (p0 < x && p1 >= x) {
            count[l]++;
            speedSum[l] += (v.speed + v.nextSpeed) / 2;
        }
        // the front covers the detector from x to x + length; as a fraction of the step
        if (p1 == p0) {
            if (p0 >= x && p0 <= x + v.length) {
                covered[l] += 1;
            }
        } else {
            double a = (x - p0) / (p1 - p0);
            double b = (x + v.length - p0) / (p1 - p0);
            covered[l] += Math.max(0, Math.min(1, b) - Math.max(0, a));
        }
    }

    /** Measuring starts at {@code now}, in steps of {@code step} seconds. */
    void start(double now, double step) {
        from = now;
        dt = step;
    }

    /** The step that ends at {@code now} is over. */
    void stepEnded(double now, Drivable[] lanes) {
        if (now < from + interval - 1e-9) {
            return;
        }
        double steps = (now - from) / dt;
        List<DetectorReading> readings = new ArrayList<>(lanes.length);
        for (int l = 0; l < lanes.length; l++) {
            Network.Lane lane = network.lane(l);
            int queue = 0;
            for (int i = 0; i < lanes[l].size(); i++) {
                if (lanes[l].get(i).speed < Observations.HALTING_SPEED) {
                    queue++;
                }
            }
            readings.add(new DetectorReading(
                    lane.id(),
                    network.road(lane.road()).id(),
                    lane.indexInRoad(),
                    from,
                    now,
                    count[l],
                    Math.min(1, covered[l] / steps),
                    count[l] == 0 ? null : speedSum[l] / count[l],
                    queue));
            count[l] = 0;
            covered[l] = 0;
            speedSum[l] = 0;
        }
        from = now;
        sink.accept(readings);
    }
}
