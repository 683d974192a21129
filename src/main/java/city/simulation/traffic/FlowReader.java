package city.simulation.traffic;

import city.simulation.traffic.CityFlowReader.Fields;
import city.simulation.traffic.Demand.Flow;
import city.simulation.traffic.Demand.VehicleType;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;

/** Reads a CityFlow {@code flow.json} against a network; see {@link CityFlowReader}. */
final class FlowReader {

    private FlowReader() {}

    static Demand read(JsonNode root, Network network) {
        if (root == null || !root.isArray()) {
            throw new ScenarioException("flow", "not a JSON array of flows");
        }
        Fields f = new Fields();
        List<Flow> flows = new ArrayList<>(root.size());
        for (int i = 0; i < root.size(); i++) {
            Flow flow = readFlow(root.get(i), "flow[" + i + "]", network, f);
            if (flow != null) {
                flows.add(flow);
            }
        }
        if (!f.problems.isEmpty()) {
            throw new ScenarioException("flow", f.problems);
        }
        return new Demand(flows);
    }

    private static Flow readFlow(JsonNode o, String path, Network network, Fields f) {
        if (!o.isObject()) {
            f.problems.add(path + ": not an object");
            return null;
        }
        int before = f.problems.size();
        JsonNode v = o.get("vehicle");
        VehicleType type = null;
        if (v == null || !v.isObject()) {
            f.problems.add(path + ".vehicle: missing or not an object");
        } else {
            String vp = path + ".vehicle";
            type = new VehicleType(
                    positive(f, v, "length", vp),
                    f.number(v, "width", vp),
                    positive(f, v, "maxPosAcc", vp),
                    positive(f, v, "maxNegAcc", vp),
                    positive(f, v, "usualPosAcc", vp),
                    positive(f, v, "usualNegAcc", vp),
                    notNegative(f, v, "minGap", vp),
                    positive(f, v, "maxSpeed", vp),
                    notNegative(f, v, "headwayTime", vp));
        }
        List<String> route = new ArrayList<>();
        JsonNode rs = f.array(o, "route", path);
        f.check(rs.size() > 0, path + ".route: empty");
        int previous = -1;
        for (int k = 0; k < rs.size(); k++) {
            String id = rs.get(k).asText(null);
            int road = id == null ? -1 : network.roadIndex(id);
            if (road < 0) {
                f.problems.add(
                        path + ".route[" + k + "]: no road \"" + rs.get(k).asText() + "\"");
                previous = -1;
                continue;
            }
            if (previous >= 0) {
                String why = connection(network, previous, road);
                if (why != null) {
                    f.problems.add(path + ".route[" + k + "]: " + why);
                }
            }
            route.add(id);
            previous = road;
        }
        double interval = f.number(o, "interval", path);
        double start = f.number(o, "startTime", path, 0);
        double end = f.number(o, "endTime", path, -1);
        f.check(!(start < 0), path + ".startTime: negative");
        f.check(!(end >= 0 && end < start), path + ".endTime: before startTime");
        f.check(!(interval <= 0) || end == start, path + ".interval: must be positive when the flow repeats");
        if (f.problems.size() > before) {
            return null;
        }
        return new Flow(type, route, interval, start, end);
    }

    /** @return why a vehicle cannot drive from road {@code a} into road {@code b}, or null when it can */
    static String connection(Network network, int a, int b) {
        Network.Road from = network.road(a);
        Network.Road to = network.road(b);
        Network.Intersection x = network.intersection(from.to());
        if (x.virtual()) {
            return from.id() + " ends at virtual intersection " + x.id() + ", where vehicles can only leave";
        }
        if (to.from() != from.to()) {
            return to.id() + " does not start where " + from.id() + " ends (" + x.id() + ")";
        }
        for (Network.RoadLink link : x.roadLinks()) {
            if (link.startRoad() == a
                    && link.endRoad() == b
                    && !link.laneLinks().isEmpty()) {
                return null;
            }
        }
        return "no road link of " + x.id() + " leads from " + from.id() + " into " + to.id();
    }

    private static double positive(Fields f, JsonNode o, String field, String path) {
        double x = f.number(o, field, path);
        f.check(!(x <= 0), path + "." + field + ": must be positive");
        return x;
    }

    private static double notNegative(Fields f, JsonNode o, String field, String path) {
        double x = f.number(o, field, path);
        f.check(!(x < 0), path + "." + field + ": negative");
        return x;
    }
}
