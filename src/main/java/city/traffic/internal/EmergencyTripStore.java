package city.traffic.internal;

import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import javax.sql.DataSource;

/** The rows of {@code traffic.emergency_trip}: a trip as planned, its progress, and its end. */
@ApplicationScoped
class EmergencyTripStore {

    /** A trip as planned, when it is created. */
    record Planned(
            UUID id,
            String vehicleId,
            String originId,
            String hospitalId,
            String destinationId,
            List<String> route,
            boolean greenWave,
            Instant createdAt,
            String createdBy,
            double plannedSeconds) {}

    /** What a trip did so far; {@code endedAt} and {@code travelSeconds} once it is over (else null). */
    record Progress(
            EmergencyTrips.Status status,
            Instant endedAt,
            Double travelSeconds,
            Instant startedAt,
            int stops,
            int stopsAtRed,
            List<String> preempted) {}

    /** A stored trip. */
    record Row(Planned planned, Progress progress, int signalsPreempted) {}

    private final DataSource dataSource;

    EmergencyTripStore(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    void insert(Planned t) {
        try (Connection c = dataSource.getConnection();
                PreparedStatement ps = c.prepareStatement("insert into traffic.emergency_trip (id, vehicle_id,"
                        + " origin_id, hospital_id, destination_id, route, green_wave, status, created_at, created_by,"
                        + " planned_seconds) values (?, ?, ?, ?, ?, ?, ?, 'ACTIVE', ?, ?, ?)")) {
            ps.setObject(1, t.id());
            ps.setString(2, t.vehicleId());
            ps.setString(3, t.originId());
            ps.setString(4, t.hospitalId());
            ps.setString(5, t.destinationId());
            ps.setArray(6, c.createArrayOf("text", t.route().toArray()));
            ps.setBoolean(7, t.greenWave());
            ps.setTimestamp(8, Timestamp.from(t.createdAt()));
            ps.setString(9, t.createdBy());
            ps.setDouble(10, t.plannedSeconds());
            ps.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("trip could not be stored", e);
        }
    }

    /** Writes a trip's progress (and its end, when the progress has one). */
    void update(UUID id, Progress p) {
        try (Connection c = dataSource.getConnection();
                PreparedStatement ps = c.prepareStatement("update traffic.emergency_trip set status = ?,"
                        + " ended_at = ?, travel_seconds = ?, started_at = ?, stops = ?, stops_at_red = ?,"
                        + " signals_preempted = ?, preempted = ? where id = ?")) {
            ps.setString(1, p.status().name());
            ps.setTimestamp(2, timestamp(p.endedAt()));
            if (p.travelSeconds() == null) {
                ps.setNull(3, Types.REAL);
            } else {
                ps.setDouble(3, p.travelSeconds());
            }
            ps.setTimestamp(4, timestamp(p.startedAt()));
            ps.setInt(5, p.stops());
            ps.setInt(6, p.stopsAtRed());
            ps.setInt(7, p.preempted().size());
            ps.setArray(8, c.createArrayOf("text", p.preempted().toArray()));
            ps.setObject(9, id);
            ps.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("trip " + id + " could not be stored", e);
        }
    }

    /** Calls off every trip still active but those in {@code live}: their live state is gone with an earlier run. */
    void cancelActiveBut(Collection<UUID> live, Instant at) {
        try (Connection c = dataSource.getConnection();
                PreparedStatement ps = c.prepareStatement(
                        "update traffic.emergency_trip set status = 'CANCELLED', ended_at = ? where status = 'ACTIVE'"
                                + " and not (id = any (?))")) {
            ps.setTimestamp(1, Timestamp.from(at));
            ps.setArray(2, c.createArrayOf("uuid", live.toArray()));
            ps.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("the trips of an earlier run could not be closed", e);
        }
    }

    /** The latest trips, newest first. */
    List<Row> recent(int limit) {
        List<Row> out = new ArrayList<>();
        try (Connection c = dataSource.getConnection();
                PreparedStatement ps =
                        c.prepareStatement("select * from traffic.emergency_trip order by created_at desc limit ?")) {
            ps.setInt(1, limit);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(row(rs));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("trips could not be read", e);
        }
        return out;
    }

    Optional<Row> find(UUID id) {
        try (Connection c = dataSource.getConnection();
                PreparedStatement ps = c.prepareStatement("select * from traffic.emergency_trip where id = ?")) {
            ps.setObject(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(row(rs)) : Optional.empty();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("trip " + id + " could not be read", e);
        }
    }

    private static Row row(ResultSet rs) throws SQLException {
        double travel = rs.getDouble("travel_seconds");
        boolean noTravel = rs.wasNull();
        Planned planned = new Planned(
                rs.getObject("id", UUID.class),
                rs.getString("vehicle_id"),
                rs.getString("origin_id"),
                rs.getString("hospital_id"),
                rs.getString("destination_id"),
                strings(rs.getArray("route")),
                rs.getBoolean("green_wave"),
                instant(rs, "created_at"),
                rs.getString("created_by"),
                rs.getDouble("planned_seconds"));
        Progress progress = new Progress(
                EmergencyTrips.Status.valueOf(rs.getString("status")),
                instant(rs, "ended_at"),
                noTravel ? null : travel,
                instant(rs, "started_at"),
                rs.getInt("stops"),
                rs.getInt("stops_at_red"),
                strings(rs.getArray("preempted")));
        return new Row(planned, progress, rs.getInt("signals_preempted"));
    }

    private static Timestamp timestamp(Instant at) {
        return at == null ? null : Timestamp.from(at);
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }

    private static List<String> strings(Array a) throws SQLException {
        return a == null ? List.of() : Arrays.asList((String[]) a.getArray());
    }
}
