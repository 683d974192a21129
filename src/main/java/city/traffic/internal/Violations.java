package city.traffic.internal;

import city.platform.geo.GeoPoint;
import city.traffic.internal.network.Road;
import city.traffic.internal.network.RoadNetwork;
import io.quarkus.narayana.jta.QuarkusTransaction;
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
import java.util.Optional;
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
            long fineFen,
            Instant paidAt,
            UUID paymentId) {

        @com.fasterxml.jackson.annotation.JsonProperty("paid")
        public boolean paid() {
            return paidAt != null;
        }
    }

    private final DataSource dataSource;
    private final FineNotices notices;
    private final TrafficNetworks networks;
    private final Clock clock;

    Violations(DataSource dataSource, TrafficNetworks networks, Clock clock, FineNotices notices) {
        this.notices = notices;
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

    /**
     * Records a violation and, in the same transaction, tells the plate's registered owner (if any); returns false
     * when the same one was recorded before (and then nobody is told again).
     */
    public boolean record(
            Kind kind, String plate, String roadId, Instant at, Double speedKmh, Double limitKmh, String evidence) {
        return QuarkusTransaction.joiningExisting()
                .call(() -> insert(kind, plate, roadId, at, speedKmh, limitKmh, evidence));
    }

    private boolean insert(
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
            UUID id = UUID.randomUUID();
            long fine = fineFen(kind, speedKmh, limit);
            ps.setObject(1, id);
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
            ps.setLong(12, fine);
            ps.setTimestamp(13, Timestamp.from(clock.instant()));
            if (ps.executeUpdate() != 1) {
                return false;
            }
            notices.recorded(id, kind, plate, at, road.name().zh(), road.name().en(), fine);
            return true;
        } catch (SQLException e) {
            throw new IllegalStateException("cannot record a violation", e);
        }
    }

    /** A plate's violations, newest first; or the newest of all plates when {@code plate} is null. */
    public List<ViolationView> find(String plate, int limit) {
        return plate == null ? select("", List.of(), limit) : select(" where plate = ?", List.of(plate), limit);
    }

    /** The violations of any of these plates (a driver's), newest first. */
    public List<ViolationView> ofPlates(List<String> plates, int limit) {
        if (plates.isEmpty()) {
            return List.of();
        }
        return select(" where plate = any (?)", List.<Object>of((Object) plates.toArray(String[]::new)), limit);
    }

    public Optional<ViolationView> get(UUID id) {
        return select(" where id = ?", List.of(id), 1).stream().findFirst();
    }

    /**
     * Records that a payment paid a violation's fine; false when it was paid already (by this payment or another).
     * Joins the caller's transaction, so that the charge and this mark commit together.
     */
    public boolean markPaid(UUID id, UUID paymentId) {
        try (Connection c = dataSource.getConnection();
                PreparedStatement ps = c.prepareStatement(
                        "update traffic.violation set paid_at = ?, payment_id = ? where id = ? and paid_at is null")) {
            ps.setTimestamp(1, Timestamp.from(clock.instant()));
            ps.setObject(2, paymentId);
            ps.setObject(3, id);
            return ps.executeUpdate() == 1;
        } catch (SQLException e) {
            throw new IllegalStateException("cannot mark a violation paid", e);
        }
    }

    private List<ViolationView> select(String where, List<Object> params, int limit) {
        List<ViolationView> out = new ArrayList<>();
        RoadNetwork network = networks.current();
        try (Connection c = dataSource.getConnection();
                PreparedStatement ps = c.prepareStatement("select id, kind, plate, road_id, intersection_id, lat, lon,"
                        + " observed_at, speed_kmh, limit_kmh, evidence, fine_fen, paid_at, payment_id"
                        + " from traffic.violation" + where + " order by observed_at desc limit "
                        + Math.max(1, Math.min(limit, 500)))) {
            for (int i = 0; i < params.size(); i++) {
                Object p = params.get(i);
                if (p instanceof String[] array) {
                    ps.setArray(i + 1, c.createArrayOf("text", array));
                } else {
                    ps.setObject(i + 1, p);
                }
            }
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    String roadId = rs.getString(4);
                    var road = network.findRoad(roadId);
                    Timestamp paidAt = rs.getTimestamp(13);
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
                            rs.getLong(12),
                            paidAt == null ? null : paidAt.toInstant(),
                            rs.getObject(14, UUID.class)));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read violations", e);
        }
        return out;
    }
}
