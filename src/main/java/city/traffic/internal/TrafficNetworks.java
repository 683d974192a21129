package city.traffic.internal;

import city.platform.rest.Problem;
import city.platform.rest.ProblemException;
import city.traffic.api.event.NetworkActivated;
import city.traffic.internal.network.CityFlowFormat;
import city.traffic.internal.network.DefaultCity;
import city.traffic.internal.network.Intersection;
import city.traffic.internal.network.InvalidRoadNetworkException;
import city.traffic.internal.network.RoadNetwork;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.ws.rs.core.Response;
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
import javax.sql.DataSource;
import org.jboss.logging.Logger;

/**
 * The road network signals run on: kept in the database as its CityFlow roadnet document, in memory as the model.
 * On first start the default city (128 signalised intersections) is created. An operator may replace it with an
 * uploaded roadnet: the file is validated whole first, so an invalid one changes nothing.
 */
@ApplicationScoped
public class TrafficNetworks {

    private static final Logger LOG = Logger.getLogger(TrafficNetworks.class);
    static final int MAX_PROBLEMS = 200;

    /** A stored network, without its document. */
    public record NetworkInfo(
            long id,
            String name,
            int intersections,
            int signalised,
            int roads,
            boolean active,
            Instant createdAt,
            String createdBy) {}

    private final DataSource dataSource;
    private final LiveTraffic live;
    private final jakarta.enterprise.event.Event<NetworkInstalled> installed;
    private final jakarta.enterprise.event.Event<NetworkActivated> activated;
    private final Clock clock;
    private volatile RoadNetwork current;
    private volatile NetworkInfo currentInfo;

    TrafficNetworks(
            DataSource dataSource,
            LiveTraffic live,
            jakarta.enterprise.event.Event<NetworkInstalled> installed,
            jakarta.enterprise.event.Event<NetworkActivated> activated,
            Clock clock) {
        this.dataSource = dataSource;
        this.live = live;
        this.installed = installed;
        this.activated = activated;
        this.clock = clock;
    }

    void start(@Observes @Priority(20) StartupEvent event) {
        long t0 = System.nanoTime();
        try (Connection c = dataSource.getConnection();
                Statement st = c.createStatement();
                ResultSet rs = st.executeQuery("select id, name, intersections, signalised, roads, created_at,"
                        + " created_by, roadnet::text from traffic.network where active")) {
            if (rs.next()) {
                NetworkInfo info = info(rs, true);
                install(CityFlowFormat.importRoadnet(rs.getString(8)), info);
            } else {
                RoadNetwork city = DefaultCity.build();
                install(city, store("默认城市 Default city", city, "system"));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the road network", e);
        }
        LOG.infof(
                "traffic: network \"%s\" with %d signalised intersections and %d roads in memory in %d ms",
                currentInfo.name(),
                currentInfo.signalised(),
                currentInfo.roads(),
                (System.nanoTime() - t0) / 1_000_000);
    }

    private static NetworkInfo info(ResultSet rs, boolean active) throws SQLException {
        return new NetworkInfo(
                rs.getLong(1),
                rs.getString(2),
                rs.getInt(3),
                rs.getInt(4),
                rs.getInt(5),
                active,
                rs.getTimestamp(6).toInstant(),
                rs.getString(7));
    }

    /** Makes a stored network the one everything runs on; other modules hear of it once it is. */
    private void install(RoadNetwork network, NetworkInfo info) {
        live.install(network);
        current = network;
        currentInfo = info;
        installed.fire(new NetworkInstalled(network));
        // the network's row is committed (store commits before it returns): the event says what is durable
        activated.fire(new NetworkActivated(info.id(), info.name(), info.createdAt()));
    }

    public RoadNetwork current() {
        return current;
    }

    public NetworkInfo currentInfo() {
        return currentInfo;
    }

    /**
     * Validates an uploaded CityFlow roadnet and makes it the active network.
     *
     * @throws ProblemException 400 naming every problem of the file (at most {@value #MAX_PROBLEMS}); nothing changes
     */
    public NetworkInfo replace(String name, String roadnet, String userId) {
        if (name == null || name.isBlank() || name.length() > 200) {
            throw ProblemException.invalidField("name", "a name of 1 to 200 characters is required");
        }
        RoadNetwork network;
        try {
            network = CityFlowFormat.importRoadnet(roadnet);
        } catch (InvalidRoadNetworkException e) {
            List<Problem.FieldError> errors = new ArrayList<>();
            e.problems().stream()
                    .limit(MAX_PROBLEMS)
                    .forEach(p -> errors.add(new Problem.FieldError(p.path(), p.message())));
            throw new ProblemException(
                    Response.Status.BAD_REQUEST,
                    "https://city.example/problems/invalid-roadnet",
                    "The file is not a valid CityFlow roadnet; nothing was imported.",
                    errors);
        }
        if (network.signalisedIntersections().isEmpty()) {
            throw ProblemException.invalidField("roadnet", "the network has no signalised intersection to control");
        }
        NetworkInfo info = store(name.strip(), network, userId);
        install(network, info);
        return info;
    }

    private NetworkInfo store(String name, RoadNetwork network, String userId) {
        String json = CityFlowFormat.exportRoadnet(network);
        int signalised = network.signalisedIntersections().size();
        int intersections =
                (int) network.intersections().stream().filter(i -> !i.virtual()).count();
        Instant now = clock.instant();
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try (Statement st = c.createStatement()) {
                st.executeUpdate("update traffic.network set active = false where active");
            }
            long id;
            try (PreparedStatement ps = c.prepareStatement(
                    "insert into traffic.network (name, roadnet, intersections, signalised, roads, active, created_at,"
                            + " created_by) values (?, cast(? as jsonb), ?, ?, ?, true, ?, ?) returning id")) {
                ps.setString(1, name);
                ps.setString(2, json);
                ps.setInt(3, intersections);
                ps.setInt(4, signalised);
                ps.setInt(5, network.roads().size());
                ps.setTimestamp(6, Timestamp.from(now));
                ps.setString(7, userId);
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    id = rs.getLong(1);
                }
            }
            c.commit();
            return new NetworkInfo(
                    id, name, intersections, signalised, network.roads().size(), true, now, userId);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot store the road network", e);
        }
    }

    /** Every stored network, newest first. */
    public List<NetworkInfo> all() {
        List<NetworkInfo> out = new ArrayList<>();
        try (Connection c = dataSource.getConnection();
                Statement st = c.createStatement();
                ResultSet rs = st.executeQuery("select id, name, intersections, signalised, roads, created_at,"
                        + " created_by, active from traffic.network order by id desc")) {
            while (rs.next()) {
                out.add(info(rs, rs.getBoolean(8)));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the road networks", e);
        }
        return out;
    }

    public Intersection intersection(String id) {
        return current.findIntersection(id).orElseThrow(() -> ProblemException.notFound("No intersection " + id + "."));
    }
}
