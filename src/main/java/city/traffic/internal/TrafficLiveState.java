package city.traffic.internal;

import city.traffic.internal.network.Road;
import city.traffic.internal.network.RoadNetwork;
import io.smallrye.mutiny.Multi;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The city now, for the control room and the API: what every signal shows (the phase, or the clearance towards the
 * next one, since when, who decides) and every road's queue and speed with a congestion level. A stream sends the
 * whole picture once and then only what changed ({@link Deltas}).
 */
@ApplicationScoped
public class TrafficLiveState {

    /** Queues per lane (vehicles, mean over the road's lanes) from which a road is busy, and jammed. */
    public static final double BUSY_PER_LANE = 5;

    public static final double JAM_PER_LANE = 12;

    /**
     * One signal now. {@code stage} is GREEN (phase {@code phase} is green), YELLOW or ALL_RED (a clearance from
     * {@code phase} towards {@code nextPhase}), or UNKNOWN before the signal's first second. {@code since} is when
     * the stage began (null when unknown). The flags say which override is in effect: preemption comes before a
     * hold, a hold before a forced plan.
     */
    public record SignalLive(
            String intersectionId,
            SignalControl.Mode mode,
            String stage,
            int phase,
            int nextPhase,
            Instant since,
            String control,
            boolean held,
            boolean forced,
            boolean preempted) {}

    /**
     * One road now: its queue (vehicles, the sum of its lanes' last queues), its speed (km/h, the mean of its lanes'
     * last measured speeds, null when none was measured) and its level: free, busy, jam, or unknown while no lane of
     * it has reported.
     */
    public record RoadLive(String roadId, double queue, Double speedKmh, String level) {}

    /** The whole picture at one moment. */
    public record LiveView(Instant at, long networkId, List<SignalLive> signals, List<RoadLive> roads) {}

    /** What a stream sends: everything ({@code full}), or the signals and roads that changed since the last one. */
    public record LiveDelta(Instant at, long networkId, boolean full, List<SignalLive> signals, List<RoadLive> roads) {}

    /** How often a stream sends. */
    public static final Duration EVERY = Duration.ofSeconds(1);

    private final SignalControl control;
    private final LiveTraffic live;
    private final TrafficNetworks networks;
    private final Clock clock;

    TrafficLiveState(SignalControl control, LiveTraffic live, TrafficNetworks networks, Clock clock) {
        this.control = control;
        this.live = live;
        this.networks = networks;
        this.clock = clock;
    }

    public LiveView now() {
        RoadNetwork network = networks.current();
        TrafficNetworks.NetworkInfo info = networks.currentInfo();
        List<SignalLive> signals =
                control.all().stream().map(TrafficLiveState::signal).toList();
        List<RoadLive> roads = new ArrayList<>(network.roads().size());
        for (Road r : network.roads()) {
            roads.add(road(r));
        }
        return new LiveView(clock.instant(), info == null ? 0 : info.id(), signals, List.copyOf(roads));
    }

    /**
     * The city live for one subscriber: every second, the whole picture first and then what changed (a slow
     * subscriber misses seconds rather than falling behind).
     *
     * @param onlySignal the one intersection to follow (and no roads), or null for the whole city
     */
    public Multi<LiveDelta> stream(String onlySignal) {
        return Multi.createFrom().deferred(() -> {
            Deltas deltas = new Deltas(onlySignal);
            return Multi.createFrom()
                    .ticks()
                    .startingAfter(Duration.ofMillis(1))
                    .every(EVERY)
                    .onOverflow()
                    .drop()
                    .map(tick -> deltas.next(now()));
        });
    }

    /** One signal now; 404 problem when the intersection has none. */
    public SignalLive signal(String intersectionId) {
        return signal(control.view(intersectionId));
    }

    static SignalLive signal(SignalControl.SignalView v) {
        boolean started = !(v.since() == 0 && v.phase() < 0 && v.nextPhase() < 0);
        return new SignalLive(
                v.intersectionId(),
                v.mode(),
                started ? v.stage() : "UNKNOWN",
                v.phase(),
                v.nextPhase(),
                started ? Instant.ofEpochSecond(v.since()) : null,
                v.control(),
                "OPERATOR_HOLD".equals(v.control()),
                "FORCED_PLAN".equals(v.control()),
                "PREEMPTION".equals(v.control()));
    }

    RoadLive road(Road r) {
        boolean reported = false;
        for (int lane = 0; lane < r.laneCount() && !reported; lane++) {
            reported = live.lane(r.id(), lane).map(l -> l.observedTo() != null).orElse(false);
        }
        double queue = TrafficMap.round(live.roadQueue(r.id()), 1);
        Double speed = live.roadSpeedKmh(r.id());
        return new RoadLive(
                r.id(),
                queue,
                speed == null ? null : TrafficMap.round(speed, 1),
                reported ? level(queue, r.laneCount()) : "unknown");
    }

    /** free, busy or jam, by the mean queue per lane. */
    public static String level(double queue, int lanes) {
        double perLane = queue / Math.max(1, lanes);
        if (perLane >= JAM_PER_LANE) {
            return "jam";
        }
        return perLane >= BUSY_PER_LANE ? "busy" : "free";
    }

    /** The changes between successive pictures, for one stream's subscriber. Not thread-safe. */
    public static final class Deltas {

        private final String onlySignal;
        private final boolean withRoads;
        private long networkId = -1;
        private final Map<String, SignalLive> signals = new HashMap<>();
        private final Map<String, RoadLive> roads = new HashMap<>();

        /** @param onlySignal the one intersection this subscriber follows (and no roads), or null for the city */
        public Deltas(String onlySignal) {
            this.onlySignal = onlySignal;
            this.withRoads = onlySignal == null;
        }

        public LiveDelta next(LiveView view) {
            boolean full = view.networkId() != networkId;
            if (full) {
                networkId = view.networkId();
                signals.clear();
                roads.clear();
            }
            List<SignalLive> changedSignals = new ArrayList<>();
            for (SignalLive s : view.signals()) {
                if (onlySignal != null && !onlySignal.equals(s.intersectionId())) {
                    continue;
                }
                if (!Objects.equals(signals.put(s.intersectionId(), s), s)) {
                    changedSignals.add(s);
                }
            }
            List<RoadLive> changedRoads = new ArrayList<>();
            if (withRoads) {
                for (RoadLive r : view.roads()) {
                    if (!Objects.equals(roads.put(r.roadId(), r), r)) {
                        changedRoads.add(r);
                    }
                }
            }
            return new LiveDelta(view.at(), view.networkId(), full, changedSignals, changedRoads);
        }
    }
}
