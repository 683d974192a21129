package city.traffic.internal;

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
import javax.sql.DataSource;

/** The record of what operators did to signals. */
@ApplicationScoped
public class SignalActions {

    /** One action. */
    public record Action(String intersectionId, String action, String detail, String by, String byName, Instant at) {}

    private final DataSource dataSource;
    private final Clock clock;

    SignalActions(DataSource dataSource, Clock clock) {
        this.dataSource = dataSource;
        this.clock = clock;
    }

    public void record(String intersectionId, String action, String detail, String by, String byName) {
        try (Connection c = dataSource.getConnection();
                PreparedStatement ps = c.prepareStatement("insert into traffic.signal_action (intersection_id,"
                        + " action, detail, done_by, done_by_name, done_at) values (?, ?, ?, ?, ?, ?)")) {
            ps.setString(1, intersectionId);
            ps.setString(2, action);
            ps.setString(3, detail);
            ps.setString(4, by);
            ps.setString(5, byName);
            ps.setTimestamp(6, Timestamp.from(clock.instant()));
            ps.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("cannot record a signal action", e);
        }
    }

    /** The newest actions, of one intersection or of all. */
    public List<Action> recent(String intersectionId, int limit) {
        List<Action> out = new ArrayList<>();
        try (Connection c = dataSource.getConnection();
                PreparedStatement ps = c.prepareStatement("select intersection_id, action, detail, done_by,"
                        + " done_by_name, done_at from traffic.signal_action"
                        + (intersectionId == null ? "" : " where intersection_id = ?")
                        + " order by done_at desc, id desc limit " + Math.max(1, Math.min(limit, 500)))) {
            if (intersectionId != null) {
                ps.setString(1, intersectionId);
            }
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new Action(
                            rs.getString(1),
                            rs.getString(2),
                            rs.getString(3),
                            rs.getString(4),
                            rs.getString(5),
                            rs.getTimestamp(6).toInstant()));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read signal actions", e);
        }
        return out;
    }
}
