package city.traffic.internal;

import city.traffic.internal.network.Road;
import city.traffic.internal.network.RoadNetwork;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import javax.sql.DataSource;

/**
 * The city's figures for the control room: average speed, total queue, incidents of the last hour and the police's
 * mean time to arrival, now and as a series of the last two hours, sampled in memory (every 30 s by a scheduled job;
 * tests sample with the instants they need).
 */
@ApplicationScoped
public class TrafficKpis {

    /** How far back the series goes. */
    public static final Duration WINDOW = Duration.ofHours(2);

    /**
     * The figures at one moment. {@code averageSpeedKmh}: over the lanes with a measured speed, weighted by their
     * flow (null when no lane has both). {@code totalQueue}: vehicles queued on every road. {@code incidentsLastHour}:
     * incidents detected in the hour before. {@code meanMinutesToArrival}: from an incident's alert to its police
     * unit on the scene, over the incidents detected in the 24 hours before that have one (null when none has);
     * {@code arrivals} is how many.
     */
    public record Kpis(
            Instant at,
            Double averageSpeedKmh,
            double totalQueue,
            int incidentsLastHour,
            Double meanMinutesToArrival,
            int arrivals) {}

    /** The figures now and their series, oldest first. */
    public record KpiView(Kpis now, List<Kpis> series) {}

    private final LiveTraffic live;
    private final TrafficNetworks networks;
    private final IncidentDesk desk;
    private final DataSource dataSource;
    private final Clock clock;
    private final Deque<Kpis> samples = new ArrayDeque<>();

    TrafficKpis(LiveTraffic live, TrafficNetworks networks, IncidentDesk desk, DataSource dataSource, Clock clock) {
        this.live = live;
        this.networks = networks;
        this.desk = desk;
        this.dataSource = dataSource;
        this.clock = clock;
    }

    @Scheduled(every = "${city.traffic.kpis.every}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void sampleNow() {
        if (networks.current() != null) { // not before the network is loaded at start-up
            sample(clock.instant());
        }
    }

    /** Takes the figures at {@code at} into the series, forgetting those more than two hours older. */
    public Kpis sample(Instant at) {
        Kpis k = at(at);
        synchronized (samples) {
            // the series stays in time order: a sample earlier than the newest replaces those after it
            while (!samples.isEmpty() && !samples.peekLast().at().isBefore(at)) {
                samples.pollLast();
            }
            samples.addLast(k);
            Instant oldest = at.minus(WINDOW);
            while (samples.peekFirst().at().isBefore(oldest)) {
                samples.pollFirst();
            }
        }
        return k;
    }

    public List<Kpis> series() {
        synchronized (samples) {
            return List.copyOf(samples);
        }
    }

    public KpiView view() {
        return new KpiView(at(clock.instant()), series());
    }

    /** The figures at {@code at}: live state as it is, incidents as they were recorded up to {@code at}. */
    public Kpis at(Instant at) {
        RoadNetwork network = networks.current();
        List<LiveTraffic.LaneLive> lanes = new ArrayList<>();
        double queue = 0;
        for (Road r : network.roads()) {
            queue += live.roadQueue(r.id());
            for (int lane = 0; lane < r.laneCount(); lane++) {
                live.lane(r.id(), lane).ifPresent(lanes::add);
            }
        }
        Double speed = averageSpeed(lanes);
        int incidents = incidentsBetween(at.minus(Duration.ofHours(1)), at);
        double[] arrival = meanMinutesToArrival(at.minus(Duration.ofHours(24)), at);
        return new Kpis(
                at,
                speed == null ? null : TrafficMap.round(speed, 1),
                TrafficMap.round(queue, 1),
                incidents,
                arrival[1] == 0 ? null : TrafficMap.round(arrival[0], 1),
                (int) arrival[1]);
    }

    /** The flow-weighted mean speed over the lanes that have both a reading and a speed; null when none has flow. */
    static Double averageSpeed(Collection<LiveTraffic.LaneLive> lanes) {
        double weighted = 0;
        double flow = 0;
        for (LiveTraffic.LaneLive l : lanes) {
            if (l.observedTo() != null && l.averageSpeedKmh() != null && l.flowPerHour() > 0) {
                weighted += l.flowPerHour() * l.averageSpeedKmh();
                flow += l.flowPerHour();
            }
        }
        return flow == 0 ? null : weighted / flow;
    }

    /** Incidents detected in {@code (from, to]}: those written, and the open ones whose row is still on its way. */
    private int incidentsBetween(Instant from, Instant to) {
        Set<UUID> ids = new HashSet<>();
        try (Connection c = dataSource.getConnection();
                PreparedStatement ps = c.prepareStatement(
                        "select id from traffic.incident where detected_at > ? and detected_at <= ?")) {
            ps.setTimestamp(1, Timestamp.from(from));
            ps.setTimestamp(2, Timestamp.from(to));
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    ids.add(rs.getObject(1, UUID.class));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot count incidents", e);
        }
        for (IncidentView i : desk.open()) {
            if (i.detectedAt().isAfter(from) && !i.detectedAt().isAfter(to)) {
                ids.add(i.id());
            }
        }
        return ids.size();
    }

    /** {mean minutes, count} from alert to arrival on scene, of the incidents detected in {@code (from, to]}. */
    private double[] meanMinutesToArrival(Instant from, Instant to) {
        try (Connection c = dataSource.getConnection();
                PreparedStatement ps = c.prepareStatement("select avg(extract(epoch from on_scene_at - detected_at)),"
                        + " count(*) from traffic.incident where detected_at > ? and detected_at <= ?"
                        + " and on_scene_at is not null and on_scene_at <= ?")) {
            ps.setTimestamp(1, Timestamp.from(from));
            ps.setTimestamp(2, Timestamp.from(to));
            ps.setTimestamp(3, Timestamp.from(to));
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                double seconds = rs.getDouble(1);
                return new double[] {seconds / 60.0, rs.getLong(2)};
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot measure arrival times", e);
        }
    }
}
