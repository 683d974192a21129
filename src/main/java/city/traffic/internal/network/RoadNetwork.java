package city.traffic.internal.network;

import city.platform.geo.GeoPoint;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * A whole road network, immutable, checked when built: ids are unique, every road joins two of its intersections,
 * every movement turns from a road ending at its intersection into one starting there, through lanes those roads
 * have. Lookups by id and the graph's adjacency are indexed once. Equal when plane, intersections and roads are.
 */
public final class RoadNetwork {

    private final LocalTangentPlane plane;
    private final List<Intersection> intersections;
    private final List<Road> roads;
    private final Map<String, Intersection> intersectionsById;
    private final Map<String, Road> roadsById;
    private final Map<String, List<Road>> incoming = new HashMap<>();
    private final Map<String, List<Road>> outgoing = new HashMap<>();
    private final Map<String, List<Movement>> movementsFrom = new HashMap<>();

    /** @throws InvalidRoadNetworkException listing every inconsistency, with paths into the model */
    public RoadNetwork(LocalTangentPlane plane, List<Intersection> intersections, List<Road> roads) {
        this.plane = Objects.requireNonNull(plane, "plane");
        this.intersections = List.copyOf(intersections);
        this.roads = List.copyOf(roads);
        List<NetworkProblem> problems = new ArrayList<>();
        this.intersectionsById = index(this.intersections, Intersection::id, "intersections", problems);
        this.roadsById = index(this.roads, Road::id, "roads", problems);
        if (this.intersections.isEmpty()) {
            problems.add(new NetworkProblem("intersections", "the network has no intersections"));
        }
        if (this.roads.isEmpty()) {
            problems.add(new NetworkProblem("roads", "the network has no roads"));
        }
        for (int i = 0; i < this.roads.size(); i++) {
            Road r = this.roads.get(i);
            if (!intersectionsById.containsKey(r.from())) {
                problems.add(new NetworkProblem("roads[" + i + "].from", "no intersection \"" + r.from() + "\""));
            }
            if (!intersectionsById.containsKey(r.to())) {
                problems.add(new NetworkProblem("roads[" + i + "].to", "no intersection \"" + r.to() + "\""));
            }
            outgoing.computeIfAbsent(r.from(), k -> new ArrayList<>()).add(r);
            incoming.computeIfAbsent(r.to(), k -> new ArrayList<>()).add(r);
        }
        for (int i = 0; i < this.intersections.size(); i++) {
            Intersection x = this.intersections.get(i);
            for (Movement m : x.movements()) {
                String path = "intersections[" + i + "].movements[" + m.index() + "]";
                checkMovement(x, m, path, problems);
                movementsFrom
                        .computeIfAbsent(m.fromRoad(), k -> new ArrayList<>())
                        .add(m);
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidRoadNetworkException(problems);
        }
        incoming.replaceAll((k, v) -> List.copyOf(v));
        outgoing.replaceAll((k, v) -> List.copyOf(v));
        movementsFrom.replaceAll((k, v) -> List.copyOf(v));
    }

    private void checkMovement(Intersection x, Movement m, String path, List<NetworkProblem> problems) {
        Road from = roadsById.get(m.fromRoad());
        Road to = roadsById.get(m.toRoad());
        if (from == null) {
            problems.add(new NetworkProblem(path + ".fromRoad", "no road \"" + m.fromRoad() + "\""));
        } else if (!from.to().equals(x.id())) {
            problems.add(new NetworkProblem(
                    path + ".fromRoad", "road \"" + from.id() + "\" does not end at intersection \"" + x.id() + "\""));
        }
        if (to == null) {
            problems.add(new NetworkProblem(path + ".toRoad", "no road \"" + m.toRoad() + "\""));
        } else if (!to.from().equals(x.id())) {
            problems.add(new NetworkProblem(
                    path + ".toRoad", "road \"" + to.id() + "\" does not start at intersection \"" + x.id() + "\""));
        }
        for (int k = 0; k < m.laneLinks().size(); k++) {
            LaneLink link = m.laneLinks().get(k);
            if (from != null && link.fromLane() >= from.laneCount()) {
                problems.add(new NetworkProblem(
                        path + ".laneLinks[" + k + "].fromLane",
                        "road \"" + from.id() + "\" has no lane " + link.fromLane()));
            }
            if (to != null && link.toLane() >= to.laneCount()) {
                problems.add(new NetworkProblem(
                        path + ".laneLinks[" + k + "].toLane",
                        "road \"" + to.id() + "\" has no lane " + link.toLane()));
            }
        }
    }

    private static <T> Map<String, T> index(
            List<T> items, Function<T, String> id, String list, List<NetworkProblem> problems) {
        Map<String, T> byId = new LinkedHashMap<>();
        for (int i = 0; i < items.size(); i++) {
            if (byId.putIfAbsent(id.apply(items.get(i)), items.get(i)) != null) {
                problems.add(
                        new NetworkProblem(list + "[" + i + "].id", "duplicate id \"" + id.apply(items.get(i)) + "\""));
            }
        }
        return Collections.unmodifiableMap(byId);
    }

    public LocalTangentPlane plane() {
        return plane;
    }

    public List<Intersection> intersections() {
        return intersections;
    }

    public List<Road> roads() {
        return roads;
    }

    public Optional<Intersection> findIntersection(String id) {
        return Optional.ofNullable(intersectionsById.get(id));
    }

    /** @throws NoSuchElementException when there is none */
    public Intersection intersection(String id) {
        return findIntersection(id).orElseThrow(() -> new NoSuchElementException("no intersection " + id));
    }

    public Optional<Road> findRoad(String id) {
        return Optional.ofNullable(roadsById.get(id));
    }

    /** @throws NoSuchElementException when there is none */
    public Road road(String id) {
        return findRoad(id).orElseThrow(() -> new NoSuchElementException("no road " + id));
    }

    /** The roads ending at an intersection, in network order. */
    public List<Road> incomingRoads(String intersectionId) {
        return incoming.getOrDefault(intersectionId, List.of());
    }

    /** The roads starting at an intersection, in network order: a router's out-edges. */
    public List<Road> outgoingRoads(String intersectionId) {
        return outgoing.getOrDefault(intersectionId, List.of());
    }

    /** The movements from the end of a road into the next ones: where a vehicle on it may turn. */
    public List<Movement> movementsFrom(String roadId) {
        return movementsFrom.getOrDefault(roadId, List.of());
    }

    public Optional<Movement> movement(String fromRoad, String toRoad) {
        return movementsFrom(fromRoad).stream()
                .filter(m -> m.toRoad().equals(toRoad))
                .findFirst();
    }

    public List<Intersection> signalisedIntersections() {
        return intersections.stream().filter(Intersection::signalised).toList();
    }

    public List<Intersection> virtualIntersections() {
        return intersections.stream().filter(Intersection::virtual).toList();
    }

    /** Degrees for a position on this network's plane. */
    public GeoPoint toGeo(Point p) {
        return plane.toGeo(p);
    }

    /** The rectangle holding every intersection and road point: an SVG map's view box. */
    public record Bounds(double minX, double minY, double maxX, double maxY) {

        public double width() {
            return maxX - minX;
        }

        public double height() {
            return maxY - minY;
        }
    }

    public Bounds bounds() {
        double minX = Double.POSITIVE_INFINITY;
        double minY = Double.POSITIVE_INFINITY;
        double maxX = Double.NEGATIVE_INFINITY;
        double maxY = Double.NEGATIVE_INFINITY;
        List<Point> all = new ArrayList<>();
        intersections.forEach(x -> all.add(x.position()));
        roads.forEach(r -> all.addAll(r.points()));
        for (Point p : all) {
            minX = Math.min(minX, p.x());
            minY = Math.min(minY, p.y());
            maxX = Math.max(maxX, p.x());
            maxY = Math.max(maxY, p.y());
        }
        return new Bounds(minX, minY, maxX, maxY);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof RoadNetwork other
                && plane.equals(other.plane)
                && intersections.equals(other.intersections)
                && roads.equals(other.roads);
    }

    @Override
    public int hashCode() {
        return Objects.hash(plane, intersections, roads);
    }

    @Override
    public String toString() {
        return "RoadNetwork[" + intersections.size() + " intersections ("
                + signalisedIntersections().size() + " signalised), " + roads.size() + " roads]";
    }
}
