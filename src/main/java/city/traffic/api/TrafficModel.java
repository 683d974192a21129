package city.traffic.api;

import city.platform.geo.GeoPoint;
import java.util.List;

/**
 * What a model of the city's traffic (the digital twin) needs from the traffic module: the active road network, the
 * live signals, and the module's own controllers to run on a model. Networks travel as CityFlow {@code roadnet.json}
 * documents; a road link is named by its intersection and its index in that intersection's {@code roadLinks}.
 */
public interface TrafficModel {

    /** The active road network as a CityFlow roadnet.json document. */
    String activeRoadnet();

    /** Where a point of the active network (metres east and north, as in its roadnet) lies on the map. */
    GeoPoint toGeo(double x, double y);

    /** Whether the live signal of an intersection gives green to one of its road links now (false if no signal). */
    boolean liveGreen(String intersectionId, int roadLinkIndex);

    /** The controllers operators choose among, as {@link #offlineSignals} takes them. */
    List<String> controllers();

    /**
     * Signals for a run on a model: every signalised intersection of {@code roadnetJson} under {@code controller}
     * (one of {@link #controllers()}), with the same clearances, minimum greens and safety rules as the live ones.
     *
     * @throws IllegalArgumentException for an unknown controller or a network that does not import
     */
    OfflineSignals offlineSignals(String roadnetJson, String controller);
}
