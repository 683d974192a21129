package city.simulation.traffic;

import city.simulation.traffic.Demand.Flow;
import city.simulation.traffic.Demand.VehicleType;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.PriorityQueue;
import java.util.SplittableRandom;

/**
 * Demand generated from an origin-destination matrix over a network's boundary roads and a time-of-day profile: trips
 * of each origin-destination pair arrive as a Poisson process whose rate is the pair's peak rate times the profile at
 * that time of day, and each takes the quickest route that can be driven without changing lanes (lane by lane over
 * lane links; free-flow time on lanes and lane links, plus a penalty per turn standing for the wait at a light: left
 * 20 s, right 5 s).
 *
 * <p>Deterministic for a seed: the vehicles of pair {@code i} in minute {@code m} of simulated time are drawn from a
 * random stream of {@code (seed, i, m)}, so any window of whole minutes gives the same vehicles however the time is cut
 * into windows (the live twin asks minute by minute, an offline run for the whole hour).
 */
public final class OdDemand {

    /** A city car: 5 m, 2.5 m minimum gap, up to 60 km/h, 1.5 s headway, CityFlow's accelerations. */
    public static final VehicleType CITY_CAR = new VehicleType(5, 2, 2, 4.5, 2, 4.5, 2.5, 16.667, 1.5);

    /**
     * The default city's rush hour: vehicles an hour over its boundary at the profile's peak (the live twin's default
     * and the built-in scenario's; see docs/benchmarks.md for how it was chosen).
     */
    public static final double RUSH_HOUR_PEAK_PER_HOUR = 6_000;

    /** Relative demand per hour of the day, the busiest hour 1; read between hour centres linearly. */
    public record DayProfile(List<Double> hourly) {

        /**
         * A weekday of a large Chinese city: a morning peak at 8, an evening peak at 18 as high, a midday plateau
         * near two thirds of the peak, a night trough near a twentieth.
         */
        public static final DayProfile WEEKDAY = new DayProfile(List.of(
                0.12, 0.08, 0.06, 0.05, 0.07, 0.15, 0.40, 0.85, 1.00, 0.80, 0.65, 0.65, 0.60, 0.62, 0.65, 0.70, 0.80,
                0.97, 1.00, 0.75, 0.55, 0.45, 0.32, 0.20));

        /** The same demand all day. */
        public static final DayProfile FLAT = new DayProfile(Collections.nCopies(24, 1.0));

        public DayProfile {
            hourly = List.copyOf(hourly);
            if (hourly.size() != 24) {
                throw new IllegalArgumentException("a day has 24 hours, got " + hourly.size());
            }
            for (double h : hourly) {
                if (!(h >= 0 && h <= 1)) {
                    throw new IllegalArgumentException("hourly factors are between 0 and 1, got " + h);
                }
            }
        }

        /** The factor at a second of the day (wrapping at midnight). */
        public double at(double secondOfDay) {
            double hours = ((secondOfDay / 3600.0) % 24 + 24) % 24 - 0.5;
            int h0 = (int) Math.floor(hours);
            double f = hours - h0;
            return hourly.get((h0 + 24) % 24) * (1 - f) + hourly.get((h0 + 25) % 24) * f;
        }
    }

    /** One origin-destination pair: vehicles per hour at the profile's peak from a boundary road to another. */
    public record Trip(String fromRoad, String toRoad, double perHourAtPeak) {

        public Trip {
            Objects.requireNonNull(fromRoad, "fromRoad");
            Objects.requireNonNull(toRoad, "toRoad");
            if (!(perHourAtPeak >= 0)) {
                throw new IllegalArgumentException("a rate is not negative, got " + perHourAtPeak);
            }
        }
    }

    private static final double LEFT = 20;
    private static final double RIGHT = 5;

    private final Network network;
    private final DayProfile profile;
    private final VehicleType vehicle;
    private final long seed;
    private final List<Trip> trips = new ArrayList<>();
    private final List<List<String>> routes = new ArrayList<>();

    /**
     * Demand for {@code matrix} on {@code network}. Pairs that no lane-by-lane route joins are left out (see {@link
     * #trips()}).
     */
    public OdDemand(Network network, List<Trip> matrix, DayProfile profile, VehicleType vehicle, long seed) {
        this.network = Objects.requireNonNull(network, "network");
        this.profile = Objects.requireNonNull(profile, "profile");
        this.vehicle = Objects.requireNonNull(vehicle, "vehicle");
        this.seed = seed;
        for (Trip t : matrix) {
            int from = network.roadIndex(t.fromRoad());
            int to = network.roadIndex(t.toRoad());
            if (from < 0 || to < 0) {
                throw new IllegalArgumentException("no road " + (from < 0 ? t.fromRoad() : t.toRoad()));
            }
            List<String> route = quickest(from, to);
            if (route != null && t.perHourAtPeak() > 0) {
                trips.add(t);
                routes.add(route);
            }
        }
    }

    /**
     * A gravity-style matrix over the boundary: every road entering the network from a virtual intersection to every
     * road leaving it to another virtual intersection (not straight back), each pair weighted by the lanes at both
     * ends, {@code perHourAtPeak} vehicles in all.
     */
    public static List<Trip> boundaryMatrix(Network network, double perHourAtPeak) {
        List<Network.Road> entries = new ArrayList<>();
        List<Network.Road> exits = new ArrayList<>();
        for (Network.Road r : network.roads()) {
            if (network.intersection(r.from()).virtual()) {
                entries.add(r);
            }
            if (network.intersection(r.to()).virtual()) {
                exits.add(r);
            }
        }
        double total = 0;
        for (Network.Road in : entries) {
            for (Network.Road out : exits) {
                if (out.to() != in.from()) {
                    total += in.laneCount() * out.laneCount();
                }
            }
        }
        List<Trip> matrix = new ArrayList<>();
        for (Network.Road in : entries) {
            for (Network.Road out : exits) {
                if (out.to() != in.from()) {
                    matrix.add(new Trip(in.id(), out.id(), perHourAtPeak * in.laneCount() * out.laneCount() / total));
                }
            }
        }
        return matrix;
    }

    /** The pairs that have a route, in the matrix's order. */
    public List<Trip> trips() {
        return List.copyOf(trips);
    }

    /** The route (road ids) of pair {@code i} of {@link #trips()}. */
    public List<String> route(int i) {
        return routes.get(i);
    }

    /**
     * The vehicles departing in {@code [from, to)} seconds of simulated time, when simulated second 0 is second {@code
     * startOfDay} of the day: one single-vehicle flow each, in order of departure.
     */
    public List<Flow> between(double from, double to, double startOfDay) {
        List<Flow> out = new ArrayList<>();
        long firstMinute = (long) Math.floor(from / 60);
        long lastMinute = (long) Math.ceil(to / 60);
        for (int i = 0; i < trips.size(); i++) {
            double peakRate = trips.get(i).perHourAtPeak() / 3600;
            for (long m = firstMinute; m < lastMinute; m++) {
                SplittableRandom random = new SplittableRandom(mix(seed, i, m));
                double t = m * 60.0;
                while (true) {
                    t += -Math.log(1 - random.nextDouble()) / peakRate;
                    if (t >= (m + 1) * 60.0) {
                        break;
                    }
                    boolean kept = random.nextDouble() < profile.at(startOfDay + t);
                    if (kept && t >= from && t < to) {
                        double at = Math.floor(t);
                        out.add(new Flow(vehicle, routes.get(i), 1, at, at));
                    }
                }
            }
        }
        out.sort(Comparator.comparingDouble(Flow::startTime));
        return out;
    }

    /** The demand of {@code seconds} of simulated time from second {@code startOfDay} of the day. */
    public Demand demand(double seconds, double startOfDay) {
        return new Demand(between(0, seconds, startOfDay));
    }

    private static long mix(long seed, long pair, long minute) {
        long h = seed * 0x9E3779B97F4A7C15L + pair;
        h = h * 0xBF58476D1CE4E5B9L + minute;
        return h ^ (h >>> 31);
    }

    /**
     * The quickest route from road {@code from} to road {@code to} that some lane of {@code from} can drive lane by
     * lane, as road ids; null when there is none.
     */
    private List<String> quickest(int from, int to) {
        return quickest(network, vehicle, new int[] {from}, road -> road == to);
    }

    /**
     * The quickest route for {@code vehicle} from one of roads {@code from} to the first road that {@code arrived}
     * accepts, that can be driven lane by lane without changing lanes, as road ids; null when there is none. Dijkstra
     * over lanes: free-flow time on lanes (at the lower of the lane's and the vehicle's top speed) and lane links (at
     * the turning speed), plus the penalty per turn standing for the wait at a light (left 20 s, right 5 s).
     */
    static List<String> quickest(
            Network network, VehicleType vehicle, int[] from, java.util.function.IntPredicate arrived) {
        int lanes = network.lanes().size();
        double[] cost = new double[lanes];
        int[] previous = new int[lanes];
        Arrays.fill(cost, Double.POSITIVE_INFINITY);
        Arrays.fill(previous, -1);
        PriorityQueue<double[]> queue = new PriorityQueue<>(Comparator.comparingDouble(e -> e[0]));
        for (int road : from) {
            Network.Road start = network.road(road);
            for (int l = start.firstLane(); l < start.firstLane() + start.laneCount(); l++) {
                cost[l] = laneTime(network, vehicle, l);
                queue.add(new double[] {cost[l], l});
            }
        }
        int reached = -1;
        while (!queue.isEmpty()) {
            double[] e = queue.poll();
            int lane = (int) e[1];
            if (e[0] > cost[lane]) {
                continue;
            }
            int road = network.lane(lane).road();
            if (arrived.test(road)) {
                reached = lane;
                break;
            }
            Network.Intersection x = network.intersection(network.road(road).to());
            for (Network.RoadLink link : x.roadLinks()) {
                for (Network.LaneLink ll : link.laneLinks()) {
                    if (ll.startLane() != lane) {
                        continue;
                    }
                    double c = e[0]
                            + ll.length() / Demand.VehicleType.TURN_SPEED
                            + penalty(link.turn())
                            + laneTime(network, vehicle, ll.endLane());
                    if (c < cost[ll.endLane()]) {
                        cost[ll.endLane()] = c;
                        previous[ll.endLane()] = lane;
                        queue.add(new double[] {c, ll.endLane()});
                    }
                }
            }
        }
        if (reached < 0) {
            return null;
        }
        List<String> route = new ArrayList<>();
        for (int lane = reached; lane >= 0; lane = previous[lane]) {
            route.add(0, network.road(network.lane(lane).road()).id());
        }
        return route;
    }

    private static double laneTime(Network network, VehicleType vehicle, int lane) {
        Network.Lane l = network.lane(lane);
        return l.length() / Math.min(l.maxSpeed(), vehicle.maxSpeed());
    }

    private static double penalty(Network.Turn turn) {
        return switch (turn) {
            case LEFT -> LEFT;
            case RIGHT -> RIGHT;
            case STRAIGHT -> 0;
        };
    }
}
