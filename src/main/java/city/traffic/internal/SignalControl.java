package city.traffic.internal;

import city.platform.rest.ProblemException;
import city.traffic.internal.control.Controller;
import city.traffic.internal.control.FixedTimeController;
import city.traffic.internal.control.LiveInputs;
import city.traffic.internal.control.Signal;
import city.traffic.internal.control.SignalNetwork;
import city.traffic.internal.control.SignalState;
import city.traffic.internal.control.Weather;
import city.traffic.internal.network.Intersection;
import city.traffic.internal.network.RoadNetwork;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.jboss.logging.Logger;

/**
 * The control loop: every second it reads live state (queues, flows, detections per movement, the weather) into
 * each signal's inputs and lets every signal decide. The current phase of every signal is live state that the
 * pages, the API and the simulation read. Each intersection's controller is chosen by operators (fixed-time from the
 * network's plan by default, Webster, actuated or max-pressure).
 */
@ApplicationScoped
public class SignalControl {

    private static final Logger LOG = Logger.getLogger(SignalControl.class);
    private static final int TIMINGS = 1000;

    /** How a signal is controlled, for screens. */
    public enum Mode {
        PLAN,
        WEBSTER,
        ACTUATED,
        MAX_PRESSURE
    }

    /** One signal now. */
    public record SignalView(
            String intersectionId,
            String nameZh,
            String nameEn,
            double lat,
            double lon,
            Mode mode,
            int phase,
            int nextPhase,
            String stage,
            String control,
            long since,
            long until,
            int phases) {}

    /** Per lane ("road#lane"): the first and last second of its latest green run (0, 0 before any). */
    private final Map<String, long[]> greenRuns = new java.util.concurrent.ConcurrentHashMap<>();

    /** The same runs per wiring, movement and lane, so that the loop finds them without building keys. */
    private List<long[][][]> greenRunsByWiring = List.of();

    private final LiveTraffic live;
    private final Clock clock;
    private final boolean running;
    private volatile SignalNetwork signals = new SignalNetwork(List.of());
    private volatile List<SignalWiring> wiring = List.of();
    private volatile Map<String, SignalWiring> byIntersection = Map.of();
    private final Map<String, Mode> modes = new ConcurrentHashMap<>();
    private final long[] tickNanos = new long[TIMINGS];
    private int ticks;
    private long lastSecond = Long.MIN_VALUE;
    private volatile Weather weather = Weather.CLEAR;
    private ScheduledExecutorService loop;

    SignalControl(LiveTraffic live, Clock clock, TrafficConfig config) {
        this.live = live;
        this.clock = clock;
        this.running = config.controlLoop().enabled();
    }

    void start(@Observes StartupEvent event) {
        if (!running) {
            return;
        }
        loop = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "traffic-control-loop");
            t.setDaemon(true);
            return t;
        });
        loop.scheduleAtFixedRate(this::tickQuietly, 1000 - clock.millis() % 1000, 1000, TimeUnit.MILLISECONDS);
    }

    void stop(@Observes ShutdownEvent event) {
        if (loop != null) {
            loop.shutdownNow();
        }
    }

    /** Builds a signal for every signalised intersection of a newly installed network. */
    synchronized void install(@Observes NetworkInstalled event) {
        RoadNetwork network = event.network();
        List<Signal> list = new ArrayList<>();
        List<SignalWiring> wires = new ArrayList<>();
        modes.clear();
        for (Intersection i : network.signalisedIntersections()) {
            SignalWiring w = SignalWiring.of(i);
            list.add(w.signal());
            wires.add(w);
            modes.put(i.id(), Mode.PLAN);
        }
        signals = new SignalNetwork(list);
        greenRuns.clear();
        List<long[][][]> runs = new ArrayList<>();
        for (SignalWiring w : wires) {
            long[][][] r = new long[w.inRoads().length][][];
            for (int m = 0; m < r.length; m++) {
                r[m] = new long[w.inLanes()[m].length][];
                for (int k = 0; k < r[m].length; k++) {
                    r[m][k] = greenRuns.computeIfAbsent(w.inRoads()[m] + "#" + w.inLanes()[m][k], x -> new long[2]);
                }
            }
            runs.add(r);
        }
        greenRunsByWiring = List.copyOf(runs);
        wiring = List.copyOf(wires);
        Map<String, SignalWiring> index = new java.util.HashMap<>();
        wires.forEach(w -> index.put(w.intersection().id(), w));
        byIntersection = Map.copyOf(index);
        signals.setWeather(weather);
    }

    private void tickQuietly() {
        try {
            tick(clock.millis() / 1000);
        } catch (RuntimeException e) {
            LOG.error("traffic control loop: tick failed", e);
        }
    }

    /** Reads live state into every signal and lets each decide; returns the time it took in nanoseconds. */
    public synchronized long tick(long second) {
        long t0 = System.nanoTime();
        for (SignalWiring w : wiring) {
            LiveInputs in = w.signal().inputs();
            for (int m = 0; m < w.inRoads().length; m++) {
                double queue = 0;
                double flow = 0;
                boolean seen = false;
                for (int lane : w.inLanes()[m]) {
                    var l = live.lane(w.inRoads()[m], lane).orElse(null);
                    if (l != null && l.observedTo() != null) {
                        queue += l.queueLength() == null ? 0 : l.queueLength();
                        flow += l.flowPerHour();
                        seen |= l.intensity() > 0 && second - l.observedTo().getEpochSecond() < 5;
                    }
                }
                in.setQueues(m, queue, live.roadQueue(w.outRoads()[m]));
                in.setFlow(m, flow);
                if (seen) {
                    in.recordDetection(m, second);
                }
            }
        }
        signals.tick(second);
        for (int i = 0; i < wiring.size(); i++) {
            SignalWiring w = wiring.get(i);
            long[][][] runs = greenRunsByWiring.get(i);
            for (int m = 0; m < runs.length; m++) {
                if (w.green(m)) {
                    for (long[] run : runs[m]) {
                        synchronized (run) {
                            if (run[1] < second - 1) {
                                run[0] = second; // a new green run
                            }
                            run[1] = second;
                        }
                    }
                }
            }
        }
        lastSecond = second;
        long took = System.nanoTime() - t0;
        tickNanos[ticks % TIMINGS] = took;
        ticks++;
        return took;
    }

    /**
     * How many seconds of {@code [from, to]} (epoch seconds) a signal showed green to some movement of a lane, counting
     * the lane's latest green only (a lower bound); -1 when no signal has shown the lane green since the network was
     * installed (a lane no signal controls, or one the loop has not run for).
     */
    public int greenSecondsWithin(String roadId, int lane, long from, long to) {
        long[] run = greenRuns.get(roadId + "#" + lane);
        if (run == null) {
            return -1;
        }
        synchronized (run) {
            return run[1] == 0 ? -1 : (int) Math.max(0, Math.min(run[1], to) - Math.max(run[0], from) + 1);
        }
    }

    /** Ticks one second after the last tick, or at the clock's second if none yet (tests step the loop so). */
    public synchronized long tickNext() {
        return tick(lastSecond == Long.MIN_VALUE ? clock.millis() / 1000 : lastSecond + 1);
    }

    /** The control loop's last ticks: {count, p50, p99, max} in nanoseconds. */
    public synchronized long[] tickTimes() {
        int n = Math.min(ticks, TIMINGS);
        if (n == 0) {
            return new long[] {0, 0, 0, 0};
        }
        long[] sorted = Arrays.copyOf(tickNanos, n);
        Arrays.sort(sorted);
        return new long[] {ticks, sorted[(n - 1) / 2], sorted[(int) Math.ceil(n * 0.99) - 1], sorted[n - 1]};
    }

    public void setWeather(Weather w) {
        weather = w;
        signals.setWeather(w);
    }

    public Weather weather() {
        return weather;
    }

    public List<SignalView> all() {
        List<SignalView> out = new ArrayList<>();
        for (SignalWiring w : wiring) {
            out.add(view(w));
        }
        return out;
    }

    public SignalView view(String intersectionId) {
        return view(wire(intersectionId));
    }

    /** Whether the signal of an intersection shows green to a movement (road link) now; false if there is none. */
    public boolean isGreen(String intersectionId, int movement) {
        SignalWiring w = byIntersection.get(intersectionId);
        return w != null && w.green(movement);
    }

    /** Whether the intersection has a signal in the active network. */
    public boolean hasSignal(String intersectionId) {
        return byIntersection.containsKey(intersectionId);
    }

    private SignalWiring wire(String intersectionId) {
        SignalWiring w = byIntersection.get(intersectionId);
        if (w != null) {
            return w;
        }
        throw ProblemException.notFound("No signal at intersection " + intersectionId + ".");
    }

    private SignalView view(SignalWiring w) {
        SignalState s = w.signal().state();
        Intersection i = w.intersection();
        return new SignalView(
                i.id(),
                i.name().zh(),
                i.name().en(),
                i.location().lat(),
                i.location().lon(),
                modes.getOrDefault(i.id(), Mode.PLAN),
                s == null ? -1 : s.phase(),
                s == null ? -1 : s.nextPhase(),
                s == null ? "ALL_RED" : s.stage().name(),
                s == null ? "CONTROLLER" : s.control().name(),
                s == null ? 0 : s.since(),
                s == null ? 0 : s.until(),
                w.signal().plan().phaseCount());
    }

    /** Chooses an intersection's controller. */
    public synchronized SignalView setMode(String intersectionId, Mode mode) {
        SignalWiring w = wire(intersectionId);
        Controller c = w.controller(mode);
        w.signal().setController(c);
        modes.put(intersectionId, mode);
        return view(w);
    }

    /** Holds a phase until released. */
    public synchronized SignalView hold(String intersectionId, int phase) {
        SignalWiring w = wire(intersectionId);
        if (phase < 0 || phase >= w.signal().plan().phaseCount()) {
            throw ProblemException.invalidField(
                    "phase", "this signal has phases 0 to " + (w.signal().plan().phaseCount() - 1));
        }
        w.signal().hold(phase);
        return view(w);
    }

    /** Forces a fixed plan (greens per phase, seconds) until released. */
    public synchronized SignalView forcePlan(String intersectionId, int[] greens) {
        SignalWiring w = wire(intersectionId);
        if (greens == null || greens.length != w.signal().plan().phaseCount()) {
            throw ProblemException.invalidField(
                    "greens", "one green time per phase: " + w.signal().plan().phaseCount());
        }
        for (int g : greens) {
            if (g < w.signal().plan().timing().minGreen() || g > 180) {
                throw ProblemException.invalidField("greens", "each green between the minimum green and 180 s");
            }
        }
        w.signal().forcePlan(FixedTimeController.of(w.signal().plan(), greens));
        return view(w);
    }

    /** Releases holds and forced plans: the intersection's controller decides again. */
    public synchronized SignalView release(String intersectionId) {
        SignalWiring w = wire(intersectionId);
        w.signal().releaseHold();
        w.signal().releaseForcedPlan();
        return view(w);
    }

    /** Serves a phase for an emergency vehicle as soon as safely possible, until released. */
    public synchronized void preempt(String intersectionId, int phase) {
        wire(intersectionId).signal().preempt(phase);
    }

    public synchronized void releasePreemption(String intersectionId) {
        wire(intersectionId).signal().releasePreemption();
    }

    /** The phase index of an intersection that gives green to the movement from one road into another, or -1. */
    public int phaseFor(String intersectionId, String fromRoad, String toRoad) {
        return wire(intersectionId).phaseServing(fromRoad, toRoad);
    }
}
