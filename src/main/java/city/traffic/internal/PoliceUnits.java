package city.traffic.internal;

import city.platform.geo.GeoPoint;
import city.platform.rest.ProblemException;
import city.traffic.internal.network.Intersection;
import city.traffic.internal.network.RoadNetwork;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;

/** Traffic police units: where each waits (an intersection of the network) and whether it is free to send. */
@ApplicationScoped
public class PoliceUnits {

    /** A unit as the control room sees it. */
    public record UnitView(
            String id,
            String callSignZh,
            String callSignEn,
            String intersectionId,
            double lat,
            double lon,
            String status,
            UUID incidentId,
            Instant updatedAt) {}

    private final DataSource dataSource;
    private final TrafficNetworks networks;
    private final Clock clock;

    PoliceUnits(DataSource dataSource, TrafficNetworks networks, Clock clock) {
        this.dataSource = dataSource;
        this.networks = networks;
        this.clock = clock;
    }

    /** On first start, twelve units spread over the network's signalised intersections. */
    void seed(@Observes @Priority(30) StartupEvent event) throws SQLException {
        try (Connection c = dataSource.getConnection();
                Statement st = c.createStatement();
                ResultSet rs = st.executeQuery("select count(*) from traffic.police_unit")) {
            rs.next();
            if (rs.getInt(1) > 0) {
                return;
            }
        }
        List<Intersection> places = networks.current().signalisedIntersections();
        int units = Math.min(12, places.size());
        for (int i = 0; i < units; i++) {
            Intersection at = places.get((int) ((long) i * places.size() / units + places.size() / (2L * units)));
            String id = String.format("TP-%02d", i + 1);
            add(id, "交警" + (i + 1) + "号车", "Traffic police " + (i + 1), at.id());
        }
    }

    public void add(String id, String zh, String en, String intersectionId) {
        if (networks.current().findIntersection(intersectionId).isEmpty()) {
            throw ProblemException.invalidField("intersectionId", "no such intersection");
        }
        try (Connection c = dataSource.getConnection();
                PreparedStatement ps = c.prepareStatement("insert into traffic.police_unit (id, call_sign_zh,"
                        + " call_sign_en, intersection_id, status, updated_at) values (?, ?, ?, ?, 'AVAILABLE', ?)")) {
            ps.setString(1, id);
            ps.setString(2, zh);
            ps.setString(3, en);
            ps.setString(4, intersectionId);
            ps.setTimestamp(5, Timestamp.from(clock.instant()));
            ps.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("cannot add a police unit", e);
        }
    }

    /** A unit reports where it is (the intersection it is at or nearest to). */
    public UnitView move(String id, String intersectionId) {
        if (networks.current().findIntersection(intersectionId).isEmpty()) {
            throw ProblemException.invalidField("intersectionId", "no such intersection");
        }
        try (Connection c = dataSource.getConnection();
                PreparedStatement ps = c.prepareStatement(
                        "update traffic.police_unit set intersection_id = ?," + " updated_at = ? where id = ?")) {
            ps.setString(1, intersectionId);
            ps.setTimestamp(2, Timestamp.from(clock.instant()));
            ps.setString(3, id);
            if (ps.executeUpdate() == 0) {
                throw ProblemException.notFound("No police unit " + id + ".");
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot move a police unit", e);
        }
        return all().stream().filter(u -> u.id().equals(id)).findFirst().orElseThrow();
    }

    public List<UnitView> all() {
        List<UnitView> out = new ArrayList<>();
        RoadNetwork network = networks.current();
        try (Connection c = dataSource.getConnection();
                Statement st = c.createStatement();
                ResultSet rs = st.executeQuery("select id, call_sign_zh, call_sign_en, intersection_id, status,"
                        + " incident_id, updated_at from traffic.police_unit order by id")) {
            while (rs.next()) {
                String at = rs.getString(4);
                GeoPoint where =
                        network.findIntersection(at).map(Intersection::location).orElse(new GeoPoint(0, 0));
                out.add(new UnitView(
                        rs.getString(1),
                        rs.getString(2),
                        rs.getString(3),
                        at,
                        where.lat(),
                        where.lon(),
                        rs.getString(5),
                        rs.getObject(6, UUID.class),
                        rs.getTimestamp(7).toInstant()));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read police units", e);
        }
        return out;
    }
}
