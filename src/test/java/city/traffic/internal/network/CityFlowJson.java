package city.traffic.internal.network;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Test helpers for CityFlow files: load the shipped ones, and reduce a file to what CityFlow reads (ids, points,
 * roads, lanes, links, phases; sets where CityFlow reads sets) so that two files can be compared for equivalence.
 */
final class CityFlowJson {

    static final ObjectMapper MAPPER = new ObjectMapper();
    static final String SMALL_NETWORK = "/traffic/roadnet_2x2.json";

    private CityFlowJson() {}

    static ObjectNode load(String resource) {
        try (InputStream in = CityFlowJson.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("no test resource " + resource);
            }
            return (ObjectNode) MAPPER.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static ObjectNode parse(String json) {
        try {
            return (ObjectNode) MAPPER.readTree(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The index of an intersection in the file's list, for building paths. */
    static int intersectionIndex(JsonNode file, String id) {
        JsonNode list = file.get("intersections");
        for (int i = 0; i < list.size(); i++) {
            if (list.get(i).get("id").asText().equals(id)) {
                return i;
            }
        }
        throw new IllegalArgumentException("no intersection " + id);
    }

    static ObjectNode intersection(JsonNode file, String id) {
        return (ObjectNode) file.get("intersections").get(intersectionIndex(file, id));
    }

    /** What CityFlow reads of a roadnet, in a form where equal means equivalent. */
    static Map<String, Object> essence(JsonNode file) {
        Map<String, Object> intersections = new TreeMap<>();
        for (JsonNode x : file.get("intersections")) {
            Map<String, Object> e = new TreeMap<>();
            e.put("point", point(x.get("point")));
            e.put("virtual", x.get("virtual").asBoolean());
            e.put("width", x.get("width").asDouble());
            e.put("roads", texts(x.get("roads")));
            if (!x.get("virtual").asBoolean()) {
                List<Object> links = new ArrayList<>();
                for (JsonNode l : x.get("roadLinks")) {
                    List<Object> laneLinks = new ArrayList<>();
                    for (JsonNode ll : l.get("laneLinks")) {
                        List<Object> points = new ArrayList<>();
                        ll.path("points").forEach(p -> points.add(point(p)));
                        laneLinks.add(List.of(
                                ll.get("startLaneIndex").asInt(),
                                ll.get("endLaneIndex").asInt(),
                                points));
                    }
                    links.add(List.of(
                            l.get("type").asText(),
                            l.get("startRoad").asText(),
                            l.get("endRoad").asText(),
                            l.path("direction").asText("none"),
                            laneLinks));
                }
                e.put("roadLinks", links);
                JsonNode light = x.get("trafficLight");
                e.put("roadLinkIndices", ints(light.get("roadLinkIndices")));
                List<Object> phases = new ArrayList<>();
                for (JsonNode p : light.get("lightphases")) {
                    phases.add(List.of(p.get("time").asDouble(), ints(p.get("availableRoadLinks"))));
                }
                e.put("lightphases", phases);
            }
            intersections.put(x.get("id").asText(), e);
        }
        Map<String, Object> roads = new TreeMap<>();
        for (JsonNode r : file.get("roads")) {
            List<Object> points = new ArrayList<>();
            r.get("points").forEach(p -> points.add(point(p)));
            List<Object> lanes = new ArrayList<>();
            r.get("lanes")
                    .forEach(l -> lanes.add(
                            List.of(l.get("width").asDouble(), l.get("maxSpeed").asDouble())));
            roads.put(
                    r.get("id").asText(),
                    List.of(
                            r.get("startIntersection").asText(),
                            r.get("endIntersection").asText(),
                            points,
                            lanes));
        }
        return Map.of("intersections", intersections, "roads", roads);
    }

    private static List<Double> point(JsonNode p) {
        return List.of(p.get("x").asDouble(), p.get("y").asDouble());
    }

    private static TreeSet<String> texts(JsonNode list) {
        TreeSet<String> set = new TreeSet<>();
        list.forEach(n -> set.add(n.asText()));
        return set;
    }

    private static TreeSet<Integer> ints(JsonNode list) {
        TreeSet<Integer> set = new TreeSet<>();
        if (list != null) {
            list.forEach(n -> set.add(n.asInt()));
        }
        return set;
    }
}
