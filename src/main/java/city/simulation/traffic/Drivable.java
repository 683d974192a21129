package city.simulation.traffic;

import java.util.ArrayDeque;

/**
 * A lane or a lane link as the engine drives on it: its length, its speed limit and its vehicles, front first (the
 * one nearest the end at position 0). Vehicles join at the back and leave at the front, so a ring buffer holds them.
 */
final class Drivable {

    static final Drivable[] NONE = new Drivable[0];

    final int index;
    final boolean lane;
    /** The network's lane index for a lane, -1 for a lane link. */
    final int laneIndex;
    /** The network-wide road link index for a lane link, -1 for a lane. */
    final int roadLink;

    final double length;
    final double maxSpeed;
    /** A lane link of a turning movement (CityFlow slows vehicles to its turning speed before these). */
    final boolean turn;
    /** A lane link of a through movement, or of a left turn. */
    final boolean straight;

    final boolean left;
    /** For a lane link: the index of its intersection, and its index in its road link's lane links; -1 for a lane. */
    final int intersection;

    final int laneLinkIndex;
    /** For a lane link: where other lane links of its intersection cross it, nearest first. */
    Conflicts.Crossing[] crossings = new Conflicts.Crossing[0];
    /** A lane whose road ends at a real intersection (the papers' travel time counts time on these). */
    final boolean incoming;

    /** For a lane link: the lanes it joins. */
    Drivable start;

    Drivable end;
    /** For a lane: the lane links that leave it and those that end in it. */
    Drivable[] outLinks = NONE;

    Drivable[] inLinks = NONE;

    private Vehicle[] ring = new Vehicle[8];
    private int head;
    private int size;
    /** For a lane: vehicles that departed onto it and wait for room to enter. */
    final ArrayDeque<Vehicle> waiting;

    /** A lane. */
    Drivable(int index, int laneIndex, double length, double maxSpeed, boolean incoming) {
        this(index, laneIndex, -1, -1, -1, null, length, maxSpeed, incoming);
    }

    /** A lane link. */
    Drivable(int index, int intersection, int roadLink, int laneLinkIndex, Network.Turn turn, double length) {
        this(index, -1, intersection, roadLink, laneLinkIndex, turn, length, Double.POSITIVE_INFINITY, false);
    }

    private Drivable(
            int index,
            int laneIndex,
            int intersection,
            int roadLink,
            int laneLinkIndex,
            Network.Turn kind,
            double length,
            double maxSpeed,
            boolean incoming) {
        this.index = index;
        this.lane = laneIndex >= 0;
        this.laneIndex = laneIndex;
        this.intersection = intersection;
        this.roadLink = roadLink;
        this.laneLinkIndex = laneLinkIndex;
        this.length = length;
        this.maxSpeed = maxSpeed;
        this.turn = kind == Network.Turn.LEFT || kind == Network.Turn.RIGHT;
        this.straight = kind == Network.Turn.STRAIGHT;
        this.left = kind == Network.Turn.LEFT;
        this.incoming = incoming;
        this.waiting = lane ? new ArrayDeque<>() : null;
    }

    int size() {
        return size;
    }

    /** The {@code i}-th vehicle from the front. */
    Vehicle get(int i) {
        return ring[(head + i) & (ring.length - 1)];
    }

    /** The vehicle farthest back, or null. */
    Vehicle tail() {
        return size == 0 ? null : get(size - 1);
    }

    void addLast(Vehicle v) {
        if (size == ring.length) {
            Vehicle[] bigger = new Vehicle[ring.length * 2];
            for (int i = 0; i < size; i++) {
                bigger[i] = get(i);
            }
            ring = bigger;
            head = 0;
        }
        ring[(head + size) & (ring.length - 1)] = v;
        size++;
    }

    Vehicle removeFirst() {
        Vehicle v = ring[head];
        ring[head] = null;
        head = (head + 1) & (ring.length - 1);
        size--;
        return v;
    }
}
