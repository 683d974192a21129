package city.simulation;

import city.simulation.evaluation.ScenarioInfo;
import city.simulation.evaluation.Scenarios;
import city.simulation.traffic.Grids;
import io.quarkus.arc.Arc;

/** Small scenarios for the twin's evaluation tests: the saturated 2x2 grid, quick to run. */
public final class TwinScenarios {

    public static final String ROADNET = Grids.saturatedRoadnet(2, 2);
    public static final String FLOW = Grids.saturatedFlow(2, 2, 300);

    private TwinScenarios() {}

    /** Stores the 2x2 grid for 300 s of demand under a name, as an upload. */
    public static ScenarioInfo tiny(String name) {
        return Arc.container().instance(Scenarios.class).get().upload(name, name, ROADNET, FLOW, "test");
    }
}
