package city.traffic.internal;

import city.traffic.internal.network.Road;
import city.traffic.internal.network.RoadNetwork;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.LongAdder;

/**
 * Live state of every lane of the active network, from detector readings: what the signal controllers, the screens
 * and the API read. Readings count in the order of their interval's end: an older or repeated one changes nothing.
 */
@ApplicationScoped
public class LiveTraffic {

    /** The last reading of a lane, as the screens show it. */
    public record LaneLive(
            String roadId,
            int lane,
            Instant observedTo,
            int intensity,
            double flowPerHour,
            double occupancy,
            Double averageSpeedKmh,
            Double queueLength) {}

    private static final class Lane {
        final String roadId;
        final int index;
        Instant from;
        Instant to;
        int intensity;
        double occupancy;
        Double speed;
        Double queue;

        Lane(String roadId, int index) {
            this.roadId = roadId;
            this.index = index;
        }
    }

    private volatile Map<String, Lane[]> lanes = Map.of();
    private final LongAdder applied = new LongAdder();
    private final LongAdder ignored = new LongAdder();

    /** Starts from empty lanes for a network (at start, or when an operator replaces it). */
    public void install(RoadNetwork network) {
        Map<String, Lane[]> fresh = new HashMap<>();
        for (Road road : network.roads()) {
            Lane[] ls = new Lane[road.laneCount()];
            for (int i = 0; i < ls.length; i++) {
                ls[i] = new Lane(road.id(), i);
            }
            fresh.put(road.id(), ls);
        }
        lanes = Map.copyOf(fresh);
    }

    /** Whether the active network has this lane. */
    public boolean hasLane(String roadId, int lane) {
        Lane[] ls = lanes.get(roadId);
        return ls != null && lane >= 0 && lane < ls.length;
    }

    /** Applies a reading; false when the lane does not exist or the reading is not newer than the last one. */
    public boolean apply(LaneReading r) {
        Lane[] ls = lanes.get(r.roadId());
        if (ls == null || r.lane() < 0 || r.lane() >= ls.length) {
            ignored.increment();
            return false;
        }
        Lane l = ls[r.lane()];
        synchronized (l) {
            if (l.to != null && !r.observedTo().isAfter(l.to)) {
                ignored.increment();
                return false;
            }
            l.from = r.observedFrom();
            l.to = r.observedTo();
            l.intensity = r.intensity();
            l.occupancy = r.occupancy();
            l.speed = r.averageSpeedKmh();
            l.queue = r.queueLength();
        }
        applied.increment();
        return true;
    }

    public Optional<LaneLive> lane(String roadId, int lane) {
        Lane[] ls = lanes.get(roadId);
        if (ls == null || lane < 0 || lane >= ls.length) {
            return Optional.empty();
        }
        Lane l = ls[lane];
        synchronized (l) {
            double seconds = l.from == null ? 0 : Math.max(1, l.to.getEpochSecond() - l.from.getEpochSecond());
            return Optional.of(new LaneLive(
                    l.roadId,
                    l.index,
                    l.to,
                    l.intensity,
                    seconds == 0 ? 0 : l.intensity * 3600.0 / seconds,
                    l.occupancy,
                    l.speed,
                    l.queue));
        }
    }

    /** The queue on a road: the sum of its lanes' last queues (vehicles); 0 for lanes never heard of. */
    public double roadQueue(String roadId) {
        Lane[] ls = lanes.get(roadId);
        if (ls == null) {
            return 0;
        }
        double sum = 0;
        for (Lane l : ls) {
            Double q = l.queue;
            sum += q == null ? 0 : q;
        }
        return sum;
    }

    /** The mean of the lanes' last measured speeds of a road in km/h, or null when none was measured. */
    public Double roadSpeedKmh(String roadId) {
        Lane[] ls = lanes.get(roadId);
        if (ls == null) {
            return null;
        }
        double sum = 0;
        int n = 0;
        for (Lane l : ls) {
            Double v = l.speed;
            if (v != null) {
                sum += v;
                n++;
            }
        }
        return n == 0 ? null : sum / n;
    }

    /** The seconds to drive a road now: at its measured speed (at least walking pace), else at its speed limit. */
    public double travelSeconds(city.traffic.internal.network.Road road) {
        Double kmh = roadSpeedKmh(road.id());
        double metresPerSecond = kmh == null ? road.speedLimit() : Math.max(1.5, kmh / 3.6);
        return road.length() / metresPerSecond;
    }

    public long appliedCount() {
        return applied.sum();
    }

    public long ignoredCount() {
        return ignored.sum();
    }
}
