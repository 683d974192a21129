package city.simulation.traffic;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** Writes demand as a CityFlow {@code flow.json} document, which {@link CityFlowReader#readFlow} reads back. */
public final class CityFlowWriter {

    private static final ObjectMapper JSON = new ObjectMapper();

    private CityFlowWriter() {}

    public static String flow(Demand demand) {
        ArrayNode out = JSON.createArrayNode();
        for (Demand.Flow f : demand.flows()) {
            ObjectNode o = out.addObject();
            Demand.VehicleType t = f.vehicle();
            o.putObject("vehicle")
                    .put("length", t.length())
                    .put("width", t.width())
                    .put("maxPosAcc", t.maxPosAcc())
                    .put("maxNegAcc", t.maxNegAcc())
                    .put("usualPosAcc", t.usualPosAcc())
                    .put("usualNegAcc", t.usualNegAcc())
                    .put("minGap", t.minGap())
                    .put("maxSpeed", t.maxSpeed())
                    .put("headwayTime", t.headwayTime());
            ArrayNode route = o.putArray("route");
            f.route().forEach(route::add);
            o.put("interval", f.interval()).put("startTime", f.startTime()).put("endTime", f.endTime());
        }
        return out.toString();
    }
}
