package city.simulation.traffic;

import city.simulation.traffic.Demand.Flow;
import city.simulation.traffic.Network.Intersection;
import city.simulation.traffic.Network.Lane;
import city.simulation.traffic.Network.RoadLink;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.PriorityQueue;
import java.util.SplittableRandom;
import java.util.function.Consumer;

/**
 * The traffic microsimulation: runs a {@link Scenario} under {@link Signals} in fixed steps, as fast as it can (no
 * clock, no threads), deterministically for a seed (the seed draws each vehicle's first lane).
 *
 * <p>A step, in CityFlow's order: vehicles whose departure time has come join the queue of the lane they chose on
 * their first road; the first of each such queue enters the lane at its start, at speed 0, if the lane's last vehicle
 * is more than its length plus the newcomer's minimum gap in (and no vehicle merging into the lane is about to arrive);
 * the signals decide; every vehicle plans its speed from the state at the start of the step ({@link Driver}); every
 * vehicle moves, onto the next lane link or lane of its path when it passes the end of one, and leaves the network
 * when it passes the end of its last lane.
 *
 * <p>Not thread-safe: one thread runs it and reads it.
 */
public final class Simulation {

    /** The step length in seconds (CityFlow's default is 1) and the seed. */
    public record Options(double interval, long seed) {

        public static final Options DEFAULT = new Options(1.0, 0);

        public Options {
            if (!(interval > 0)) {
                throw new IllegalArgumentException("the step must be positive, got " + interval);
            }
        }
    }

    /**
     * A vehicle on the network: on lane {@code lane} (network index), or on lane link {@code laneLink} (its index in
     * the road link's lane links) of network-wide road link {@code roadLink}; the others are -1. Its position is that
     * of its front from the start of the lane or lane link, metres.
     */
    public record VehicleState(
            int id, int flow, int lane, int roadLink, int laneLink, double position, double speed, double length) {}

    /**
     * A vehicle that has left the network at the end of its route: when it was due to depart, entered, and arrived
     * (seconds of simulated time), and how often it stopped.
     */
    public record Arrival(int id, int flow, double departure, double entered, double arrived, int stops) {

        public double travelTime() {
            return arrived - departure;
        }
    }

    private final Scenario scenario;
    private final Network network;
    private final Signals signals;
    private final double dt;
    private final SplittableRandom random;
    private final Drivable[] drivables;
    private final Drivable[] lanes;
    private final Drivable[][] laneLinks;
    private final boolean[] green;
    private final String[] roadLinkIntersection;
    private final int[] roadLinkIndex;
    private final boolean[] signalised;
    private final Driver driver;
    private final LaneObservations observations;
    private final Metrics metrics = new Metrics();
    private final PriorityQueue<int[]> departures;
    /** Every flow, the demand's first, then those added while running; and their compiled routes. */
    private final List<Flow> flows;

    private final List<Scenario.Route> routes;
    private double[] nextDeparture;
    private long[] sentByFlow;
    private final List<Consumer<Arrival>> arrivals = new ArrayList<>();
    private final List<Vehicle> stalled = new ArrayList<>();
    private final List<Vehicle> moved = new ArrayList<>();
    private final List<Detectors> detectors = new ArrayList<>();
    private long steps;
    private int nextId;
    private int onNetwork;
    private int waiting;

    public Simulation(Scenario scenario, Signals signals, Options options) {
        this.scenario = Objects.requireNonNull(scenario, "scenario");
        this.network = scenario.network();
        this.signals = Objects.requireNonNull(signals, "signals");
        this.dt = options.interval();
        this.random = new SplittableRandom(options.seed());
        List<Lane> ls = network.lanes();
        lanes = new Drivable[ls.size()];
        laneLinks = new Drivable[network.roadLinkCount()][];
        green = new boolean[network.roadLinkCount()];
        roadLinkIntersection = new String[network.roadLinkCount()];
        roadLinkIndex = new int[network.roadLinkCount()];
        signalised = new boolean[network.roadLinkCount()];
        List<Drivable> all = new ArrayList<>();
        for (Lane lane : ls) {
            lanes[lane.index()] = new Drivable(
                    all.size(),
                    lane.index(),
                    lane.length(),
                    lane.maxSpeed(),
                    network.approachesRealIntersection(lane.index()));
            all.add(lanes[lane.index()]);
        }
        List<Drivable> linkDrivables = new ArrayList<>();
        List<List<Network.Point>> linkPoints = new ArrayList<>();
        List<List<Drivable>> out = new ArrayList<>();
        List<List<Drivable>> in = new ArrayList<>();
        for (int l = 0; l < lanes.length; l++) {
            out.add(new ArrayList<>());
            in.add(new ArrayList<>());
        }
        for (Intersection x : network.intersections()) {
            for (RoadLink link : x.roadLinks()) {
                int g = network.globalRoadLink(x.index(), link.index());
                roadLinkIntersection[g] = x.id();
                roadLinkIndex[g] = link.index();
                signalised[g] = x.signalised();
                green[g] = !x.signalised();
                laneLinks[g] = new Drivable[link.laneLinks().size()];
                for (int j = 0; j < laneLinks[g].length; j++) {
                    Network.LaneLink ll = link.laneLinks().get(j);
                    Drivable d = new Drivable(all.size(), x.index(), g, j, link.turn(), ll.length());
                    d.start = lanes[ll.startLane()];
                    d.end = lanes[ll.endLane()];
                    out.get(ll.startLane()).add(d);
                    in.get(ll.endLane()).add(d);
                    laneLinks[g][j] = d;
                    all.add(d);
                    linkDrivables.add(d);
                    linkPoints.add(ll.points());
                }
            }
        }
        for (int l = 0; l < lanes.length; l++) {
            lanes[l].outLinks = out.get(l).toArray(Drivable.NONE);
            lanes[l].inLinks = in.get(l).toArray(Drivable.NONE);
        }
        drivables = all.toArray(Drivable.NONE);
        Conflicts.build(linkDrivables, linkPoints);
        driver = new Driver(dt, green, new Conflicts(dt, green));
        observations = new LaneObservations(network, lanes);
        flows = new ArrayList<>(scenario.demand().flows());
        routes = new ArrayList<>(flows.size());
        for (int f = 0; f < flows.size(); f++) {
            routes.add(new Scenario.Route(scenario.route(f), scenario.usableLanes(f)));
        }
        sentByFlow = new long[flows.size()];
        nextDeparture = new double[flows.size()];
        departures = new PriorityQueue<>(
                Math.max(1, flows.size()),
                Comparator.<int[]>comparingDouble(f -> nextDeparture[f[0]]).thenComparingInt(f -> f[0]));
        for (int f = 0; f < flows.size(); f++) {
            nextDeparture[f] = flows.get(f).departure(0);
            departures.add(new int[] {f});
        }
    }

    /**
     * Adds a flow to the demand while the simulation runs (a live city's next vehicles, an ambulance); departures
     * before the current time are moved to it. Returns the flow's index, which the vehicles it sends carry.
     *
     * @throws ScenarioException when its route cannot be driven lane by lane
     */
    public int add(Flow flow) {
        Scenario.Route route = scenario.compile(Objects.requireNonNull(flow, "flow"));
        int f = flows.size();
        flows.add(flow);
        routes.add(route);
        if (f == nextDeparture.length) {
            int size = Math.max(16, f * 2);
            nextDeparture = Arrays.copyOf(nextDeparture, size);
            sentByFlow = Arrays.copyOf(sentByFlow, size);
        }
        double first = flow.departure(0);
        nextDeparture[f] = Math.max(first, time());
        departures.add(new int[] {f});
        return f;
    }

    /** The flow of index {@code f}: the demand's, or one {@link #add added}. */
    public Flow flow(int f) {
        return flows.get(f);
    }

    /** Tells {@code listener} of every vehicle that arrives at the end of its route, as it does. */
    public void onArrival(Consumer<Arrival> listener) {
        arrivals.add(Objects.requireNonNull(listener, "listener"));
    }

    public Scenario scenario() {
        return scenario;
    }

    /** Seconds simulated so far. */
    public double time() {
        return steps * dt;
    }

    /** What the signals see: the state at the start of the current step. */
    public Observations observations() {
        return observations;
    }

    /** Detectors to feed from the next step on. */
    public void attach(Detectors d) {
        Objects.requireNonNull(d, "detectors").start(time(), dt);
        detectors.add(d);
    }

    /** Runs until {@code seconds} of simulated time have passed since the start, and reports. */
    public RunResult run(double seconds) {
        long target = Math.round(seconds / dt);
        while (steps < target) {
            step();
        }
        return result("run");
    }

    /** Simulates one step. */
    public void step() {
        double now = time();
        depart(now);
        admit(now);
        stalled.removeIf(v -> {
            if (v.stalledUntil <= now + 1e-9) {
                v.stalledUntil = 0;
                return true;
            }
            return false;
        });
        observations.refresh(now);
        signals.step(now, observations);
        for (int g = 0; g < green.length; g++) {
            if (signalised[g]) {
                green[g] = signals.green(roadLinkIntersection[g], roadLinkIndex[g]);
            }
        }
        for (Drivable d : drivables) {
            for (int i = 0, n = d.size(); i < n; i++) {
                driver.plan(d.get(i), d, i);
            }
        }
        double end = now + dt;
        moved.clear();
        for (Drivable d : drivables) {
            move(d, end);
        }
        moved.sort(ARRIVAL_ORDER);
        for (Vehicle v : moved) {
            v.drivable().addLast(v);
        }
        account(end);
        steps++;
    }

    private static final Comparator<Vehicle> ARRIVAL_ORDER = Comparator.<Vehicle>comparingInt(v -> v.drivable().index)
            .thenComparingDouble(v -> -v.position)
            .thenComparingInt(v -> v.id);

    private void depart(double now) {
        while (!departures.isEmpty() && nextDeparture[departures.peek()[0]] <= now + 1e-9) {
            int[] entry = departures.poll();
            int f = entry[0];
            double at = nextDeparture[f];
            Flow flow = flows.get(f);
            int[] firstLanes = routes.get(f).usable()[0];
            int first = firstLanes[random.nextInt(firstLanes.length)];
            Vehicle v = new Vehicle(nextId++, f, at, flow.vehicle(), path(f, first), dt);
            lanes[first].waiting.add(v);
            waiting++;
            metrics.departed();
            sentByFlow[f]++;
            double next = flow.departure(sentByFlow[f]);
            nextDeparture[f] = Double.isNaN(next) ? next : Math.max(next, at);
            if (!Double.isNaN(nextDeparture[f])) {
                departures.add(entry);
            }
        }
    }

    /** The lanes and lane links a vehicle of flow {@code f} drives when it starts on lane {@code first}. */
    private Drivable[] path(int f, int first) {
        int[] route = routes.get(f).roads();
        Drivable[] path = new Drivable[2 * route.length - 1];
        int lane = first;
        path[0] = lanes[lane];
        for (int k = 0; k + 1 < route.length; k++) {
            int from = network.lane(lane).indexInRoad();
            int[] best = null;
            for (int[] option :
                    scenario.linksInto(lane, route[k + 1], routes.get(f).usable()[k + 1])) {
                if (best == null
                        || Math.abs(network.lane(option[2]).indexInRoad() - from)
                                < Math.abs(network.lane(best[2]).indexInRoad() - from)) {
                    best = option;
                }
            }
            path[2 * k + 1] = laneLinks[best[0]][best[1]];
            lane = best[2];
            path[2 * k + 2] = lanes[lane];
        }
        return path;
    }

    private void admit(double now) {
        for (Drivable lane : lanes) {
            Vehicle v = lane.waiting.peek();
            if (v != null && hasRoomAtStart(lane, v)) {
                lane.waiting.poll();
                waiting--;
                onNetwork++;
                v.position = 0;
                v.speed = 0;
                lane.addLast(v);
                metrics.entered(v, now);
            }
        }
    }

    private static boolean hasRoomAtStart(Drivable lane, Vehicle v) {
        Vehicle tail = lane.tail();
        if (tail != null && tail.position - tail.length <= v.minGap) {
            return false;
        }
        for (Drivable link : lane.inLinks) {
            Vehicle last = link.tail();
            if (last != null && link.length - last.position < v.length + last.minGap) {
                return false;
            }
        }
        return true;
    }

    /** Moves the vehicles of {@code d} by their planned advance; those passing its end go to {@link #moved}. */
    private void move(Drivable d, double end) {
        int n = d.size();
        for (int i = 0; i < n; i++) {
            Vehicle v = d.get(i);
            for (Detectors det : detectors) {
                det.moved(d, v);
            }
            v.position += v.advance;
            v.speed = v.nextSpeed;
            v.blocker = v.nextBlocker;
        }
        while (d.size() > 0 && d.get(0).position > d.length) {
            Vehicle first = d.get(0);
            if (d.lane && first.next() != null && !green[first.next().roadLink]) {
                first.position = d.length;
                first.speed = 0;
                break;
            }
            Vehicle v = d.removeFirst();
            if (carry(v)) {
                moved.add(v);
            } else {
                onNetwork--;
                metrics.arrived(v, end);
                if (!arrivals.isEmpty()) {
                    Arrival a = new Arrival(v.id, v.flow, v.departure, v.entered, end, v.stops);
                    for (Consumer<Arrival> listener : arrivals) {
                        listener.accept(a);
                    }
                }
            }
        }
    }

    /** Carries a vehicle past the end of its drivable along its path; false when it leaves the network. */
    private boolean carry(Vehicle v) {
        while (v.position > v.drivable().length) {
            Drivable from = v.drivable();
            if (v.at + 1 == v.path.length) {
                return false;
            }
            Drivable next = v.path[v.at + 1];
            if (from.lane && !green[next.roadLink]) {
                // the driver keeps vehicles behind red stop lines; this holds even on a lane shorter than a step
                v.position = from.length;
                v.speed = 0;
                return true;
            }
            v.position -= from.length;
            v.at++;
        }
        return true;
    }

    private void account(double now) {
        int halting = 0;
        for (Drivable d : drivables) {
            boolean lane = d.lane;
            for (int i = 0, n = d.size(); i < n; i++) {
                Vehicle v = d.get(i);
                boolean halted = v.speed < Observations.HALTING_SPEED;
                if (halted) {
                    if (v.moving) {
                        v.stops++;
                    }
                    if (lane) {
                        halting++;
                    }
                }
                v.moving = !halted;
                double desired = Math.min(v.maxSpeed, v.drivable().maxSpeed);
                v.delay += dt - v.advance / desired;
                if (v.drivable().incoming) {
                    v.incomingTime += dt;
                    v.everIncoming = true;
                }
            }
        }
        metrics.stepEnded(now, dt, onNetwork, halting, waiting);
        for (Detectors det : detectors) {
            det.stepEnded(now, lanes);
        }
    }

    /** Vehicles that have departed, that is whose departure time has come. */
    public int departed() {
        return nextId;
    }

    public int onNetwork() {
        return onNetwork;
    }

    public int waitingToEnter() {
        return waiting;
    }

    /** Vehicles that have entered the network since the start (finished or still on it). */
    public int entered() {
        return nextId - waiting;
    }

    public int finished() {
        return entered() - onNetwork;
    }

    /** The vehicles on the network now, lane by lane (front first), then lane link by lane link. */
    public List<VehicleState> vehicles() {
        List<VehicleState> out = new ArrayList<>(onNetwork);
        for (Drivable d : drivables) {
            for (int i = 0; i < d.size(); i++) {
                Vehicle v = d.get(i);
                out.add(new VehicleState(
                        v.id, v.flow, d.laneIndex, d.roadLink, d.laneLinkIndex, v.position, v.speed, v.length));
            }
        }
        return out;
    }

    /**
     * Makes a vehicle on a lane stop as hard as it can and stand still for {@code seconds} (a breakdown, a crash),
     * blocking its lane; false when no vehicle {@code id} is on a lane.
     */
    public boolean stall(int id, double seconds) {
        if (!(seconds > 0)) {
            throw new IllegalArgumentException("a stall lasts a positive time, got " + seconds);
        }
        for (Drivable lane : lanes) {
            for (int i = 0, n = lane.size(); i < n; i++) {
                Vehicle v = lane.get(i);
                if (v.id == id) {
                    if (v.stalledUntil == 0) {
                        stalled.add(v);
                    }
                    v.stalledUntil = Math.max(v.stalledUntil, time() + seconds);
                    return true;
                }
            }
        }
        return false;
    }

    /** Where a vehicle's front is, in the network's coordinates (metres). */
    public Network.Point where(VehicleState v) {
        if (v.lane() >= 0) {
            return Geometry.along(network.lane(v.lane()).points(), v.position());
        }
        Network.Intersection x = network.intersection(network.intersectionIndex(roadLinkIntersection[v.roadLink()]));
        Network.LaneLink link =
                x.roadLinks().get(roadLinkIndex[v.roadLink()]).laneLinks().get(v.laneLink());
        return Geometry.along(link.points(), v.position());
    }

    /** The road a vehicle is on (or the one it is leaving, on a lane link). */
    public String roadOf(VehicleState v) {
        if (v.lane() >= 0) {
            return network.road(network.lane(v.lane()).road()).id();
        }
        Network.Intersection x = network.intersection(network.intersectionIndex(roadLinkIntersection[v.roadLink()]));
        return network.road(x.roadLinks().get(roadLinkIndex[v.roadLink()]).startRoad())
                .id();
    }

    /** What the run has measured so far, under controller name {@code name}. */
    public RunResult result(String name) {
        List<Vehicle> running = new ArrayList<>(onNetwork);
        List<Vehicle> queued = new ArrayList<>(waiting);
        for (Drivable d : drivables) {
            for (int i = 0; i < d.size(); i++) {
                running.add(d.get(i));
            }
            if (d.lane) {
                queued.addAll(d.waiting);
            }
        }
        return metrics.result(name, time(), running, queued, driver.hardBrakes());
    }
}
