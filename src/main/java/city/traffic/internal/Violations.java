package city.traffic.internal;

import city.platform.geo.GeoPoint;
import city.traffic.internal.network.Road;
import city.traffic.internal.network.RoadNetwork;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;

/**
 * Traffic violations from camera events, with the fine the Road Traffic Safety Law sets as Shanghai applies it:
 * running a red light 200 yuan; speeding by less than 20% 200 yuan, by 20-50% 1,000 yuan, by more than 50% 2,000
 * yuan. The same camera event reported twice is recorded once (plate, kind and time are unique).
 */
@ApplicationScoped
public class Violations {

    public enum Kind {
        RED_LIGHT,
        SPEEDING
    }

    /** A recorded violation. */
    public record ViolationView(
            UUID id,
            Kind kind,
            String plate,
            String roadId,
            String roadNameZh,
            String roadNameEn,
            String intersectionId,
            double lat,
            double lon,
            Instant observedAt,
            Double speedKmh,
            Double limitKmh,
            String evidence,
            long fineFen) {}

    private final DataSource dataSource;
    private final TrafficNetworks networks;
    private final Clock clock;

    Violations(DataSource dataSource, TrafficNetworks networks, Clock clock) {
        this.dataSource = dataSource;
        this.networks = networks;
        this.clock = clock;
    }

    /** The fine of a violation in fen. */
    public static long fineFen(Kind kind, Double speedKmh, Double limitKmh) {
        if (kind == Kind.RED_LIGHT) {
            return 20_000;
        }
        double over = (speedKmh - limitKmh) / limitKmh;
        if (over <= 0) {
            return 0;
        }
        return over < 0.2 ? 20_000 : over <= 0.5 ? 100_000 : 200_000;
    }

    /** Records a violation; returns false when the same one was recorded before. */
    public boolean record(
            Kind kind, String plate, String roadId, Instant at, Double speedKmh, Double limitKmh, String evidence) {
        RoadNetwork network = networks.current();
        Road road = network.road(roadId);
        GeoPoint where =
                network.findIntersection(road.to()).map(i -> i.location()).orElseThrow();
        Double limit = kind == Kind.SPEEDING && limitKmh == null ? Double.valueOf(road.speedLimitKmh()) : limitKmh;
        try (Connection c = dataSource.getConnection();
                PreparedStatement ps = c.prepareStatement("insert into traffic.violation (id, kind, plate, road_id,"
                        + " intersection_id, lat, lon, observed_at, speed_kmh, limit_kmh, evidence, fine_fen,"
                        + " recorded_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
                        + " on conflict (plate, kind, observed_at) do nothing")) {
            ps.setObject(1, UUID.randomUUID());
            ps.setString(2, kind.name());
            ps.setString(3, plate);
            ps.setString(4, roadId);
            ps.setString(5, road.to());
            ps.setDouble(6, where.lat());
            ps.setDouble(7, where.lon());
            ps.setTimestamp(8, Timestamp.from(at));
            ps.setObject(9, speedKmh);
            ps.setObject(10, limit);
            ps.setString(11, evidence);
            ps.setLong(12, fineFen(kind, speedKmh, limit));
            ps.setTimestamp(13, Timestamp.from(clock.instant()));
            return ps.executeUpdate() == 1;
        } catch (SQLException e) {
            throw new IllegalStateException("cannot record a violation", e);
        }
    }

    /** A plate's violations, newest first; or the newest of all plates when {@code plate} is null. */
    public List<ViolationView> find(String plate, int limit) {
        List<ViolationView> out = new ArrayList<>();
        RoadNetwork network = networks.current();
        try (Connection c = dataSource.getConnection();
                PreparedStatement ps = c.prepareStatement("select id, kind, plate, road_id, intersection_id, lat, lon,"
                        + " observed_at, speed_kmh, limit_kmh, evidence, fine_fen from traffic.violation"
                        + (plate == null ? "" : " where plate = ?") + " order by observed_at desc limit "
                        + Math.max(1, Math.min(limit, 500)))) {
            if (plate != null) {
                ps.setString(1, plate);
            }
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    String roadId = rs.getString(4);
                    var road = network.findRoad(roadId);
                    out.add(new ViolationView(
                            rs.getObject(1, UUID.class),
                            Kind.valueOf(rs.getString(2)),
                            rs.getString(3),
                            roadId,
                            road.map(r -> r.name().zh()).orElse(roadId),
                            road.map(r -> r.name().en()).orElse(roadId),
                            rs.getString(5),
                            rs.getDouble(6),
                            rs.getDouble(7),
                            rs.getTimestamp(8).toInstant(),
                            rs.getObject(9) == null ? null : rs.getDouble(9),
                            rs.getObject(10) == null ? null : rs.getDouble(10),
                            rs.getString(11),
                            rs.getLong(12)));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read violations", e);
        }
        return out;
    }
}
