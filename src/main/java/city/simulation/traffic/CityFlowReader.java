package city.simulation.traffic;

import city.simulation.traffic.Network.Intersection;
import city.simulation.traffic.Network.Lane;
import city.simulation.traffic.Network.LaneLink;
import city.simulation.traffic.Network.Phase;
import city.simulation.traffic.Network.Point;
import city.simulation.traffic.Network.Road;
import city.simulation.traffic.Network.RoadLink;
import city.simulation.traffic.Network.Turn;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads CityFlow's {@code roadnet.json} and {@code flow.json} into a {@link Network} and a {@link Demand}. It asks what
 * CityFlow asks and checks what the engine relies on, and throws one {@link ScenarioException} naming every problem
 * with its place in the file; it never returns a partial network.
 *
 * <p>Geometry follows CityFlow: a road's polyline is cut back by the width of each real intersection at its ends;
 * lane {@code i} runs parallel to it on the right, offset by the widths of lanes {@code 0..i-1} plus half its own; a
 * lane's length is that of its polyline. A lane link's length is that of its points; a lane link without points gets a
 * cubic Bézier curve from the end of its lane to the start of the next one (CityFlow's default drawing). Fields
 * CityFlow does not read ({@code roadLinkIndices}, an intersection's {@code roads}, a vehicle's {@code width} beyond
 * storing it) are not checked.
 */
public final class CityFlowReader {

    private static final ObjectMapper JSON = new ObjectMapper();

    private CityFlowReader() {}

    /** @throws ScenarioException when the file cannot be read as a network the engine can run */
    public static Network readRoadnet(Path file) {
        return readRoadnet(parse(file, "roadnet"));
    }

    /** @throws ScenarioException when the text cannot be read as a network the engine can run */
    public static Network readRoadnet(String json) {
        return readRoadnet(parse(json, "roadnet"));
    }

    /** @throws ScenarioException when the tree is not a network the engine can run */
    public static Network readRoadnet(JsonNode root) {
        return new RoadnetReader(root).read();
    }

    /** @throws ScenarioException when the file cannot be read as demand on {@code network} */
    public static Demand readFlow(Path file, Network network) {
        return readFlow(parse(file, "flow"), network);
    }

    /** @throws ScenarioException when the text cannot be read as demand on {@code network} */
    public static Demand readFlow(String json, Network network) {
        return readFlow(parse(json, "flow"), network);
    }

    /** @throws ScenarioException when the tree is not demand on {@code network} */
    public static Demand readFlow(JsonNode root, Network network) {
        return FlowReader.read(root, network);
    }

    private static JsonNode parse(Path file, String what) {
        try {
            return JSON.readTree(Files.newInputStream(file));
        } catch (JsonProcessingException e) {
            throw new ScenarioException(what + " file " + file, "not JSON: " + e.getOriginalMessage());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + what + " file " + file, e);
        }
    }

    private static JsonNode parse(String json, String what) {
        try {
            return JSON.readTree(json);
        } catch (JsonProcessingException e) {
            throw new ScenarioException(what, "not JSON: " + e.getOriginalMessage());
        }
    }

    /** Field access that records a problem and returns a neutral value instead of throwing. */
    static final class Fields {
        final List<String> problems = new ArrayList<>();

        double number(JsonNode o, String field, String path) {
            JsonNode n = o.get(field);
            if (n == null || !n.isNumber()) {
                problems.add(path + "." + field + ": " + (n == null ? "missing" : "not a number"));
                return Double.NaN;
            }
            return n.asDouble();
        }

        double number(JsonNode o, String field, String path, double absent) {
            return o.has(field) ? number(o, field, path) : absent;
        }

        String text(JsonNode o, String field, String path) {
            JsonNode n = o.get(field);
            if (n == null || !n.isTextual()) {
                problems.add(path + "." + field + ": " + (n == null ? "missing" : "not a string"));
                return null;
            }
            return n.asText();
        }

        JsonNode array(JsonNode o, String field, String path) {
            JsonNode n = o.get(field);
            if (n == null || !n.isArray()) {
                problems.add(path + "." + field + ": " + (n == null ? "missing" : "not an array"));
                return JSON.createArrayNode();
            }
            return n;
        }

        Point point(JsonNode o, String path) {
            if (o == null || !o.isObject()) {
                problems.add(path + ": not a point {x, y}");
                return new Point(0, 0);
            }
            return new Point(number(o, "x", path), number(o, "y", path));
        }

        void check(boolean condition, String problem) {
            if (!condition) {
                problems.add(problem);
            }
        }
    }

    private static final class RoadnetReader {
        private final JsonNode root;
        private final Fields f = new Fields();
        private final Map<String, Integer> intersectionIds = new HashMap<>();
        private final List<JsonNode> intersectionNodes = new ArrayList<>();
        private final List<Boolean> virtual = new ArrayList<>();
        private final List<Double> width = new ArrayList<>();
        private final List<Road> roads = new ArrayList<>();
        private final List<Lane> lanes = new ArrayList<>();
        private final Map<String, Integer> roadIds = new HashMap<>();

        RoadnetReader(JsonNode root) {
            this.root = root;
        }

        Network read() {
            if (root == null || !root.isObject()) {
                throw new ScenarioException("roadnet", "not a JSON object with intersections and roads");
            }
            JsonNode xs = f.array(root, "intersections", "roadnet");
            for (int i = 0; i < xs.size(); i++) {
                String path = "intersections[" + i + "]";
                JsonNode x = xs.get(i);
                String id = x.isObject() ? f.text(x, "id", path) : null;
                JsonNode v = x.get("virtual");
                f.check(v != null && v.isBoolean(), path + ".virtual: missing or not a boolean");
                boolean isVirtual = v != null && v.asBoolean();
                if (id != null && intersectionIds.putIfAbsent(id, i) != null) {
                    f.problems.add(path + ".id: \"" + id + "\" repeats");
                }
                intersectionNodes.add(x);
                virtual.add(isVirtual);
                double w = isVirtual ? 0 : f.number(x, "width", path);
                f.check(!(w < 0), path + ".width: negative");
                width.add(Double.isNaN(w) ? 0 : w);
            }
            JsonNode rs = f.array(root, "roads", "roadnet");
            for (int i = 0; i < rs.size(); i++) {
                readRoad(rs.get(i), "roads[" + i + "]");
            }
            List<Intersection> intersections = new ArrayList<>();
            for (int i = 0; i < intersectionNodes.size(); i++) {
                intersections.add(readIntersection(i, intersectionNodes.get(i), "intersections[" + i + "]"));
            }
            if (!f.problems.isEmpty()) {
                throw new ScenarioException("roadnet", f.problems);
            }
            return new Network(intersections, roads, lanes);
        }

        private void readRoad(JsonNode r, String path) {
            String id = f.text(r, "id", path);
            String from = f.text(r, "startIntersection", path);
            String to = f.text(r, "endIntersection", path);
            Integer a = from == null ? null : intersectionIds.get(from);
            Integer b = to == null ? null : intersectionIds.get(to);
            f.check(from == null || a != null, path + ".startIntersection: no intersection \"" + from + "\"");
            f.check(to == null || b != null, path + ".endIntersection: no intersection \"" + to + "\"");
            List<Point> points = new ArrayList<>();
            JsonNode ps = f.array(r, "points", path);
            for (int p = 0; p < ps.size(); p++) {
                points.add(f.point(ps.get(p), path + ".points[" + p + "]"));
            }
            f.check(ps.size() >= 2, path + ".points: a road needs at least two points");
            JsonNode ls = f.array(r, "lanes", path);
            f.check(ls.size() >= 1, path + ".lanes: a road needs at least one lane");
            if (id == null || a == null || b == null || ps.size() < 2 || ls.isEmpty()) {
                return;
            }
            if (roadIds.putIfAbsent(id, roads.size()) != null) {
                f.problems.add(path + ".id: \"" + id + "\" repeats");
                return;
            }
            List<Point> axis =
                    Geometry.trim(points, virtual.get(a) ? 0 : width.get(a), virtual.get(b) ? 0 : width.get(b));
            if (axis == null) {
                f.problems.add(path + ": shorter than the widths of the intersections at its ends");
                return;
            }
            int road = roads.size();
            int first = lanes.size();
            double offset = 0;
            for (int l = 0; l < ls.size(); l++) {
                String lanePath = path + ".lanes[" + l + "]";
                double w = f.number(ls.get(l), "width", lanePath);
                double speed = f.number(ls.get(l), "maxSpeed", lanePath);
                f.check(!(w <= 0), lanePath + ".width: must be positive");
                f.check(!(speed <= 0), lanePath + ".maxSpeed: must be positive");
                List<Point> lanePoints = Geometry.offset(axis, offset + (Double.isNaN(w) ? 0 : w) / 2);
                offset += Double.isNaN(w) ? 0 : w;
                lanes.add(new Lane(
                        lanes.size(), id + "_" + l, road, l, w, speed, Geometry.length(lanePoints), lanePoints));
            }
            roads.add(new Road(road, id, a, b, points, first, ls.size()));
        }

        private Intersection readIntersection(int index, JsonNode x, String path) {
            String id = x.path("id").asText("#" + index);
            Point point = f.point(x.get("point"), path + ".point");
            if (virtual.get(index)) {
                return new Intersection(index, id, point, true, 0, List.of(), List.of());
            }
            List<RoadLink> links = new ArrayList<>();
            JsonNode ls = f.array(x, "roadLinks", path);
            for (int k = 0; k < ls.size(); k++) {
                RoadLink link = readRoadLink(index, k, ls.get(k), path + ".roadLinks[" + k + "]");
                links.add(link);
            }
            List<Phase> phases = new ArrayList<>();
            JsonNode light = x.get("trafficLight");
            if (light == null || !light.isObject()) {
                f.problems.add(path + ".trafficLight: missing (a real intersection needs one; virtual: true if not)");
            } else {
                JsonNode ps = f.array(light, "lightphases", path + ".trafficLight");
                double cycle = 0;
                for (int p = 0; p < ps.size(); p++) {
                    String phasePath = path + ".trafficLight.lightphases[" + p + "]";
                    double time = f.number(ps.get(p), "time", phasePath);
                    f.check(!(time < 0), phasePath + ".time: negative");
                    cycle += Double.isNaN(time) ? 0 : time;
                    List<Integer> available = new ArrayList<>();
                    JsonNode as = f.array(ps.get(p), "availableRoadLinks", phasePath);
                    for (int a = 0; a < as.size(); a++) {
                        int link = as.get(a).asInt(-1);
                        if (!as.get(a).isInt() || link < 0 || link >= links.size()) {
                            f.problems.add(phasePath + ".availableRoadLinks[" + a + "]: no road link " + as.get(a));
                        } else if (!available.contains(link)) {
                            available.add(link);
                        }
                    }
                    phases.add(new Phase(Double.isNaN(time) ? 0 : time, available));
                }
                f.check(ps.size() < 2 || cycle > 0, path + ".trafficLight: the phases last 0 s together");
            }
            return new Intersection(index, id, point, false, width.get(index), links, phases);
        }

        private RoadLink readRoadLink(int intersection, int k, JsonNode l, String path) {
            Turn turn = Turn.ofCityFlowName(l.path("type").asText(""));
            f.check(turn != null, path + ".type: not one of go_straight, turn_left, turn_right");
            int start = roadAt(f.text(l, "startRoad", path), path + ".startRoad");
            int end = roadAt(f.text(l, "endRoad", path), path + ".endRoad");
            List<LaneLink> laneLinks = new ArrayList<>();
            if (start >= 0 && roads.get(start).to() != intersection) {
                f.problems.add(path + ".startRoad: " + roads.get(start).id() + " does not end at this intersection");
                start = -1;
            }
            if (end >= 0 && roads.get(end).from() != intersection) {
                f.problems.add(path + ".endRoad: " + roads.get(end).id() + " does not start at this intersection");
                end = -1;
            }
            JsonNode ls = f.array(l, "laneLinks", path);
            f.check(ls.size() > 0, path + ".laneLinks: a road link needs at least one lane link");
            for (int i = 0; i < ls.size() && start >= 0 && end >= 0; i++) {
                String linkPath = path + ".laneLinks[" + i + "]";
                JsonNode ll = ls.get(i);
                int from = ll.path("startLaneIndex").asInt(-1);
                int to = ll.path("endLaneIndex").asInt(-1);
                Road a = roads.get(start);
                Road b = roads.get(end);
                if (from < 0 || from >= a.laneCount() || to < 0 || to >= b.laneCount()) {
                    f.problems.add(linkPath + ": lane index out of range (" + a.id() + " has " + a.laneCount()
                            + " lanes, " + b.id() + " has " + b.laneCount() + ")");
                    continue;
                }
                Lane in = lanes.get(a.firstLane() + from);
                Lane out = lanes.get(b.firstLane() + to);
                List<Point> points = new ArrayList<>();
                JsonNode ps = ll.get("points");
                if (ps != null && ps.isArray() && ps.size() >= 2) {
                    for (int p = 0; p < ps.size(); p++) {
                        points.add(f.point(ps.get(p), linkPath + ".points[" + p + "]"));
                    }
                } else {
                    points = Geometry.bezier(in.points(), out.points());
                }
                laneLinks.add(new LaneLink(in.index(), out.index(), Geometry.length(points), points));
            }
            return new RoadLink(k, turn == null ? Turn.STRAIGHT : turn, start, end, laneLinks);
        }

        private int roadAt(String id, String path) {
            if (id == null) {
                return -1;
            }
            Integer r = roadIds.get(id);
            f.check(r != null, path + ": no road \"" + id + "\"");
            return r == null ? -1 : r;
        }
    }
}
