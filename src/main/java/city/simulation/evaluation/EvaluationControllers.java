package city.simulation.evaluation;

import city.simulation.traffic.Network;
import city.simulation.traffic.Scenario;
import city.simulation.traffic.Signals;
import city.simulation.traffic.signals.FixedPlan;
import city.simulation.traffic.signals.MaxPressure;
import city.simulation.traffic.signals.TrafficModuleSignals;
import city.traffic.api.TrafficModel;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The controllers an evaluation offers, named as the headless command line ({@code RunScenario}) names them: {@code
 * plan} (the network file's own fixed plan, run by the engine), {@code max-pressure} (the engine's max-pressure with
 * its default options), and every controller of the traffic module as {@code traffic:<NAME>} (the same state machines,
 * clearances and minimum greens as on the street, through {@link TrafficModel#offlineSignals}).
 */
@ApplicationScoped
public class EvaluationControllers {

    public static final String PLAN = "plan";
    public static final String MAX_PRESSURE = "max-pressure";
    public static final String TRAFFIC = "traffic:";

    private static final ObjectMapper JSON = new ObjectMapper();

    private final TrafficModel traffic;

    EvaluationControllers(TrafficModel traffic) {
        this.traffic = traffic;
    }

    /** Every controller offered, the engine's first. */
    public List<ControllerOption> all() {
        List<ControllerOption> out = new ArrayList<>();
        out.add(new ControllerOption(PLAN, "路网文件的定时方案", "The file's fixed plan"));
        out.add(new ControllerOption(MAX_PRESSURE, "最大压力（仿真引擎，默认参数）", "Max-pressure (the engine's, defaults)"));
        for (String name : traffic.controllers()) {
            out.add(trafficOption(name));
        }
        return out;
    }

    private static ControllerOption trafficOption(String name) {
        String id = TRAFFIC + name;
        return switch (name) {
            case "PLAN" -> new ControllerOption(id, "交通模块：路网配时方案", "Traffic module: network plan");
            case "WEBSTER" -> new ControllerOption(id, "交通模块：Webster 定时", "Traffic module: Webster fixed time");
            case "ACTUATED" -> new ControllerOption(id, "交通模块：感应控制", "Traffic module: actuated");
            case "MAX_PRESSURE" -> new ControllerOption(id, "交通模块：最大压力", "Traffic module: max-pressure");
            default -> new ControllerOption(id, "交通模块：" + name, "Traffic module: " + name);
        };
    }

    public Optional<ControllerOption> find(String id) {
        return all().stream().filter(c -> c.id().equals(id)).findFirst();
    }

    /** The name of a controller for people, its id if it is no longer offered. */
    public ControllerOption describe(String id) {
        return find(id).orElse(new ControllerOption(id, id, id));
    }

    /**
     * Fresh signals of controller {@code id} for one run of {@code scenario}, whose roadnet document is {@code
     * roadnet}.
     *
     * @throws IllegalArgumentException for an unknown controller, or a network the traffic module does not import
     */
    public Signals signals(String id, Scenario scenario, String roadnet) {
        Network network = scenario.network();
        if (id.equals(PLAN)) {
            return new FixedPlan(network);
        }
        if (id.equals(MAX_PRESSURE)) {
            return new MaxPressure(network, MaxPressure.Options.DEFAULT);
        }
        if (id.startsWith(TRAFFIC) && traffic.controllers().contains(id.substring(TRAFFIC.length()))) {
            return new TrafficModuleSignals(
                    network, traffic.offlineSignals(withIntersectionRoads(roadnet), id.substring(TRAFFIC.length())));
        }
        throw new IllegalArgumentException("unknown controller " + id);
    }

    /**
     * Whether the traffic module's controllers can run {@code roadnet}.
     *
     * @throws IllegalArgumentException naming why they cannot
     */
    public void checkTraffic(String roadnet) {
        List<String> names = traffic.controllers();
        if (!names.isEmpty()) {
            traffic.offlineSignals(withIntersectionRoads(roadnet), names.get(0));
        }
    }

    /**
     * The roadnet with every intersection's {@code roads} listed, as CityFlow's own files have them and the traffic
     * module's importer needs them; the engine and generated grids do without. Intersections that list them keep
     * theirs.
     */
    static String withIntersectionRoads(String roadnet) {
        JsonNode root;
        try {
            root = JSON.readTree(roadnet);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("the roadnet is not JSON", e);
        }
        if (!(root instanceof ObjectNode)
                || !root.path("intersections").isArray()
                || !root.path("roads").isArray()) {
            return roadnet;
        }
        Map<String, List<String>> roadsOf = new LinkedHashMap<>();
        for (JsonNode r : root.get("roads")) {
            String id = r.path("id").asText();
            roadsOf.computeIfAbsent(r.path("startIntersection").asText(), k -> new ArrayList<>())
                    .add(id);
            roadsOf.computeIfAbsent(r.path("endIntersection").asText(), k -> new ArrayList<>())
                    .add(id);
        }
        boolean changed = false;
        for (JsonNode x : root.get("intersections")) {
            if (x instanceof ObjectNode o && !o.path("roads").isArray()) {
                ArrayNode roads = o.putArray("roads");
                roadsOf.getOrDefault(o.path("id").asText(), List.of()).forEach(roads::add);
                changed = true;
            }
        }
        return changed ? root.toString() : roadnet;
    }
}
