package city.simulation.evaluation;

import city.simulation.traffic.CityFlowReader;
import city.simulation.traffic.CityFlowWriter;
import city.simulation.traffic.Grids;
import city.simulation.traffic.Network;
import city.simulation.traffic.OdDemand;
import city.traffic.api.TrafficControllers;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.jboss.logging.Logger;

/**
 * The scenarios the platform ships. Each has a stable key; at start every one missing from the database is built and
 * stored (once: a stored built-in is never rebuilt, so past runs keep the scenario they ran). Adding one is one call
 * in {@link #builtIns()}:
 *
 * <pre>
 * add(out, "city-rush-hour", "默认城市早高峰", "The default city at rush hour", () -&gt; roadnet, () -&gt; flow);
 * </pre>
 *
 * The files are supplied lazily, so that a built-in already stored costs nothing at start.
 */
@ApplicationScoped
public class ScenarioLibrary {

    private static final Logger LOG = Logger.getLogger(ScenarioLibrary.class);

    /** A built-in scenario: its key, its names, and how to make its CityFlow roadnet and flow documents. */
    public record BuiltIn(String key, String nameZh, String nameEn, Supplier<String> roadnet, Supplier<String> flow) {}

    private final Scenarios scenarios;

    ScenarioLibrary(Scenarios scenarios) {
        this.scenarios = scenarios;
    }

    /** The built-in scenarios, in the order the page offers them. */
    List<BuiltIn> builtIns() {
        List<BuiltIn> out = new ArrayList<>();
        add(
                out,
                "default-city-morning-rush-1h",
                "默认城市早高峰 8:00–9:00（起讫矩阵需求）",
                "The default city, morning rush 8:00-9:00 (origin-destination demand)",
                ScenarioLibrary::defaultCity,
                () -> defaultCityRush(OdDemand.RUSH_HOUR_PEAK_PER_HOUR, 8 * 3600, 3600));
        add(
                out,
                "grid-4x4-saturated-1h",
                "饱和 4×4 网格路网，1 小时",
                "Saturated 4x4 grid, 1 hour",
                () -> Grids.saturatedRoadnet(4, 4),
                () -> Grids.saturatedFlow(4, 4, 3600));
        add(
                out,
                "grid-3x3-saturated-1h",
                "饱和 3×3 网格路网，1 小时（较快）",
                "Saturated 3x3 grid, 1 hour (quicker)",
                () -> Grids.saturatedRoadnet(3, 3),
                () -> Grids.saturatedFlow(3, 3, 3600));
        return out;
    }

    private static String defaultCity() {
        return TrafficControllers.load().defaultCityRoadnet();
    }

    /**
     * The default city's demand: its boundary matrix at {@code peakPerHour} with the weekday profile, {@code seconds}
     * from second {@code startOfDay} of the day, drawn with seed 1, as a flow.json document.
     */
    static String defaultCityRush(double peakPerHour, double startOfDay, double seconds) {
        Network network = CityFlowReader.readRoadnet(defaultCity());
        OdDemand demand = new OdDemand(
                network,
                OdDemand.boundaryMatrix(network, peakPerHour),
                OdDemand.DayProfile.WEEKDAY,
                OdDemand.CITY_CAR,
                1);
        return CityFlowWriter.flow(demand.demand(seconds, startOfDay));
    }

    private static void add(
            List<BuiltIn> out,
            String key,
            String nameZh,
            String nameEn,
            Supplier<String> roadnet,
            Supplier<String> flow) {
        out.add(new BuiltIn(key, nameZh, nameEn, roadnet, flow));
    }

    void seed(@Observes @Priority(50) StartupEvent event) {
        for (BuiltIn b : builtIns()) {
            register(b);
        }
    }

    /**
     * Stores a built-in scenario unless one with its key is stored already.
     *
     * @return the stored scenario
     * @throws city.platform.rest.ProblemException when its files are not a scenario the engine can run (a bug)
     */
    public ScenarioInfo register(BuiltIn b) {
        return scenarios.findByKey(b.key()).orElseGet(() -> {
            String roadnet = b.roadnet().get();
            String flow = b.flow().get();
            ScenarioInfo info = scenarios.insert(
                    b.key(), b.nameZh(), b.nameEn(), roadnet, flow, Scenarios.check(roadnet, flow), "system");
            LOG.infof("simulation: built-in scenario \"%s\" stored (%d flows)", b.nameEn(), info.flows());
            return info;
        });
    }
}
