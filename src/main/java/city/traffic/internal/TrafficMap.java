package city.traffic.internal;

import city.platform.geo.GeoPoint;
import city.traffic.internal.network.LocalTangentPlane;
import city.traffic.internal.network.Point;
import city.traffic.internal.network.Road;
import city.traffic.internal.network.RoadNetwork;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/**
 * The active network's geometry for drawing: intersections and roads with their positions on the network's own
 * plane (metres east and north of its anchor) and in degrees. Built once per installed network; its tag changes
 * when the network does, so clients may cache it.
 */
@ApplicationScoped
public class TrafficMap {

    /** The drawing of one network; {@code tag} identifies this version of it (an HTTP entity tag). */
    public record MapView(
            long networkId,
            String name,
            String tag,
            Anchor anchor,
            Bounds bounds,
            List<MapIntersection> intersections,
            List<MapRoad> roads) {}

    /**
     * The plane's anchor and its scale: a position is {@code x = (lon - lon0) * metresPerDegreeLon}, {@code y = (lat
     * - lat0) * metresPerDegreeLat}.
     */
    public record Anchor(double lat, double lon, double metresPerDegreeLat, double metresPerDegreeLon) {}

    /** The rectangle holding everything, in metres. */
    public record Bounds(double minX, double minY, double maxX, double maxY) {}

    /** A node: signalised (it has a signal), virtual (where traffic enters and leaves the network), or neither. */
    public record MapIntersection(
            String id,
            String nameZh,
            String nameEn,
            double lat,
            double lon,
            double x,
            double y,
            boolean signalised,
            boolean virtual) {}

    /** A one-way road; {@code points} are {@code [x, y]} pairs in metres from its start to its end. */
    public record MapRoad(
            String id,
            String nameZh,
            String nameEn,
            String from,
            String to,
            int lanes,
            double speedLimitKmh,
            double lengthMetres,
            List<double[]> points) {}

    private record Cached(RoadNetwork network, MapView view) {}

    private final TrafficNetworks networks;
    private volatile Cached cached;

    TrafficMap(TrafficNetworks networks) {
        this.networks = networks;
    }

    public MapView view() {
        RoadNetwork network = networks.current();
        Cached c = cached;
        if (c == null || c.network() != network) {
            c = new Cached(network, build(network, networks.currentInfo()));
            cached = c;
        }
        return c.view();
    }

    private static MapView build(RoadNetwork network, TrafficNetworks.NetworkInfo info) {
        RoadNetwork.Bounds b = network.bounds();
        List<MapIntersection> intersections = network.intersections().stream()
                .map(i -> new MapIntersection(
                        i.id(),
                        i.name().zh(),
                        i.name().en(),
                        round(i.location().lat(), 7),
                        round(i.location().lon(), 7),
                        round(i.position().x(), 1),
                        round(i.position().y(), 1),
                        i.signalised(),
                        i.virtual()))
                .toList();
        List<MapRoad> roads = network.roads().stream().map(TrafficMap::road).toList();
        long id = info == null ? 0 : info.id();
        String tag = "net-" + id + "-" + Integer.toHexString(network.hashCode());
        return new MapView(
                id,
                info == null ? "" : info.name(),
                tag,
                anchor(network.plane()),
                new Bounds(round(b.minX(), 1), round(b.minY(), 1), round(b.maxX(), 1), round(b.maxY(), 1)),
                intersections,
                roads);
    }

    private static MapRoad road(Road r) {
        return new MapRoad(
                r.id(),
                r.name().zh(),
                r.name().en(),
                r.from(),
                r.to(),
                r.laneCount(),
                round(r.speedLimitKmh(), 1),
                round(r.length(), 1),
                r.points().stream()
                        .map(p -> new double[] {round(p.x(), 1), round(p.y(), 1)})
                        .toList());
    }

    /** The plane is linear in degrees, so one degree's worth of metres in each direction is its whole scale. */
    static Anchor anchor(LocalTangentPlane plane) {
        GeoPoint a = plane.anchor();
        Point north = plane.toLocal(new GeoPoint(a.lat() + 0.01, a.lon()));
        Point east = plane.toLocal(new GeoPoint(a.lat(), a.lon() + 0.01));
        return new Anchor(a.lat(), a.lon(), round(north.y() / 0.01, 4), round(east.x() / 0.01, 4));
    }

    static double round(double v, int decimals) {
        double f = Math.pow(10, decimals);
        return Math.round(v * f) / f;
    }
}
