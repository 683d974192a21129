package city.simulation.traffic;

import static org.assertj.core.api.Assertions.assertThat;

import city.simulation.traffic.signals.FixedPlan;
import city.simulation.traffic.signals.TrafficModuleSignals;
import city.traffic.api.OfflineSignals;
import city.traffic.api.TrafficControllers;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The traffic module's own controllers drive a simulation through the traffic API, as on the street. */
class TrafficModuleSignalsTest {

    static final String ROADNET = withRoads(Grids.roadnet(2, 2, 300, 5, 30, true));

    /** CityFlow lists each intersection's roads; the engine does not need them, the traffic module's importer does. */
    static String withRoads(String roadnet) {
        try {
            var root = (com.fasterxml.jackson.databind.node.ObjectNode) Grids.JSON.readTree(roadnet);
            for (var x : root.withArray("intersections")) {
                var roads = ((ObjectNode) x).putArray("roads");
                for (var r : root.withArray("roads")) {
                    String id = x.get("id").asText();
                    if (r.get("startIntersection").asText().equals(id)
                            || r.get("endIntersection").asText().equals(id)) {
                        roads.add(r.get("id").asText());
                    }
                }
            }
            return Grids.JSON.writeValueAsString(root);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    static Scenario saturated() {
        List<ObjectNode> flows = new ArrayList<>();
        for (int j = 1; j <= 2; j++) {
            flows.add(Grids.flow(Grids.row(j, 2, 0), 3, 0, 1200));
            flows.add(Grids.flow(Grids.row(j, 2, 2), 3.5, 1, 1200));
        }
        for (int i = 1; i <= 2; i++) {
            flows.add(Grids.flow(Grids.column(i, 2, 1), 12, 2, 1200));
            flows.add(Grids.flow(Grids.column(i, 2, 3), 15, 3, 1200));
        }
        return Grids.scenario(ROADNET, flows);
    }

    RunResult run(Signals signals) {
        Simulation sim = new Simulation(saturated(), signals, Simulation.Options.DEFAULT);
        RunResult r = sim.run(1800);
        assertThat(sim.entered()).isEqualTo(sim.finished() + sim.onNetwork());
        return r;
    }

    @Test
    void everyControllerOfTheModuleRunsTheGridAndMaxPressureBeatsTheFixedPlan() {
        TrafficControllers controllers = TrafficControllers.load();
        assertThat(controllers.names()).containsExactly("PLAN", "WEBSTER", "ACTUATED", "MAX_PRESSURE");
        Network network = saturated().network();
        RunResult plan = run(new FixedPlan(network));
        RunResult pressure = run(new TrafficModuleSignals(network, controllers.signals(ROADNET, "MAX_PRESSURE")));
        for (String c : controllers.names()) {
            RunResult r = run(new TrafficModuleSignals(network, controllers.signals(ROADNET, c)));
            assertThat(r.finished()).as(c).isGreaterThan(100);
        }
        assertThat(pressure.averageTravelTime()).isLessThan(plan.averageTravelTime());
    }

    @Test
    void theModulesSignalsNeverShowAGreenOutsideTheirIntersections() {
        OfflineSignals s = TrafficControllers.load().signals(ROADNET, "ACTUATED");
        assertThat(s.intersections()).hasSize(4);
        assertThat(s.green("nowhere", 0)).isFalse();
    }
}
