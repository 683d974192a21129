package city.traffic.internal;

import city.platform.geo.GeoPoint;
import city.traffic.api.OfflineSignals;
import city.traffic.api.TrafficModel;
import city.traffic.internal.network.CityFlowFormat;
import city.traffic.internal.network.Point;
import city.traffic.internal.network.RoadNetwork;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/** The traffic module as the digital twin sees it (see {@link TrafficModel}). */
@ApplicationScoped
public class TwinAccess implements TrafficModel {

    private static final OfflineControllers CONTROLLERS = new OfflineControllers();

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
    public GeoPoint toGeo(double x, double y) {
        return networks.current().toGeo(new Point(x, y));
    }

    @Override
    public boolean liveGreen(String intersectionId, int roadLinkIndex) {
        return signals.isGreen(intersectionId, roadLinkIndex);
    }

    @Override
    public List<String> controllers() {
        return CONTROLLERS.names();
    }

    @Override
    public OfflineSignals offlineSignals(String roadnetJson, String controller) {
        return CONTROLLERS.signals(roadnetJson, controller);
    }
}
