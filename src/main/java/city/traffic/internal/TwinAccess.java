package city.traffic.internal;

import city.traffic.api.OfflineSignals;
import city.traffic.api.TrafficModel;
import city.traffic.internal.network.CityFlowFormat;
import city.traffic.internal.network.InvalidRoadNetworkException;
import city.traffic.internal.network.RoadNetwork;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Arrays;
import java.util.List;

/** The traffic module as the digital twin sees it (see {@link TrafficModel}). */
@ApplicationScoped
public class TwinAccess implements TrafficModel {

    private final TrafficNetworks networks;
    private final SignalControl signals;
    private volatile RoadNetwork exported;
    private volatile String roadnet;

    TwinAccess(TrafficNetworks networks, SignalControl signals) {
        this.networks = networks;
        this.signals = signals;
    }

    @Override
    public String activeRoadnet() {
        RoadNetwork current = networks.current();
        if (current != exported) {
            roadnet = CityFlowFormat.exportRoadnet(current);
            exported = current;
        }
        return roadnet;
    }

    @Override
    public boolean liveGreen(String intersectionId, int roadLinkIndex) {
        return signals.isGreen(intersectionId, roadLinkIndex);
    }

    @Override
    public List<String> controllers() {
        return Arrays.stream(SignalControl.Mode.values()).map(Enum::name).toList();
    }

    @Override
    public OfflineSignals offlineSignals(String roadnetJson, String controller) {
        SignalControl.Mode mode;
        try {
            mode = SignalControl.Mode.valueOf(controller);
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new IllegalArgumentException("unknown controller " + controller + "; one of " + controllers());
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
