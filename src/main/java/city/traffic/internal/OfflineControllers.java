package city.traffic.internal;

import city.traffic.api.OfflineSignals;
import city.traffic.api.TrafficControllers;
import city.traffic.internal.network.CityFlowFormat;
import city.traffic.internal.network.DefaultCity;
import city.traffic.internal.network.InvalidRoadNetworkException;
import city.traffic.internal.network.RoadNetwork;
import java.util.Arrays;
import java.util.List;

/** The module's controllers on a model network (registered for {@link java.util.ServiceLoader}). */
public final class OfflineControllers implements TrafficControllers {

    @Override
    public List<String> names() {
        return Arrays.stream(SignalControl.Mode.values()).map(Enum::name).toList();
    }

    @Override
    public String defaultCityRoadnet() {
        return CityFlowFormat.exportRoadnet(DefaultCity.build());
    }

    @Override
    public OfflineSignals signals(String roadnetJson, String controller) {
        SignalControl.Mode mode;
        try {
            mode = SignalControl.Mode.valueOf(controller);
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new IllegalArgumentException("unknown controller " + controller + "; one of " + names());
        }
        RoadNetwork network;
        try {
            network = CityFlowFormat.importRoadnet(roadnetJson);
        } catch (InvalidRoadNetworkException e) {
            throw new IllegalArgumentException("the road network does not import: " + e.getMessage(), e);
        }
        return new OfflineSignalNetwork(network, mode);
    }
}
