package city.traffic.internal.network;

import java.util.List;
import java.util.Objects;

/**
 * A way through an intersection from one incoming road to one outgoing road (CityFlow's road link). The index is its
 * position in the intersection's movements, which is what phases refer to. The direction is CityFlow's field of that
 * name (the heading of the incoming road, 0 east, 1 north, 2 west, 3 south, in the files CityFlow's generator
 * writes); CityFlow itself does not read it, so it is kept only to write it back, and is null when a file has none.
 */
public record Movement(
        int index, MovementType type, String fromRoad, String toRoad, Integer direction, List<LaneLink> laneLinks) {

    public Movement {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(fromRoad, "fromRoad");
        Objects.requireNonNull(toRoad, "toRoad");
        laneLinks = List.copyOf(laneLinks);
        if (index < 0) {
            throw new IllegalArgumentException("movement index must not be negative: " + index);
        }
        if (laneLinks.isEmpty()) {
            throw new IllegalArgumentException("movement " + fromRoad + " -> " + toRoad + " has no lane link");
        }
    }

    /** The lanes of the incoming road this movement leaves from, ascending: the queues a signal controller weighs. */
    public List<Integer> fromLanes() {
        return laneLinks.stream().map(LaneLink::fromLane).distinct().sorted().toList();
    }

    /** The lanes of the outgoing road this movement enters, ascending. */
    public List<Integer> toLanes() {
        return laneLinks.stream().map(LaneLink::toLane).distinct().sorted().toList();
    }

    public boolean isRightTurn() {
        return type == MovementType.RIGHT;
    }
}
