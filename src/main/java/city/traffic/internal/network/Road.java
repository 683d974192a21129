package city.traffic.internal.network;

import java.util.List;
import java.util.Objects;

/**
 * A one-way road from one intersection to another: the edge of the network graph. Its points run from the start
 * intersection's centre to the end's (as CityFlow draws them), so its length is the centre-to-centre distance along
 * them. Speeds are in m/s.
 */
public record Road(
        String id, Name name, String from, String to, List<Point> points, List<Lane> lanes, double speedLimit) {

    public Road {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        points = List.copyOf(points);
        lanes = List.copyOf(lanes);
        if (from.equals(to)) {
            throw new IllegalArgumentException("road " + id + " starts and ends at " + from);
        }
        if (points.size() < 2) {
            throw new IllegalArgumentException("road " + id + " needs at least two points");
        }
        if (lanes.isEmpty()) {
            throw new IllegalArgumentException("road " + id + " needs at least one lane");
        }
        if (!(speedLimit > 0) || !Double.isFinite(speedLimit)) {
            throw new IllegalArgumentException("road " + id + ": speed limit must be positive: " + speedLimit);
        }
    }

    /** Metres along the points. */
    public double length() {
        double length = 0;
        for (int i = 1; i < points.size(); i++) {
            length += points.get(i - 1).distanceTo(points.get(i));
        }
        return length;
    }

    public int laneCount() {
        return lanes.size();
    }

    /** Seconds to drive the road at its speed limit: the router's free-flow edge weight. */
    public double freeFlowSeconds() {
        return length() / speedLimit;
    }

    /** The speed limit in km/h, for people. */
    public double speedLimitKmh() {
        return speedLimit * 3.6;
    }
}
