package city.simulation.traffic;

import city.simulation.traffic.Demand.Flow;
import city.simulation.traffic.Demand.VehicleType;
import city.simulation.traffic.signals.TrafficModuleSignals;
import city.traffic.api.GreenWaveRule;
import city.traffic.api.OfflineSignals;
import city.traffic.api.TrafficControllers;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Supplier;

/**
 * The twin's ambulance experiment (issue 4): the same scenario, the same seed, once with an ambulance trip left to
 * the traffic module's controller and once with the green wave, reporting the ambulance's travel time, its stops
 * (and those at a red light), the signals preempted, and what the wave cost the other vehicles.
 *
 * <p>The green wave is the live one's rule ({@link GreenWaveRule#CITY}, the same as {@code EmergencyTrips}): every
 * signal of the route whose intersection centre is within 30 s of the ambulance at its current speed (at least
 * 150 m) is preempted, through the module's own signal state machine ({@link OfflineSignals#preempt}), for the phase
 * serving the ambulance's movement; it goes back to its controller once the ambulance is 15 m past the centre. The
 * ambulance is a vehicle like the others: it follows the vehicle ahead, does not change lanes and stops at red lights;
 * the other vehicles do not pull over for it. It drives at most at its lanes' speed limits.
 *
 * <p>Each run builds fresh signals (one {@link TrafficControllers#signals} per run) and a fresh simulation; not
 * thread-safe, but runs of one experiment share nothing mutable.
 */
public final class AmbulanceExperiment {

    /**
     * An ambulance: 5.5 m long, 2.2 m wide, 2.5 m/s² usual and maximum acceleration, braking like a car, a 1.5 s
     * headway, up to 65 km/h (the engine keeps every vehicle to its lane's speed limit, 60 km/h on the default
     * city's arterials).
     */
    public static final VehicleType AMBULANCE = new VehicleType(5.5, 2.2, 2.5, 4.5, 2.5, 4.5, 2.5, 65 / 3.6, 1.5);

    /** An ambulance trip: its route (road ids) from intersection {@code from} to {@code to}, leaving at a second. */
    public record Trip(String from, String to, List<String> route, double departure) {

        public Trip {
            route = List.copyOf(route);
            if (route.isEmpty()) {
                throw new IllegalArgumentException("a trip has a route");
            }
        }
    }

    /** Something the green wave did: a signal preempted or released at a second, the ambulance metres past its centre. */
    public record WaveEvent(double time, String intersectionId, boolean preempt, double metresPastCentre) {}

    /**
     * One run with the trip. {@code travelTime} is from the ambulance's entering the network to its arrival, as the
     * live trips time it from the first position (NaN when it did not arrive within the run's limit); {@code
     * waitedToEnter} the seconds from its departure to its entering (room at the start of its first lane); stops as
     * the engine counts them (a fall below 0.1 m/s after moving), and of these those on the approach to a signal whose
     * light for its movement was not green, at the stop line or in the queue behind it (the live trips count only
     * stops within 60 m of the line, as they do not see the queue). {@code othersTravelTimes} are the other vehicles
     * that arrived by {@link #othersUntil}, by id.
     */
    public record Outcome(
            boolean arrived,
            double travelTime,
            double waitedToEnter,
            int stops,
            int stopsAtRed,
            List<String> preempted,
            List<WaveEvent> events,
            int stillPreemptedAtEnd,
            Map<Integer, Double> othersTravelTimes,
            RunResult result) {

        public Outcome {
            preempted = List.copyOf(preempted);
            events = List.copyOf(events);
            othersTravelTimes = Map.copyOf(othersTravelTimes);
        }
    }

    /** The two runs of a trip, and the cost of the wave to the vehicles that arrived in both. */
    public record Result(Trip trip, double routeMetres, Outcome without, Outcome with) {

        /** Travel time with the wave over without it. */
        public double ratio() {
            return with.travelTime() / without.travelTime();
        }

        /** The other vehicles that arrived by the end in both runs. */
        public int othersMatched() {
            int n = 0;
            for (Integer id : without.othersTravelTimes().keySet()) {
                if (with.othersTravelTimes().containsKey(id)) {
                    n++;
                }
            }
            return n;
        }

        /** Their mean travel time without the wave (s). */
        public double othersMeanWithout() {
            return meanMatched(without.othersTravelTimes(), with.othersTravelTimes());
        }

        /** Their mean travel time with the wave (s). */
        public double othersMeanWith() {
            return meanMatched(with.othersTravelTimes(), without.othersTravelTimes());
        }

        private static double meanMatched(Map<Integer, Double> times, Map<Integer, Double> other) {
            double sum = 0;
            int n = 0;
            for (Map.Entry<Integer, Double> e : times.entrySet()) {
                if (other.containsKey(e.getKey())) {
                    sum += e.getValue();
                    n++;
                }
            }
            return n == 0 ? Double.NaN : sum / n;
        }
    }

    /** What a test may watch of a run: wrap the signals the engine sees, and look at the simulation after each step. */
    interface Probe {
        Probe NONE = new Probe() {};

        default Signals wrap(Signals signals) {
            return signals;
        }

        default void stepped(Simulation sim) {}
    }

    private final Scenario scenario;
    private final Supplier<OfflineSignals> signals;
    private final Simulation.Options options;
    private final double othersUntilAfterDeparture;
    private final double limitAfterDeparture;
    private final GreenWaveRule rule;

    /**
     * An experiment on {@code scenario} under the traffic module's {@code controller} (one of {@link
     * TrafficControllers#names()}) on {@code roadnetJson}, the scenario's network as the traffic module imports it.
     * Each run ends {@code othersSeconds} after the ambulance's departure, or later if the ambulance has not arrived
     * yet, but at most an hour after its departure; the other vehicles' travel times count up to the first of these.
     */
    public AmbulanceExperiment(
            Scenario scenario,
            String roadnetJson,
            String controller,
            Simulation.Options options,
            double othersSeconds) {
        this(
                scenario,
                () -> TrafficControllers.load().signals(roadnetJson, controller),
                options,
                othersSeconds,
                GreenWaveRule.CITY);
    }

    AmbulanceExperiment(
            Scenario scenario,
            Supplier<OfflineSignals> signals,
            Simulation.Options options,
            double othersSeconds,
            GreenWaveRule rule) {
        this.scenario = Objects.requireNonNull(scenario, "scenario");
        this.signals = Objects.requireNonNull(signals, "signals");
        this.options = Objects.requireNonNull(options, "options");
        if (!(othersSeconds > 0)) {
            throw new IllegalArgumentException(
                    "the run lasts a positive time after the departure, got " + othersSeconds);
        }
        this.othersUntilAfterDeparture = othersSeconds;
        this.limitAfterDeparture = Math.max(3600, othersSeconds);
        this.rule = rule;
    }

    /** The second up to which the other vehicles' travel times count in the runs of {@code trip}. */
    public double othersUntil(Trip trip) {
        return trip.departure() + othersUntilAfterDeparture;
    }

    /**
     * The quickest route an ambulance can drive lane by lane from intersection {@code from} to intersection {@code
     * to} (by free-flow times and a penalty per turn, as {@link OdDemand} routes its vehicles), as road ids; null when
     * there is none.
     */
    public static List<String> route(Network network, String from, String to) {
        int a = network.intersectionIndex(from);
        int b = network.intersectionIndex(to);
        if (a < 0 || b < 0) {
            throw new IllegalArgumentException("no intersection " + (a < 0 ? from : to));
        }
        if (a == b) {
            return null;
        }
        int[] starts = network.roads().stream()
                .filter(r -> r.from() == a)
                .mapToInt(Network.Road::index)
                .toArray();
        return OdDemand.quickest(
                network, AMBULANCE, starts, road -> network.road(road).to() == b);
    }

    /** Runs the trip without, then with the green wave. */
    public Result run(Trip trip) {
        return run(trip, Probe.NONE);
    }

    Result run(Trip trip, Probe probe) {
        Outcome without = run(trip, false, probe);
        Outcome with = run(trip, true, probe);
        return new Result(trip, new Path(scenario.network(), trip.route()).end, without, with);
    }

    /** One run of the trip, with or without the green wave. */
    Outcome run(Trip trip, boolean wave, Probe probe) {
        OfflineSignals offline = signals.get();
        Network network = scenario.network();
        Wave watch = new Wave(
                new TrafficModuleSignals(network, offline), offline, new Path(network, trip.route()), wave, rule);
        Simulation sim = new Simulation(scenario, probe.wrap(watch), options);
        int flow = sim.add(new Flow(AMBULANCE, trip.route(), 1, trip.departure(), trip.departure()));
        watch.attach(sim, flow);
        double othersUntil = othersUntil(trip);
        Map<Integer, Double> others = new HashMap<>();
        sim.onArrival(a -> {
            if (a.flow() == flow) {
                watch.arrival = a;
            } else if (a.arrived() <= othersUntil + 1e-9) {
                others.put(a.id(), a.travelTime());
            }
        });
        double limit = trip.departure() + limitAfterDeparture;
        while (sim.time() < othersUntil - 1e-9 || (watch.arrival == null && sim.time() < limit - 1e-9)) {
            sim.step();
            probe.stepped(sim);
        }
        Simulation.Arrival a = watch.arrival;
        return new Outcome(
                a != null,
                a == null ? Double.NaN : a.arrived() - a.entered(),
                a == null ? Double.NaN : a.entered() - a.departure(),
                a == null ? watch.stops : a.stops(),
                watch.stopsAtRed,
                List.copyOf(watch.preempted),
                watch.events,
                watch.owned.size(),
                others,
                sim.result(wave ? "with green wave" : "without"));
    }

    /**
     * A route measured as the engine drives it, in metres from the start of its first lane: road {@code k}'s lanes
     * from {@code laneStart[k]} to its stop line {@code stopLine[k]}, then the lane link through intersection {@code
     * k} (the one at the road's end) to the next road's lanes; the intersection's centre halfway along that link.
     */
    static final class Path {
        final String[] roads;
        final Map<String, Integer> index = new HashMap<>();
        final String[] intersection;
        final int[] roadLink;
        final double[] laneStart;
        final double[] stopLine;
        final double[] centre;
        final double end;

        Path(Network network, List<String> route) {
            int n = route.size();
            roads = route.toArray(String[]::new);
            intersection = new String[n];
            roadLink = new int[n];
            laneStart = new double[n];
            stopLine = new double[n];
            centre = new double[n];
            double at = 0;
            for (int k = 0; k < n; k++) {
                index.put(roads[k], k);
                Network.Road road = network.road(network.roadIndex(roads[k]));
                laneStart[k] = at;
                at += network.lane(road.firstLane()).length();
                stopLine[k] = at;
                Network.Intersection x = network.intersection(road.to());
                intersection[k] = x.id();
                roadLink[k] = -1;
                centre[k] = at;
                if (k + 1 < n) {
                    int next = network.roadIndex(roads[k + 1]);
                    for (Network.RoadLink link : x.roadLinks()) {
                        if (link.startRoad() == road.index() && link.endRoad() == next) {
                            roadLink[k] = link.index();
                            double length = link.laneLinks().get(0).length();
                            centre[k] = at + length / 2;
                            at += length;
                            break;
                        }
                    }
                }
            }
            end = at;
        }

        /** The route index of the road whose lanes or whose lane link out of its end {@code metre} is on. */
        int roadOf(double metre) {
            int k = 0;
            while (k + 1 < roads.length && laneStart[k + 1] <= metre) {
                k++;
            }
            return k;
        }

        /** Where a vehicle on the route is, metres from its start; NaN when it is off the route. */
        double metre(Simulation sim, Simulation.VehicleState v) {
            Integer k = index.get(sim.roadOf(v));
            if (k == null) {
                return Double.NaN;
            }
            return (v.lane() >= 0 ? laneStart[k] : stopLine[k]) + v.position();
        }
    }

    /**
     * The module's signals as the engine sees them, watching the ambulance each step (before the signals decide) and,
     * with the wave on, preempting and releasing the signals of its route.
     */
    static final class Wave implements Signals {
        private final Signals inner;
        private final OfflineSignals offline;
        private final Path path;
        private final boolean on;
        private final GreenWaveRule rule;
        private Simulation sim;
        private int flow = -1;
        private boolean moving;
        Simulation.Arrival arrival;
        int stops;
        int stopsAtRed;
        final Set<String> owned = new LinkedHashSet<>();
        final Set<String> preempted = new LinkedHashSet<>();
        final List<WaveEvent> events = new ArrayList<>();
        private final Map<String, Double> heldSince = new HashMap<>();

        Wave(Signals inner, OfflineSignals offline, Path path, boolean on, GreenWaveRule rule) {
            this.inner = inner;
            this.offline = offline;
            this.path = path;
            this.on = on;
            this.rule = rule;
        }

        void attach(Simulation simulation, int ambulanceFlow) {
            this.sim = simulation;
            this.flow = ambulanceFlow;
        }

        @Override
        public void step(double time, Observations observations) {
            if (sim != null) {
                if (arrival != null) {
                    releaseAll(time, Double.NaN);
                } else {
                    Simulation.VehicleState a = find();
                    if (a != null) {
                        watch(time, a);
                    }
                }
            }
            inner.step(time, observations);
        }

        private Simulation.VehicleState find() {
            for (Simulation.VehicleState v : sim.vehicles()) {
                if (v.flow() == flow) {
                    return v;
                }
            }
            return null;
        }

        private void watch(double time, Simulation.VehicleState a) {
            double metre = path.metre(sim, a);
            if (Double.isNaN(metre)) {
                return;
            }
            boolean halted = a.speed() < Observations.HALTING_SPEED;
            if (moving && halted) {
                stops++;
                int k = path.roadOf(metre);
                if (k + 1 < path.roads.length
                        && metre <= path.stopLine[k] + 1e-6
                        && path.roadLink[k] >= 0
                        && offline.intersections().contains(path.intersection[k])
                        && !inner.green(path.intersection[k], path.roadLink[k])) {
                    stopsAtRed++;
                }
            }
            moving = !halted;
            if (!on) {
                return;
            }
            for (int k = 0; k + 1 < path.roads.length; k++) {
                String x = path.intersection[k];
                double past = metre - path.centre[k];
                if (owned.contains(x)) {
                    // handed back once passed, or after the longest hold (then never preempted again on this trip)
                    if (rule.passed(past) || rule.heldTooLong(time - heldSince.get(x))) {
                        offline.release(x);
                        owned.remove(x);
                        events.add(new WaveEvent(time, x, false, past));
                    }
                } else if (!preempted.contains(x)
                        && path.roadLink[k] >= 0
                        && rule.preempts(-past, a.speed())
                        && offline.preempt(x, path.roads[k], path.roads[k + 1])) {
                    owned.add(x);
                    preempted.add(x);
                    heldSince.put(x, time);
                    events.add(new WaveEvent(time, x, true, past));
                }
            }
        }

        private void releaseAll(double time, double past) {
            for (String x : List.copyOf(owned)) {
                offline.release(x);
                owned.remove(x);
                events.add(new WaveEvent(time, x, false, past));
            }
        }

        @Override
        public boolean green(String intersectionId, int roadLinkIndex) {
            return inner.green(intersectionId, roadLinkIndex);
        }
    }
}
