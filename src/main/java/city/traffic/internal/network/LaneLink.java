package city.traffic.internal.network;

import java.util.List;

/**
 * A path across an intersection from a lane of the incoming road to a lane of the outgoing road. The points may be
 * empty: CityFlow then draws a curve between the two lane ends itself.
 */
public record LaneLink(int fromLane, int toLane, List<Point> points) {

    public LaneLink {
        if (fromLane < 0 || toLane < 0) {
            throw new IllegalArgumentException("lane indices start at 0: " + fromLane + " -> " + toLane);
        }
        points = List.copyOf(points);
    }

    public LaneLink(int fromLane, int toLane) {
        this(fromLane, toLane, List.of());
    }
}
