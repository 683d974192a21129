package city.traffic.internal.network;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Reads and writes road networks in CityFlow's {@code roadnet.json} format.
 *
 * <p>Import checks the whole file and throws one {@link InvalidRoadNetworkException} naming every problem with its
 * JSON path ({@code roads[3].startIntersection: no intersection "x"}); it never returns a partly built network. It
 * asks what CityFlow asks (virtual intersections: only id, point, roads and virtual; others also width, roadLinks and
 * trafficLight) and a little more: roads join two different existing intersections, an intersection's road list is
 * exactly the roads starting or ending there, a road link turns from a road ending at its intersection into one
 * starting there, through lanes those roads have, no two links share a pair of roads, every link has a lane link,
 * phase times are whole seconds.
 *
 * <p>The clearance rule. CityFlow has no yellow or all-red; files express the clearance as a phase. A light phase is a
 * clearance phase when it lasts at most {@value #MAX_CLEARANCE_SECONDS} s and lets only right turns go (or nothing),
 * provided the light has at least one phase that is not such (otherwise every phase is a green phase). All clearance
 * phases of one light must be alike (same time, same right turns); their time is the clearance, split into
 * {@value #DEFAULT_YELLOW_SECONDS} s of yellow (or all of it, if shorter) and all red for the rest, and their
 * positions in the light's phase list are kept as the plan's clearance slots, so export puts them back where they
 * were. In the Jinan file, phase 0 (5 s, right turns only) is the clearance: 3 s yellow, 2 s all red, slot 0.
 *
 * <p>A non-virtual intersection whose light has a single phase letting every link go has no signal (it is always
 * green); export writes such a light with a {@value #UNSIGNALISED_PHASE_SECONDS} s phase.
 *
 * <p>What CityFlow lacks is written as extra fields that CityFlow ignores, and only when it differs from what import
 * assumes without them: {@code name {zh, en}} on intersections and roads (default: the id), {@code speedLimit} on
 * roads in m/s (default: the fastest lane's maxSpeed), and {@code yellow}, {@code allRed}, {@code minGreen} in whole
 * seconds on a trafficLight (defaults: the split above, and {@value #DEFAULT_MIN_GREEN_SECONDS} s or the shortest
 * green if shorter). Positions are metres; latitude and longitude come from the plane given to import (default
 * People's Square) and are not written. The trafficLight's {@code roadLinkIndices}, which CityFlow does not read, is
 * checked and written as every link; a virtual intersection's width defaults to 0, and its roadLinks and trafficLight,
 * which CityFlow does not read either, are dropped and written empty.
 */
public final class CityFlowFormat {

    public static final int MAX_CLEARANCE_SECONDS = 10;
    public static final int DEFAULT_YELLOW_SECONDS = 3;
    public static final int DEFAULT_MIN_GREEN_SECONDS = 10;
    public static final int UNSIGNALISED_PHASE_SECONDS = 3600;

    /** Farther than this from the anchor, a position is taken for a mistake (or another coordinate system). */
    private static final double MAX_COORDINATE_METRES = 1_000_000;

    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .disable(StreamReadFeature.AUTO_CLOSE_SOURCE)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET)
            .build();

    private CityFlowFormat() {}

    /** @throws InvalidRoadNetworkException with every problem found */
    public static RoadNetwork importRoadnet(InputStream json) {
        return importRoadnet(json, LocalTangentPlane.PEOPLES_SQUARE);
    }

    /** @throws InvalidRoadNetworkException with every problem found */
    public static RoadNetwork importRoadnet(InputStream json, LocalTangentPlane plane) {
        try {
            return importRoadnet(MAPPER.readTree(json), plane);
        } catch (JsonProcessingException e) {
            throw notJson(e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** @throws InvalidRoadNetworkException with every problem found */
    public static RoadNetwork importRoadnet(String json) {
        return importRoadnet(json, LocalTangentPlane.PEOPLES_SQUARE);
    }

    /** @throws InvalidRoadNetworkException with every problem found */
    public static RoadNetwork importRoadnet(String json, LocalTangentPlane plane) {
        try {
            return importRoadnet(MAPPER.readTree(json), plane);
        } catch (JsonProcessingException e) {
            throw notJson(e);
        }
    }

    /** @throws InvalidRoadNetworkException with every problem found */
    public static RoadNetwork importRoadnet(JsonNode root, LocalTangentPlane plane) {
        return new Importer(plane).read(root);
    }

    public static String exportRoadnet(RoadNetwork network) {
        try {
            return MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(toJson(network));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a JSON tree always serialises", e);
        }
    }

    /** Writes the network to a stream, which stays open. */
    public static void exportRoadnet(RoadNetwork network, OutputStream out) {
        try {
            MAPPER.writerWithDefaultPrettyPrinter().writeValue(out, toJson(network));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static ObjectNode toJson(RoadNetwork network) {
        ObjectNode root = MAPPER.createObjectNode();
        Map<String, List<String>> roadsAt = new HashMap<>();
        for (Road r : network.roads()) {
            roadsAt.computeIfAbsent(r.from(), k -> new ArrayList<>()).add(r.id());
            roadsAt.computeIfAbsent(r.to(), k -> new ArrayList<>()).add(r.id());
        }
        ArrayNode intersections = root.putArray("intersections");
        for (Intersection x : network.intersections()) {
            writeIntersection(x, roadsAt.getOrDefault(x.id(), List.of()), intersections.addObject());
        }
        ArrayNode roads = root.putArray("roads");
        for (Road r : network.roads()) {
            writeRoad(r, roads.addObject());
        }
        return root;
    }

    private static void writeIntersection(Intersection x, List<String> roadIds, ObjectNode o) {
        o.put("id", x.id());
        writeName(x.name(), x.id(), o);
        writePoint(x.position(), o.putObject("point"));
        o.put("width", x.width());
        ArrayNode roads = o.putArray("roads");
        roadIds.forEach(roads::add);
        ArrayNode links = o.putArray("roadLinks");
        for (Movement m : x.movements()) {
            ObjectNode link = links.addObject();
            link.put("type", m.type().cityFlowName());
            link.put("startRoad", m.fromRoad());
            link.put("endRoad", m.toRoad());
            if (m.direction() != null) {
                link.put("direction", m.direction());
            }
            ArrayNode laneLinks = link.putArray("laneLinks");
            for (LaneLink l : m.laneLinks()) {
                ObjectNode laneLink = laneLinks.addObject();
                laneLink.put("startLaneIndex", l.fromLane());
                laneLink.put("endLaneIndex", l.toLane());
                if (!l.points().isEmpty()) {
                    ArrayNode points = laneLink.putArray("points");
                    l.points().forEach(p -> writePoint(p, points.addObject()));
                }
            }
        }
        ObjectNode light = o.putObject("trafficLight");
        ArrayNode indices = light.putArray("roadLinkIndices");
        ArrayNode phases = light.putArray("lightphases");
        if (!x.virtual()) {
            x.movements().forEach(m -> indices.add(m.index()));
        }
        if (x.signalised()) {
            writeSignal(x.signal(), light, phases);
        } else if (!x.virtual()) {
            ObjectNode always = phases.addObject();
            always.put("time", UNSIGNALISED_PHASE_SECONDS);
            ArrayNode all = always.putArray("availableRoadLinks");
            x.movements().forEach(m -> all.add(m.index()));
        }
        o.put("virtual", x.virtual());
    }

    private static void writeSignal(SignalPlan plan, ObjectNode light, ArrayNode phases) {
        for (SignalPlan.Step step : plan.cycle()) {
            ObjectNode phase = phases.addObject();
            phase.put("time", step.seconds());
            ArrayNode available = phase.putArray("availableRoadLinks");
            List<Integer> movements = step.isClearance()
                    ? plan.clearance().movements()
                    : step.phase().movements();
            movements.forEach(available::add);
        }
        Clearance c = plan.clearance();
        int impliedSeconds = plan.clearanceSlots().isEmpty() ? 0 : c.seconds();
        if (c.yellowSeconds() != defaultYellow(impliedSeconds) || c.seconds() != impliedSeconds) {
            light.put("yellow", c.yellowSeconds());
            light.put("allRed", c.allRedSeconds());
        }
        int shortest =
                plan.phases().stream().mapToInt(Phase::greenSeconds).min().orElseThrow();
        if (plan.minGreenSeconds() != defaultMinGreen(shortest)) {
            light.put("minGreen", plan.minGreenSeconds());
        }
    }

    private static void writeRoad(Road r, ObjectNode o) {
        o.put("id", r.id());
        writeName(r.name(), r.id(), o);
        ArrayNode points = o.putArray("points");
        r.points().forEach(p -> writePoint(p, points.addObject()));
        ArrayNode lanes = o.putArray("lanes");
        for (Lane l : r.lanes()) {
            ObjectNode lane = lanes.addObject();
            lane.put("width", l.width());
            lane.put("maxSpeed", l.maxSpeed());
        }
        o.put("startIntersection", r.from());
        o.put("endIntersection", r.to());
        if (r.speedLimit() != fastestLane(r.lanes())) {
            o.put("speedLimit", r.speedLimit());
        }
    }

    private static void writeName(Name name, String id, ObjectNode o) {
        if (!name.equals(Name.of(id))) {
            ObjectNode n = o.putObject("name");
            n.put("zh", name.zh());
            n.put("en", name.en());
        }
    }

    private static void writePoint(Point p, ObjectNode o) {
        o.put("x", p.x());
        o.put("y", p.y());
    }

    static int defaultYellow(int clearanceSeconds) {
        return Math.min(DEFAULT_YELLOW_SECONDS, clearanceSeconds);
    }

    static int defaultMinGreen(int shortestGreenSeconds) {
        return Math.min(DEFAULT_MIN_GREEN_SECONDS, shortestGreenSeconds);
    }

    private static double fastestLane(List<Lane> lanes) {
        return lanes.stream().mapToDouble(Lane::maxSpeed).max().orElseThrow();
    }

    private static InvalidRoadNetworkException notJson(JsonProcessingException e) {
        JsonLocation at = e.getLocation();
        String where = at == null ? "" : " (line " + at.getLineNr() + ", column " + at.getColumnNr() + ")";
        return new InvalidRoadNetworkException(
                List.of(new NetworkProblem("$", "not a JSON document: " + e.getOriginalMessage() + where)));
    }

    /** One import: collects every problem, and builds the network only when there is none. */
    private static final class Importer {

        private final LocalTangentPlane plane;
        private final List<NetworkProblem> problems = new ArrayList<>();
        private final Map<String, Integer> roadIndex = new HashMap<>();
        private final Map<String, Integer> intersectionIndex = new HashMap<>();
        private final Map<String, RoadDraft> roadDrafts = new HashMap<>();
        private RoadNetwork built;

        private record RoadDraft(
                String id,
                String from,
                String to,
                List<Point> points,
                List<Lane> lanes,
                Name name,
                Double speedLimit) {}

        private record LightPhase(int seconds, Set<Integer> links) {}

        Importer(LocalTangentPlane plane) {
            this.plane = plane;
        }

        RoadNetwork read(JsonNode root) {
            if (root == null || root.isMissingNode()) {
                fail("$", "the document is empty");
            } else if (!root.isObject()) {
                fail("$", "must be an object with intersections and roads");
            } else {
                readNetwork(root);
            }
            if (!problems.isEmpty()) {
                throw new InvalidRoadNetworkException(problems);
            }
            return built;
        }

        private void readNetwork(JsonNode root) {
            JsonNode intersectionNodes = array(root, "intersections", "");
            JsonNode roadNodes = array(root, "roads", "");
            if (intersectionNodes != null && intersectionNodes.isEmpty()) {
                fail("intersections", "the network has no intersections");
            }
            if (roadNodes != null && roadNodes.isEmpty()) {
                fail("roads", "the network has no roads");
            }
            List<JsonNode> intersections = elements(intersectionNodes);
            List<JsonNode> roads = elements(roadNodes);
            collectIds(intersections, "intersections", intersectionIndex);
            collectIds(roads, "roads", roadIndex);
            List<RoadDraft> drafts = new ArrayList<>();
            for (int i = 0; i < roads.size(); i++) {
                RoadDraft d = readRoad(roads.get(i), "roads[" + i + "]");
                drafts.add(d);
                if (d != null && d.id() != null) {
                    roadDrafts.putIfAbsent(d.id(), d);
                }
            }
            List<Intersection> nodes = new ArrayList<>();
            for (int i = 0; i < intersections.size(); i++) {
                nodes.add(readIntersection(intersections.get(i), "intersections[" + i + "]", drafts));
            }
            if (!problems.isEmpty()) {
                return;
            }
            try {
                List<Road> builtRoads = drafts.stream()
                        .map(d -> new Road(
                                d.id(),
                                d.name() == null ? Name.of(d.id()) : d.name(),
                                d.from(),
                                d.to(),
                                d.points(),
                                d.lanes(),
                                d.speedLimit() == null ? fastestLane(d.lanes()) : d.speedLimit()))
                        .toList();
                built = new RoadNetwork(plane, nodes, builtRoads);
            } catch (InvalidRoadNetworkException e) {
                problems.addAll(e.problems());
            } catch (IllegalArgumentException e) {
                fail("$", e.getMessage());
            }
        }

        private void collectIds(List<JsonNode> nodes, String list, Map<String, Integer> index) {
            for (int i = 0; i < nodes.size(); i++) {
                String path = list + "[" + i + "]";
                if (!nodes.get(i).isObject()) {
                    fail(path, "must be an object");
                    continue;
                }
                String id = string(nodes.get(i), "id", path);
                if (id != null) {
                    Integer first = index.putIfAbsent(id, i);
                    if (first != null) {
                        fail(path + ".id", "duplicate id \"" + id + "\" (also " + list + "[" + first + "])");
                    }
                }
            }
        }

        private RoadDraft readRoad(JsonNode node, String path) {
            if (!node.isObject()) {
                return null;
            }
            String id = node.path("id").isTextual() ? node.get("id").asText() : null;
            String from = intersectionRef(node, "startIntersection", path);
            String to = intersectionRef(node, "endIntersection", path);
            if (from != null && from.equals(to)) {
                fail(path + ".endIntersection", "same as startIntersection: a road joins two intersections");
            }
            List<Point> points = points(node, "points", path, true);
            if (points != null && points.size() < 2) {
                fail(path + ".points", "a road needs at least two points, has " + points.size());
            }
            List<Lane> lanes = null;
            JsonNode laneNodes = array(node, "lanes", path);
            if (laneNodes != null) {
                if (laneNodes.isEmpty()) {
                    fail(path + ".lanes", "a road needs at least one lane");
                }
                lanes = new ArrayList<>();
                for (int k = 0; k < laneNodes.size(); k++) {
                    String lanePath = path + ".lanes[" + k + "]";
                    JsonNode lane = laneNodes.get(k);
                    if (!lane.isObject()) {
                        fail(lanePath, "must be an object with width and maxSpeed");
                        lanes = null;
                        continue;
                    }
                    Double width = positive(lane, "width", lanePath);
                    Double maxSpeed = positive(lane, "maxSpeed", lanePath);
                    if (width != null && maxSpeed != null && lanes != null) {
                        lanes.add(new Lane(width, maxSpeed));
                    } else {
                        lanes = null;
                    }
                }
            }
            Name name = name(node, path);
            Double speedLimit = node.has("speedLimit") ? positive(node, "speedLimit", path) : null;
            return new RoadDraft(id, from, to, points, lanes, name, speedLimit);
        }

        private String intersectionRef(JsonNode node, String field, String path) {
            String id = string(node, field, path);
            if (id != null && !intersectionIndex.containsKey(id)) {
                fail(path + "." + field, "no intersection \"" + id + "\"");
                return null;
            }
            return id;
        }

        private Intersection readIntersection(JsonNode node, String path, List<RoadDraft> roads) {
            if (!node.isObject()) {
                return null;
            }
            int problemsBefore = problems.size();
            String id = node.path("id").isTextual() ? node.get("id").asText() : null;
            Boolean virtual = bool(node, "virtual", path);
            Point position = point(node.get("point"), path + ".point");
            Double width = node.has("width") || !Boolean.TRUE.equals(virtual)
                    ? nonNegative(node, "width", path)
                    : Double.valueOf(0);
            Name name = name(node, path);
            readRoadList(node, path, id, roads);
            List<Movement> movements = List.of();
            Optional<SignalPlan> signal = Optional.empty();
            if (Boolean.FALSE.equals(virtual)) {
                movements = readRoadLinks(node, path, id);
                signal = readTrafficLight(node, path, movements, problems.size() == problemsBefore);
            }
            if (problems.size() > problemsBefore || id == null) {
                return null;
            }
            return new Intersection(
                    id,
                    name == null ? Name.of(id) : name,
                    position,
                    plane.toGeo(position),
                    width,
                    virtual,
                    movements,
                    signal.orElse(null));
        }

        private void readRoadList(JsonNode node, String path, String id, List<RoadDraft> roads) {
            JsonNode list = array(node, "roads", path);
            if (list == null) {
                return;
            }
            Set<String> listed = new HashSet<>();
            for (int k = 0; k < list.size(); k++) {
                String itemPath = path + ".roads[" + k + "]";
                JsonNode item = list.get(k);
                if (!item.isTextual()) {
                    fail(itemPath, "must be a road id");
                    continue;
                }
                String roadId = item.asText();
                RoadDraft road = roadDrafts.get(roadId);
                if (!roadIndex.containsKey(roadId)) {
                    fail(itemPath, "no road \"" + roadId + "\"");
                } else if (!listed.add(roadId)) {
                    fail(itemPath, "road \"" + roadId + "\" is listed twice");
                } else if (id != null
                        && road != null
                        && road.from() != null
                        && road.to() != null
                        && !id.equals(road.from())
                        && !id.equals(road.to())) {
                    fail(itemPath, "road \"" + roadId + "\" neither starts nor ends at this intersection");
                }
            }
            if (id == null) {
                return;
            }
            for (RoadDraft road : roads) {
                if (road != null && road.id() != null && !listed.contains(road.id())) {
                    if (id.equals(road.from())) {
                        fail(path + ".roads", "road \"" + road.id() + "\" starts here but is not listed");
                    } else if (id.equals(road.to())) {
                        fail(path + ".roads", "road \"" + road.id() + "\" ends here but is not listed");
                    }
                }
            }
        }

        private List<Movement> readRoadLinks(JsonNode node, String path, String id) {
            JsonNode links = array(node, "roadLinks", path);
            if (links == null) {
                return List.of();
            }
            List<Movement> movements = new ArrayList<>();
            Map<String, Integer> pairs = new HashMap<>();
            for (int k = 0; k < links.size(); k++) {
                String linkPath = path + ".roadLinks[" + k + "]";
                JsonNode link = links.get(k);
                if (!link.isObject()) {
                    fail(linkPath, "must be an object");
                    continue;
                }
                MovementType type = null;
                String typeName = string(link, "type", linkPath);
                if (typeName != null) {
                    type = MovementType.fromCityFlowName(typeName).orElse(null);
                    if (type == null) {
                        fail(
                                linkPath + ".type",
                                "must be go_straight, turn_left or turn_right, not \"" + typeName + "\"");
                    }
                }
                RoadDraft from = roadRef(link, "startRoad", linkPath);
                RoadDraft to = roadRef(link, "endRoad", linkPath);
                if (from != null && id != null && from.to() != null && !id.equals(from.to())) {
                    fail(
                            linkPath + ".startRoad",
                            "road \"" + from.id() + "\" does not end at this intersection (it" + " ends at \""
                                    + from.to() + "\")");
                }
                if (to != null && id != null && to.from() != null && !id.equals(to.from())) {
                    fail(
                            linkPath + ".endRoad",
                            "road \"" + to.id() + "\" does not start at this intersection (it" + " starts at \""
                                    + to.from() + "\")");
                }
                if (from != null && to != null) {
                    Integer first = pairs.putIfAbsent(from.id() + "\n" + to.id(), k);
                    if (first != null) {
                        fail(
                                linkPath,
                                "a second link from \"" + from.id() + "\" to \"" + to.id() + "\" (also roadLinks["
                                        + first + "])");
                    }
                }
                Integer direction = link.has("direction") ? integer(link, "direction", linkPath) : null;
                List<LaneLink> laneLinks = readLaneLinks(link, linkPath, from, to);
                if (type != null && from != null && to != null && laneLinks != null && !laneLinks.isEmpty()) {
                    movements.add(new Movement(k, type, from.id(), to.id(), direction, laneLinks));
                } else {
                    movements.add(null);
                }
            }
            return movements;
        }

        private RoadDraft roadRef(JsonNode link, String field, String path) {
            String roadId = string(link, field, path);
            if (roadId == null) {
                return null;
            }
            if (!roadIndex.containsKey(roadId)) {
                fail(path + "." + field, "no road \"" + roadId + "\"");
                return null;
            }
            return roadDrafts.get(roadId);
        }

        private List<LaneLink> readLaneLinks(JsonNode link, String path, RoadDraft from, RoadDraft to) {
            JsonNode nodes = array(link, "laneLinks", path);
            if (nodes == null) {
                return null;
            }
            if (nodes.isEmpty()) {
                fail(path + ".laneLinks", "no lane link: the movement could carry no traffic");
                return null;
            }
            List<LaneLink> laneLinks = new ArrayList<>();
            for (int j = 0; j < nodes.size(); j++) {
                String laneLinkPath = path + ".laneLinks[" + j + "]";
                JsonNode node = nodes.get(j);
                if (!node.isObject()) {
                    fail(laneLinkPath, "must be an object");
                    laneLinks = null;
                    continue;
                }
                Integer fromLane = laneIndex(node, "startLaneIndex", laneLinkPath, from);
                Integer toLane = laneIndex(node, "endLaneIndex", laneLinkPath, to);
                List<Point> points = points(node, "points", laneLinkPath, false);
                if (fromLane != null && toLane != null && points != null && laneLinks != null) {
                    laneLinks.add(new LaneLink(fromLane, toLane, points));
                } else {
                    laneLinks = null;
                }
            }
            return laneLinks;
        }

        private Integer laneIndex(JsonNode node, String field, String path, RoadDraft road) {
            Integer lane = integer(node, field, path);
            if (lane == null) {
                return null;
            }
            if (lane < 0) {
                fail(path + "." + field, "must not be negative, is " + lane);
                return null;
            }
            if (road != null && road.lanes() != null && lane >= road.lanes().size()) {
                fail(
                        path + "." + field,
                        "road \"" + road.id() + "\" has " + road.lanes().size() + " lanes (0.."
                                + (road.lanes().size() - 1) + "), not " + lane);
                return null;
            }
            return lane;
        }

        private Optional<SignalPlan> readTrafficLight(
                JsonNode node, String path, List<Movement> movements, boolean movementsValid) {
            String lightPath = path + ".trafficLight";
            JsonNode light = node.get("trafficLight");
            if (light == null || light.isNull()) {
                fail(lightPath, "missing");
                return Optional.empty();
            }
            if (!light.isObject()) {
                fail(lightPath, "must be an object with lightphases");
                return Optional.empty();
            }
            int problemsBefore = problems.size();
            int links = movements.size();
            if (light.has("roadLinkIndices")) {
                indices(light, "roadLinkIndices", lightPath, links, true);
            }
            List<LightPhase> phases = new ArrayList<>();
            JsonNode phaseNodes = array(light, "lightphases", lightPath);
            if (phaseNodes != null && phaseNodes.isEmpty()) {
                fail(lightPath + ".lightphases", "a signal needs at least one phase");
            }
            for (int j = 0; phaseNodes != null && j < phaseNodes.size(); j++) {
                String phasePath = lightPath + ".lightphases[" + j + "]";
                JsonNode phase = phaseNodes.get(j);
                if (!phase.isObject()) {
                    fail(phasePath, "must be an object with time and availableRoadLinks");
                    continue;
                }
                Integer seconds = wholeSeconds(phase, "time", phasePath, 1);
                Set<Integer> available = indices(phase, "availableRoadLinks", phasePath, links, false);
                if (seconds != null && available != null) {
                    phases.add(new LightPhase(seconds, available));
                }
            }
            Integer yellow = light.has("yellow") ? wholeSeconds(light, "yellow", lightPath, 0) : null;
            Integer allRed = light.has("allRed") ? wholeSeconds(light, "allRed", lightPath, 0) : null;
            Integer minGreen = light.has("minGreen") ? wholeSeconds(light, "minGreen", lightPath, 0) : null;
            if ((yellow == null) != (allRed == null) && problems.size() == problemsBefore) {
                fail(lightPath + (yellow == null ? ".yellow" : ".allRed"), "yellow and allRed go together");
            }
            if (problems.size() > problemsBefore || !movementsValid) {
                return Optional.empty();
            }
            if (phases.size() == 1 && phases.get(0).links().size() == links) {
                return Optional.empty();
            }
            return Optional.ofNullable(plan(lightPath, phases, movements, yellow, allRed, minGreen));
        }

        private SignalPlan plan(
                String path,
                List<LightPhase> phases,
                List<Movement> movements,
                Integer yellow,
                Integer allRed,
                Integer minGreen) {
            int problemsBefore = problems.size();
            List<Boolean> clearanceLike = phases.stream()
                    .map(p -> p.seconds() <= MAX_CLEARANCE_SECONDS
                            && p.links().stream().allMatch(l -> movements.get(l).isRightTurn()))
                    .toList();
            boolean mixed = clearanceLike.contains(true) && clearanceLike.contains(false);
            List<Integer> slots = new ArrayList<>();
            List<Phase> greens = new ArrayList<>();
            LightPhase clearance = null;
            int firstSlot = -1;
            for (int j = 0; j < phases.size(); j++) {
                LightPhase p = phases.get(j);
                if (mixed && clearanceLike.get(j)) {
                    if (clearance == null) {
                        clearance = p;
                        firstSlot = j;
                    } else if (!clearance.equals(p)) {
                        fail(
                                path + ".lightphases[" + j + "]",
                                "a second kind of clearance phase (" + p.seconds()
                                        + " s, links " + new TreeSet<>(p.links()) + ") besides lightphases[" + firstSlot
                                        + "] (" + clearance.seconds() + " s, links " + new TreeSet<>(clearance.links())
                                        + "): a signal has one clearance");
                    }
                    slots.add(j);
                } else {
                    greens.add(new Phase(greens.size(), p.seconds(), List.copyOf(p.links())));
                }
            }
            int clearanceSeconds = clearance == null ? 0 : clearance.seconds();
            if (yellow == null) {
                yellow = defaultYellow(clearanceSeconds);
                allRed = clearanceSeconds - yellow;
            } else if (clearance != null && yellow + allRed != clearanceSeconds) {
                fail(
                        path + ".yellow",
                        "yellow + allRed = " + (yellow + allRed) + " s, but the clearance phase" + " (lightphases["
                                + firstSlot + "]) lasts " + clearanceSeconds + " s");
            }
            int shortest = greens.stream().mapToInt(Phase::greenSeconds).min().orElseThrow();
            if (minGreen == null) {
                minGreen = defaultMinGreen(shortest);
            } else if (minGreen > shortest) {
                fail(
                        path + ".minGreen",
                        minGreen + " s is longer than the shortest planned green (" + shortest + " s)");
            }
            if (problems.size() > problemsBefore) {
                return null;
            }
            List<Integer> clearanceMovements = clearance == null ? List.of() : List.copyOf(clearance.links());
            return new SignalPlan(greens, new Clearance(yellow, allRed, clearanceMovements), minGreen, slots);
        }

        private Set<Integer> indices(JsonNode node, String field, String path, int count, boolean unique) {
            JsonNode list = array(node, field, path);
            if (list == null) {
                return null;
            }
            Set<Integer> indices = new TreeSet<>();
            boolean valid = true;
            for (int k = 0; k < list.size(); k++) {
                String itemPath = path + "." + field + "[" + k + "]";
                JsonNode item = list.get(k);
                if (!item.isNumber() || !item.canConvertToExactIntegral() || !item.canConvertToInt()) {
                    fail(itemPath, "must be a road link index, not " + item);
                    valid = false;
                } else if (item.asInt() < 0 || item.asInt() >= count) {
                    fail(
                            itemPath,
                            "road link " + item.asInt() + " is out of range: this intersection has " + count
                                    + " road links" + (count == 0 ? "" : " (0.." + (count - 1) + ")"));
                    valid = false;
                } else if (!indices.add(item.asInt()) && unique) {
                    fail(itemPath, "road link " + item.asInt() + " is listed twice");
                    valid = false;
                }
            }
            return valid ? indices : null;
        }

        private Name name(JsonNode node, String path) {
            if (!node.has("name")) {
                return null;
            }
            JsonNode name = node.get("name");
            String namePath = path + ".name";
            if (!name.isObject()) {
                fail(namePath, "must be an object with zh and en");
                return null;
            }
            String zh = string(name, "zh", namePath);
            String en = string(name, "en", namePath);
            if (zh == null || en == null) {
                return null;
            }
            if (zh.isBlank() || en.isBlank()) {
                fail(namePath, "zh and en must not be blank");
                return null;
            }
            return new Name(zh, en);
        }

        private List<Point> points(JsonNode node, String field, String path, boolean required) {
            if (!required && (!node.has(field) || node.get(field).isNull())) {
                return List.of();
            }
            JsonNode list = array(node, field, path);
            if (list == null) {
                return null;
            }
            List<Point> points = new ArrayList<>();
            for (int k = 0; k < list.size(); k++) {
                Point p = point(list.get(k), path + "." + field + "[" + k + "]");
                if (p == null || points == null) {
                    points = null;
                } else {
                    points.add(p);
                }
            }
            return points;
        }

        private Point point(JsonNode node, String path) {
            if (node == null || node.isNull()) {
                fail(path, "missing");
                return null;
            }
            if (!node.isObject()) {
                fail(path, "must be an object with x and y");
                return null;
            }
            Double x = number(node, "x", path);
            Double y = number(node, "y", path);
            if (x == null || y == null) {
                return null;
            }
            if (Math.abs(x) > MAX_COORDINATE_METRES || Math.abs(y) > MAX_COORDINATE_METRES) {
                fail(
                        path,
                        "more than " + (int) (MAX_COORDINATE_METRES / 1000) + " km from the anchor: not metres"
                                + " on a city's plane");
                return null;
            }
            return new Point(x, y);
        }

        private JsonNode array(JsonNode node, String field, String path) {
            String fieldPath = path.isEmpty() ? field : path + "." + field;
            JsonNode value = node.get(field);
            if (value == null || value.isNull()) {
                fail(fieldPath, "missing");
                return null;
            }
            if (!value.isArray()) {
                fail(fieldPath, "must be an array, not " + describe(value));
                return null;
            }
            return value;
        }

        private String string(JsonNode node, String field, String path) {
            JsonNode value = node.get(field);
            if (value == null || value.isNull()) {
                fail(path + "." + field, "missing");
                return null;
            }
            if (!value.isTextual()) {
                fail(path + "." + field, "must be a string, not " + describe(value));
                return null;
            }
            if (value.asText().isEmpty()) {
                fail(path + "." + field, "must not be empty");
                return null;
            }
            return value.asText();
        }

        private Boolean bool(JsonNode node, String field, String path) {
            JsonNode value = node.get(field);
            if (value == null || value.isNull()) {
                fail(path + "." + field, "missing");
                return null;
            }
            if (!value.isBoolean()) {
                fail(path + "." + field, "must be true or false, not " + describe(value));
                return null;
            }
            return value.asBoolean();
        }

        private Double number(JsonNode node, String field, String path) {
            JsonNode value = node.get(field);
            if (value == null || value.isNull()) {
                fail(path + "." + field, "missing");
                return null;
            }
            if (!value.isNumber() || !Double.isFinite(value.asDouble())) {
                fail(path + "." + field, "must be a number, not " + describe(value));
                return null;
            }
            return value.asDouble();
        }

        private Double positive(JsonNode node, String field, String path) {
            Double value = number(node, field, path);
            if (value != null && value <= 0) {
                fail(path + "." + field, "must be positive, is " + node.get(field));
                return null;
            }
            return value;
        }

        private Double nonNegative(JsonNode node, String field, String path) {
            Double value = number(node, field, path);
            if (value != null && value < 0) {
                fail(path + "." + field, "must not be negative, is " + node.get(field));
                return null;
            }
            return value;
        }

        private Integer integer(JsonNode node, String field, String path) {
            Double value = number(node, field, path);
            if (value == null) {
                return null;
            }
            if (value != Math.rint(value) || Math.abs(value) > Integer.MAX_VALUE) {
                fail(path + "." + field, "must be a whole number, is " + node.get(field));
                return null;
            }
            return value.intValue();
        }

        private Integer wholeSeconds(JsonNode node, String field, String path, int min) {
            Double value = number(node, field, path);
            if (value == null) {
                return null;
            }
            if (value != Math.rint(value) || value > 86_400) {
                fail(path + "." + field, "must be whole seconds (at most a day), is " + node.get(field));
                return null;
            }
            if (value < min) {
                fail(path + "." + field, "must be at least " + min + " s, is " + node.get(field));
                return null;
            }
            return value.intValue();
        }

        private static String describe(JsonNode value) {
            String text = value.toString();
            return text.length() > 40 ? text.substring(0, 40) + "..." : text;
        }

        private static List<JsonNode> elements(JsonNode array) {
            List<JsonNode> list = new ArrayList<>();
            if (array != null) {
                array.forEach(list::add);
            }
            return list;
        }

        private void fail(String path, String message) {
            problems.add(new NetworkProblem(path, message));
        }
    }
}
