package city.simulation.traffic;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A road network as the engine runs it, read from a CityFlow {@code roadnet.json} by {@link CityFlowReader}: roads
 * made of lanes, intersections whose road links join an incoming road to an outgoing one through lane links, and the
 * file's signal phases. Everything is addressed by index: lanes are numbered across the whole network (a road's lanes
 * are consecutive, lane 0 of a road is its innermost), road links by their position in their intersection's list, as
 * in the file. Immutable.
 */
public final class Network {

    /** The kind of a road link, as CityFlow names it in its {@code type} field. */
    public enum Turn {
        STRAIGHT("go_straight"),
        LEFT("turn_left"),
        RIGHT("turn_right");

        private final String cityFlowName;

        Turn(String cityFlowName) {
            this.cityFlowName = cityFlowName;
        }

        public String cityFlowName() {
            return cityFlowName;
        }

        /** @return the turn of that CityFlow name, or null */
        public static Turn ofCityFlowName(String name) {
            for (Turn t : values()) {
                if (t.cityFlowName.equals(name)) {
                    return t;
                }
            }
            return null;
        }
    }

    /** A position in metres. */
    public record Point(double x, double y) {

        public double distanceTo(Point other) {
            return Math.hypot(other.x - x, other.y - y);
        }
    }

    /**
     * A road from intersection {@code from} to intersection {@code to}; its lanes are {@code firstLane} to {@code
     * firstLane + laneCount - 1}.
     */
    public record Road(int index, String id, int from, int to, List<Point> points, int firstLane, int laneCount) {

        public Road {
            points = List.copyOf(points);
        }
    }

    /**
     * A lane: {@code length} runs from where the vehicles enter to the stop line (the road's length less the widths
     * of the intersections at its ends), {@code maxSpeed} in m/s.
     */
    public record Lane(
            int index,
            String id,
            int road,
            int indexInRoad,
            double width,
            double maxSpeed,
            double length,
            List<Point> points) {

        public Lane {
            points = List.copyOf(points);
        }
    }

    /** A path through an intersection from one lane into another; its length is that of its points. */
    public record LaneLink(int startLane, int endLane, double length, List<Point> points) {

        public LaneLink {
            points = List.copyOf(points);
        }
    }

    /** A movement through an intersection from one road into another, over one or more lane links. */
    public record RoadLink(int index, Turn turn, int startRoad, int endRoad, List<LaneLink> laneLinks) {

        public RoadLink {
            laneLinks = List.copyOf(laneLinks);
        }

        /** The distinct lanes its lane links start from, in ascending order. */
        public List<Integer> startLanes() {
            return laneLinks.stream()
                    .map(LaneLink::startLane)
                    .distinct()
                    .sorted()
                    .toList();
        }

        /** The distinct lanes its lane links end in, in ascending order. */
        public List<Integer> endLanes() {
            return laneLinks.stream().map(LaneLink::endLane).distinct().sorted().toList();
        }
    }

    /** A signal phase of the file: the road links it lets go, for {@code seconds}. */
    public record Phase(double seconds, List<Integer> roadLinks) {

        public Phase {
            roadLinks = List.copyOf(roadLinks);
        }

        public boolean allows(int roadLink) {
            return roadLinks.contains(roadLink);
        }
    }

    /**
     * An intersection. A virtual one is a boundary node where vehicles enter and leave; it has no road links and no
     * signal. A real one without phases is unsignalised (every road link always green); with phases, a signal decides
     * which road links are green (with a single phase, CityFlow keeps the links it does not list red for ever).
     */
    public record Intersection(
            int index,
            String id,
            Point point,
            boolean virtual,
            double width,
            List<RoadLink> roadLinks,
            List<Phase> phases) {

        public Intersection {
            roadLinks = List.copyOf(roadLinks);
            phases = List.copyOf(phases);
        }

        /** True when a signal decides its road links: a real intersection with phases. */
        public boolean signalised() {
            return !virtual && !phases.isEmpty();
        }
    }

    private final List<Intersection> intersections;
    private final List<Road> roads;
    private final List<Lane> lanes;
    private final Map<String, Integer> intersectionIndex = new HashMap<>();
    private final Map<String, Integer> roadIndex = new HashMap<>();
    private final Map<String, Integer> laneIndex = new HashMap<>();
    private final int[] roadLinkOffset;
    private final int roadLinkCount;

    /**
     * @throws IllegalArgumentException when an index does not match a position or an id repeats
     */
    public Network(List<Intersection> intersections, List<Road> roads, List<Lane> lanes) {
        this.intersections = List.copyOf(intersections);
        this.roads = List.copyOf(roads);
        this.lanes = List.copyOf(lanes);
        roadLinkOffset = new int[intersections.size()];
        int links = 0;
        for (int i = 0; i < intersections.size(); i++) {
            Intersection x = intersections.get(i);
            require(x.index() == i, "intersection " + x.id() + " has index " + x.index() + " at position " + i);
            require(intersectionIndex.put(x.id(), i) == null, "intersection id " + x.id() + " repeats");
            roadLinkOffset[i] = links;
            links += x.roadLinks().size();
        }
        roadLinkCount = links;
        for (int i = 0; i < roads.size(); i++) {
            Road r = roads.get(i);
            require(r.index() == i, "road " + r.id() + " has index " + r.index() + " at position " + i);
            require(roadIndex.put(r.id(), i) == null, "road id " + r.id() + " repeats");
        }
        for (int i = 0; i < lanes.size(); i++) {
            Lane l = lanes.get(i);
            require(l.index() == i, "lane " + l.id() + " has index " + l.index() + " at position " + i);
            require(laneIndex.put(l.id(), i) == null, "lane id " + l.id() + " repeats");
        }
    }

    private static void require(boolean condition, String message) {
        if (!condition) {
            throw new IllegalArgumentException(message);
        }
    }

    public List<Intersection> intersections() {
        return intersections;
    }

    public List<Road> roads() {
        return roads;
    }

    public List<Lane> lanes() {
        return lanes;
    }

    public Intersection intersection(int index) {
        return intersections.get(index);
    }

    public Road road(int index) {
        return roads.get(index);
    }

    public Lane lane(int index) {
        return lanes.get(index);
    }

    /** @return the index of the intersection with that id, or -1 */
    public int intersectionIndex(String id) {
        return intersectionIndex.getOrDefault(Objects.requireNonNull(id, "id"), -1);
    }

    /** @return the index of the road with that id, or -1 */
    public int roadIndex(String id) {
        return roadIndex.getOrDefault(Objects.requireNonNull(id, "id"), -1);
    }

    /** @return the index of the lane with that id ({@code <road id>_<lane index in road>}), or -1 */
    public int laneIndex(String id) {
        return laneIndex.getOrDefault(Objects.requireNonNull(id, "id"), -1);
    }

    /** The number of road links of all intersections together. */
    public int roadLinkCount() {
        return roadLinkCount;
    }

    /** The network-wide number of road link {@code roadLink} of intersection {@code intersection}. */
    public int globalRoadLink(int intersection, int roadLink) {
        return roadLinkOffset[intersection] + roadLink;
    }

    /** The lanes of the roads that end at {@code intersection}, in road order then lane order. */
    public List<Integer> incomingLanes(int intersection) {
        List<Integer> out = new ArrayList<>();
        for (Road r : roads) {
            if (r.to() == intersection) {
                for (int l = 0; l < r.laneCount(); l++) {
                    out.add(r.firstLane() + l);
                }
            }
        }
        return Collections.unmodifiableList(out);
    }

    /** True when vehicles on this lane approach a real (non-virtual) intersection. */
    public boolean approachesRealIntersection(int lane) {
        return !intersections.get(roads.get(lanes.get(lane).road()).to()).virtual();
    }
}
