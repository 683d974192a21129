package city.traffic.internal;

import city.platform.geo.GeoPoint;
import city.platform.rest.ProblemException;
import city.traffic.internal.network.Intersection;
import city.traffic.internal.network.Road;
import city.traffic.internal.network.RoadNetwork;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.operators.multi.processors.BroadcastProcessor;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.Response;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import javax.sql.DataSource;
import org.jboss.logging.Logger;

/**
 * Incidents from detection to clearance. An alert exists the moment {@link #raise} returns: it is in memory and on
 * the live stream the control room listens to; the database row follows on a thread of its own. The lifecycle
 * (detected, dispatched, on scene, cleared) moves in database transactions; dispatch picks the nearest available
 * police unit by travel time over the network as it is now, and a unit is never sent to two incidents.
 */
@ApplicationScoped
public class IncidentDesk {

    /** The problem type of a dispatch that finds no available police unit (409). */
    public static final String NO_UNIT_AVAILABLE = "https://city.example/problems/no-police-unit-available";

    /** The problem type of a dispatch that another dispatch of the same incident came before (409). */
    public static final String DISPATCHED_MEANWHILE = "https://city.example/problems/incident-dispatched-meanwhile";

    private static final Logger LOG = Logger.getLogger(IncidentDesk.class);
    /** A second report of the same kind on the same road within this time is the same incident. */
    static final Duration SAME_INCIDENT = Duration.ofMinutes(10);

    private static final int LATENCY_SAMPLES = 10_000;

    private final DataSource dataSource;
    private final TrafficNetworks networks;
    private final LiveTraffic live;
    private final Clock clock;
    private final Map<UUID, IncidentView> open = new ConcurrentHashMap<>();
    private final Map<UUID, CompletableFuture<Void>> written = new ConcurrentHashMap<>();
    private final BroadcastProcessor<IncidentView> stream = BroadcastProcessor.create();
    private final ExecutorService writer = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "traffic-incidents");
        t.setDaemon(true);
        return t;
    });
    private final long[] latencies = new long[LATENCY_SAMPLES];
    private final long[] latencyAt = new long[LATENCY_SAMPLES];
    private int latencyCount;

    IncidentDesk(DataSource dataSource, TrafficNetworks networks, LiveTraffic live, Clock clock) {
        this.dataSource = dataSource;
        this.networks = networks;
        this.live = live;
        this.clock = clock;
    }

    /** Raises the alert of an incident, or answers the open one of that kind on that road. */
    public IncidentView raise(
            String kind, String source, String roadId, Integer lane, String evidence, Instant received) {
        return raise(UUID.randomUUID(), kind, source, roadId, lane, evidence, received);
    }

    /**
     * Raises the alert of an incident under the id of the report that shows it (a camera event raised again after a
     * restart keeps one row), or answers the open one of that kind on that road.
     */
    public IncidentView raise(
            UUID id, String kind, String source, String roadId, Integer lane, String evidence, Instant received) {
        Instant now = clock.instant();
        for (IncidentView i : open.values()) {
            if (i.kind().equals(kind)
                    && i.roadId().equals(roadId)
                    && i.detectedAt().plus(SAME_INCIDENT).isAfter(now)) {
                return i;
            }
        }
        RoadNetwork network = networks.current();
        Road road = network.road(roadId);
        GeoPoint where = network.toGeo(road.points().get(road.points().size() / 2));
        IncidentView incident = new IncidentView(
                id,
                kind,
                source,
                roadId,
                road.name().zh(),
                road.name().en(),
                lane,
                where.lat(),
                where.lon(),
                evidence,
                received,
                now,
                ChronoUnit.MICROS.between(received, now),
                "DETECTED",
                null,
                null,
                null,
                null,
                null);
        open.put(incident.id(), incident);
        recordLatency(incident.alertLatencyMicros(), now);
        stream.onNext(incident);
        written.put(incident.id(), CompletableFuture.runAsync(() -> insert(incident), writer));
        return incident;
    }

    private synchronized void recordLatency(long micros, Instant at) {
        latencies[latencyCount % LATENCY_SAMPLES] = micros;
        latencyAt[latencyCount % LATENCY_SAMPLES] = at.toEpochMilli();
        latencyCount++;
    }

    /** Alert latency over the last alerts (at most 10,000): {count, p50, p99} in microseconds. */
    public long[] latency() {
        return latency(Instant.EPOCH);
    }

    /** Alert latency over the last alerts (at most 10,000) raised at or after {@code since}: {count, p50, p99} µs. */
    public synchronized long[] latency(Instant since) {
        int n = Math.min(latencyCount, LATENCY_SAMPLES);
        long from = since.toEpochMilli();
        long[] picked = new long[n];
        int k = 0;
        for (int i = 0; i < n; i++) {
            if (latencyAt[i] >= from) {
                picked[k++] = latencies[i];
            }
        }
        if (k == 0) {
            return new long[] {0, 0, 0};
        }
        long[] sorted = Arrays.copyOf(picked, k);
        Arrays.sort(sorted);
        return new long[] {k, sorted[(k - 1) / 2], sorted[(int) Math.ceil(k * 0.99) - 1]};
    }

    private void insert(IncidentView i) {
        try (Connection c = dataSource.getConnection();
                PreparedStatement ps = c.prepareStatement("insert into traffic.incident (id, kind, source, road_id,"
                        + " lane, lat, lon, evidence, received_at, detected_at, status)"
                        + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'DETECTED') on conflict (id) do nothing")) {
            ps.setObject(1, i.id());
            ps.setString(2, i.kind());
            ps.setString(3, i.source());
            ps.setString(4, i.roadId());
            ps.setObject(5, i.lane());
            ps.setDouble(6, i.lat());
            ps.setDouble(7, i.lon());
            ps.setString(8, i.evidence());
            ps.setTimestamp(9, Timestamp.from(i.receivedAt()));
            ps.setTimestamp(10, Timestamp.from(i.detectedAt()));
            ps.executeUpdate();
        } catch (SQLException e) {
            LOG.errorf(e, "incident %s could not be written", i.id());
            throw new IllegalStateException(e);
        }
    }

    /** Completes once the incident's row is in the database (at once for an incident this desk did not raise). */
    public CompletableFuture<Void> whenWritten(UUID id) {
        return written.getOrDefault(id, CompletableFuture.completedFuture(null));
    }

    private void awaitWritten(UUID id) {
        CompletableFuture<Void> w = written.get(id);
        if (w != null) {
            w.join();
        }
    }

    /** The live stream of incidents: every new alert and every change of state. */
    public Multi<IncidentView> stream() {
        return stream;
    }

    public List<IncidentView> open() {
        return open.values().stream()
                .sorted(Comparator.comparing(IncidentView::detectedAt).reversed())
                .toList();
    }

    public Optional<IncidentView> find(UUID id) {
        IncidentView i = open.get(id);
        if (i != null) {
            return Optional.of(i);
        }
        awaitWritten(id);
        List<IncidentView> found = query("where id = ?", ps -> ps.setObject(1, id), 1);
        return found.stream().findFirst();
    }

    /** The newest incidents, open or not. */
    public List<IncidentView> recent(int limit) {
        return query("order by detected_at desc", ps -> {}, limit);
    }

    /**
     * Sends the nearest available unit (or the one named) to an incident that waits for one.
     *
     * @throws ProblemException 404 unknown incident; 409 when it is not waiting, of type {@link #NO_UNIT_AVAILABLE} when
     *     no unit is available, of type {@link #DISPATCHED_MEANWHILE} when another dispatch came first
     */
    public IncidentView dispatch(UUID id, String unitId, String by) {
        awaitWritten(id);
        IncidentView incident = find(id).orElseThrow(() -> ProblemException.notFound("No incident " + id + "."));
        if (!"DETECTED".equals(incident.status())) {
            throw ProblemException.conflict(
                    "This incident is " + incident.status().toLowerCase() + " already.");
        }
        RoadNetwork network = networks.current();
        Road road = network.road(incident.roadId());
        Router router = new Router(network);
        record Candidate(String unit, double seconds) {}
        List<Candidate> candidates = new ArrayList<>();
        try (Connection c = dataSource.getConnection();
                PreparedStatement ps = c.prepareStatement(
                        "select id, intersection_id from traffic.police_unit where status = 'AVAILABLE'")) {
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    if (unitId != null && !unitId.equals(rs.getString(1))) {
                        continue;
                    }
                    Router.Route route = router.fastest(rs.getString(2), road.from(), live::travelSeconds);
                    if (route != null) {
                        candidates.add(new Candidate(rs.getString(1), route.seconds() + live.travelSeconds(road) / 2));
                    }
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the police units", e);
        }
        candidates.sort(Comparator.comparingDouble(Candidate::seconds));
        Instant now = clock.instant();
        for (Candidate candidate : candidates) {
            try (Connection c = dataSource.getConnection()) {
                c.setAutoCommit(false);
                try (PreparedStatement unit = c.prepareStatement("update traffic.police_unit set status = 'DISPATCHED',"
                                + " incident_id = ?, updated_at = ? where id = ? and status = 'AVAILABLE'");
                        PreparedStatement inc = c.prepareStatement("update traffic.incident set status = 'DISPATCHED',"
                                + " unit_id = ?, dispatched_at = ?, eta_seconds = ?, updated_by = ?"
                                + " where id = ? and status = 'DETECTED'")) {
                    unit.setObject(1, id);
                    unit.setTimestamp(2, Timestamp.from(now));
                    unit.setString(3, candidate.unit());
                    inc.setString(1, candidate.unit());
                    inc.setTimestamp(2, Timestamp.from(now));
                    inc.setInt(3, (int) Math.round(candidate.seconds()));
                    inc.setString(4, by);
                    inc.setObject(5, id);
                    if (unit.executeUpdate() == 0) {
                        c.rollback();
                        continue;
                    }
                    if (inc.executeUpdate() == 0) {
                        c.rollback();
                        throw new ProblemException(
                                Response.Status.CONFLICT,
                                DISPATCHED_MEANWHILE,
                                "This incident was dispatched meanwhile.",
                                List.of());
                    }
                    c.commit();
                }
            } catch (SQLException e) {
                throw new IllegalStateException("cannot dispatch", e);
            }
            return changed(id);
        }
        throw new ProblemException(
                Response.Status.CONFLICT,
                NO_UNIT_AVAILABLE,
                "No police unit is available for this incident.",
                List.of());
    }

    /** The unit reports it reached the scene. */
    public IncidentView onScene(UUID id, String by) {
        return move(id, "DISPATCHED", "ON_SCENE", "on_scene_at", "ON_SCENE", by);
    }

    /** The road is clear; the unit is available again, where the incident was. */
    public IncidentView clear(UUID id, String by) {
        return move(id, null, "CLEARED", "cleared_at", "AVAILABLE", by);
    }

    private IncidentView move(UUID id, String from, String to, String column, String unitStatus, String by) {
        awaitWritten(id);
        IncidentView incident = find(id).orElseThrow(() -> ProblemException.notFound("No incident " + id + "."));
        if (incident.status().equals(to)) {
            return incident;
        }
        if ("CLEARED".equals(incident.status()) || (from != null && !from.equals(incident.status()))) {
            throw ProblemException.conflict(
                    "This incident is " + incident.status().toLowerCase() + ".");
        }
        Instant now = clock.instant();
        String at = networks.current().road(incident.roadId()).from();
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try (PreparedStatement inc = c.prepareStatement("update traffic.incident set status = ?, " + column
                            + " = ?, updated_by = ? where id = ? and status = ?");
                    PreparedStatement unit = c.prepareStatement("update traffic.police_unit set status = ?,"
                            + " incident_id = case when ? = 'AVAILABLE' then null else incident_id end,"
                            + " intersection_id = case when ? = 'AVAILABLE' then ? else intersection_id end,"
                            + " updated_at = ? where incident_id = ?")) {
                inc.setString(1, to);
                inc.setTimestamp(2, Timestamp.from(now));
                inc.setString(3, by);
                inc.setObject(4, id);
                inc.setString(5, incident.status());
                if (inc.executeUpdate() == 0) {
                    c.rollback();
                    throw ProblemException.conflict("This incident changed meanwhile; reload it.");
                }
                unit.setString(1, unitStatus);
                unit.setString(2, unitStatus);
                unit.setString(3, unitStatus);
                unit.setString(4, at);
                unit.setTimestamp(5, Timestamp.from(now));
                unit.setObject(6, id);
                unit.executeUpdate();
                c.commit();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot update the incident", e);
        }
        return changed(id);
    }

    private IncidentView changed(UUID id) {
        IncidentView now = query("where id = ?", ps -> ps.setObject(1, id), 1).get(0);
        if ("CLEARED".equals(now.status())) {
            open.remove(id);
        } else {
            open.put(id, now);
        }
        stream.onNext(now);
        return now;
    }

    private interface Binder {
        void bind(PreparedStatement ps) throws SQLException;
    }

    private List<IncidentView> query(String where, Binder binder, int limit) {
        List<IncidentView> out = new ArrayList<>();
        RoadNetwork network = networks.current();
        try (Connection c = dataSource.getConnection();
                PreparedStatement ps = c.prepareStatement("select id, kind, source, road_id, lane, lat, lon, evidence,"
                        + " received_at, detected_at, status, unit_id, dispatched_at, eta_seconds, on_scene_at,"
                        + " cleared_at from traffic.incident " + where + " limit "
                        + Math.max(1, Math.min(limit, 500)))) {
            binder.bind(ps);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    String roadId = rs.getString(4);
                    Optional<Road> road = network.findRoad(roadId);
                    Instant received = rs.getTimestamp(9).toInstant();
                    Instant detected = rs.getTimestamp(10).toInstant();
                    out.add(new IncidentView(
                            rs.getObject(1, UUID.class),
                            rs.getString(2),
                            rs.getString(3),
                            roadId,
                            road.map(r -> r.name().zh()).orElse(roadId),
                            road.map(r -> r.name().en()).orElse(roadId),
                            rs.getObject(5) == null ? null : ((Number) rs.getObject(5)).intValue(),
                            rs.getDouble(6),
                            rs.getDouble(7),
                            rs.getString(8),
                            received,
                            detected,
                            ChronoUnit.MICROS.between(received, detected),
                            rs.getString(11),
                            rs.getString(12),
                            instant(rs.getTimestamp(13)),
                            (Integer) rs.getObject(14),
                            instant(rs.getTimestamp(15)),
                            instant(rs.getTimestamp(16))));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read incidents", e);
        }
        return out;
    }

    private static Instant instant(Timestamp t) {
        return t == null ? null : t.toInstant();
    }

    /** The intersection a police unit waits at, for maps. */
    public Optional<Intersection> intersection(String id) {
        return networks.current().findIntersection(id);
    }
}
