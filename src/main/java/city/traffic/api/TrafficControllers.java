package city.traffic.api;

import java.util.List;
import java.util.ServiceLoader;

/**
 * The traffic module's signal controllers for runs on a model, without the running platform: what a headless
 * evaluation (the twin's command line, a benchmark) uses. The same as {@link TrafficModel#offlineSignals}.
 */
public interface TrafficControllers {

    /** The controllers by name: PLAN, WEBSTER, ACTUATED, MAX_PRESSURE. */
    List<String> names();

    /**
     * Signals for every signalised intersection of {@code roadnetJson} (CityFlow) under {@code controller}.
     *
     * @throws IllegalArgumentException for an unknown controller or a network that does not import
     */
    OfflineSignals signals(String roadnetJson, String controller);

    /** The default city's road network (what the platform installs on first start) as a CityFlow roadnet.json. */
    String defaultCityRoadnet();

    /** The traffic module's implementation, found on the class path. */
    static TrafficControllers load() {
        return ServiceLoader.load(TrafficControllers.class)
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("the traffic module is not on the class path"));
    }
}
