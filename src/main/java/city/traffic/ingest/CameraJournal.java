package city.traffic.ingest;

import city.platform.db.BulkSql;
import city.platform.db.GroupCommitJournal;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;

/**
 * Camera events are durable before the camera hears 202: each request's events are written to
 * {@code traffic.camera_event} with group commit (the gantry taps' mechanism), and a row is deleted in the
 * transaction that records the event's effect. What is left is what was acknowledged and not yet applied.
 */
@ApplicationScoped
public class CameraJournal extends GroupCommitJournal<List<CameraEvent>> {

    private static final BulkSql.Insert<CameraEvent> INSERT = BulkSql.<CameraEvent>insert(
                    "insert into traffic.camera_event (id, type, road_id, lane, plate, speed_kmh, limit_kmh, evidence,"
                            + " observed_at, received_at)")
            .column("uuid", CameraEvent::id)
            .column("text", CameraEvent::type)
            .column("text", CameraEvent::roadId)
            .column("int", CameraEvent::lane)
            .column("text", CameraEvent::plate)
            .column("float8", CameraEvent::speedKmh)
            .column("float8", CameraEvent::limitKmh)
            .column("text", CameraEvent::evidence)
            .column("timestamptz", CameraEvent::observedAt)
            .column("timestamptz", CameraEvent::receivedAt)
            .then("on conflict (id) do nothing");

    private final DataSource dataSource;

    CameraJournal(DataSource dataSource) {
        super("camera-events", 200);
        this.dataSource = dataSource;
    }

    void start(@Observes StartupEvent event) {
        startWriting();
    }

    void stop(@Observes ShutdownEvent event) throws InterruptedException {
        stopWriting();
    }

    @Override
    protected void write(List<List<CameraEvent>> batch) throws SQLException {
        List<CameraEvent> rows = new ArrayList<>();
        batch.forEach(rows::addAll);
        try (Connection c = dataSource.getConnection()) {
            INSERT.execute(c, rows);
        }
    }

    /** Deletes an applied event's row; joins the caller's transaction. False when it was applied already. */
    boolean applied(UUID id) {
        try (Connection c = dataSource.getConnection();
                PreparedStatement ps = c.prepareStatement("delete from traffic.camera_event where id = ?")) {
            ps.setObject(1, id);
            return ps.executeUpdate() == 1;
        } catch (SQLException e) {
            throw new IllegalStateException("cannot mark a camera event applied", e);
        }
    }

    /** Events acknowledged before {@code before} and not applied, oldest first. */
    List<CameraEvent> pending(Instant before, int limit) {
        List<CameraEvent> out = new ArrayList<>();
        try (Connection c = dataSource.getConnection();
                PreparedStatement ps = c.prepareStatement("select id, type, road_id, lane, plate, speed_kmh,"
                        + " limit_kmh, evidence, observed_at, received_at from traffic.camera_event"
                        + " where received_at < ? order by received_at limit ?")) {
            ps.setTimestamp(1, Timestamp.from(before));
            ps.setInt(2, limit);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new CameraEvent(
                            rs.getObject(1, UUID.class),
                            rs.getString(2),
                            rs.getString(3),
                            (Integer) rs.getObject(4),
                            rs.getString(5),
                            (Double) rs.getObject(6),
                            (Double) rs.getObject(7),
                            rs.getString(8),
                            rs.getTimestamp(9).toInstant(),
                            rs.getTimestamp(10).toInstant()));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the camera journal", e);
        }
        return out;
    }
}
