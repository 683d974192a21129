package city.traffic.internal;

import city.platform.geo.GeoPoint;
import city.platform.rest.Problem;
import city.platform.rest.ProblemException;
import city.traffic.api.GreenWaveRule;
import city.traffic.internal.network.Point;
import city.traffic.internal.network.Road;
import city.traffic.internal.network.RoadNetwork;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.ws.rs.core.Response;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.jboss.logging.Logger;

/**
 * Ambulance trips and their green waves (NTCIP 1211-style preemption). A trip gets the fastest route to its hospital
 * by the current travel times. From the vehicle's live positions (map-matched onto its route), each signal on the
 * route ahead is preempted to serve the ambulance's movement once the vehicle is within {@link #LEAD_SECONDS} of it
 * (at least {@link #LEAD_METRES}), and handed back to normal control as soon as the vehicle has crossed it: the rule of
 * {@link GreenWaveRule#CITY}, which the twin's offline green wave also follows. The phase serving the movement is the
 * one {@link SignalWiring#phaseServing} finds, as offline. A
 * signal another ambulance already preempts stays with that one. A vehicle silent for {@link #SILENT} gives its
 * signals back until it reports again. Each trip records its travel time, its stops (and those at a red light) and
 * the signals it preempted.
 */
@ApplicationScoped
public class EmergencyTrips {

    private static final Logger LOG = Logger.getLogger(EmergencyTrips.class);

    /** When a signal is switched and handed back: the city's rule, which the twin's offline green wave also reads. */
    static final GreenWaveRule WAVE = GreenWaveRule.CITY;

    /** How long before the ambulance reaches a signal it is switched: a cut green, yellow, all-red and a queue. */
    public static final double LEAD_SECONDS = WAVE.leadSeconds();

    public static final double LEAD_METRES = WAVE.minLeadMetres();
    /** Past the intersection's centre by this much, the ambulance has crossed it. */
    static final double PASSED_METRES = WAVE.passedMetres();

    static final double ARRIVED_METRES = 30;
    static final double OFF_ROUTE_METRES = 80;
    static final double STOPPED_KMH = 5;
    static final double MOVING_KMH = 10;
    /** A stop this close before a signal counts as a stop at that signal. */
    static final double AT_SIGNAL_METRES = 60;

    public static final Duration SILENT = Duration.ofSeconds(30);
    static final Duration ABANDONED = Duration.ofHours(3);

    public enum Status {
        ACTIVE,
        ARRIVED,
        CANCELLED
    }

    /** A vehicle's position report (FIWARE Vehicle): speed in km/h, heading in degrees from north. */
    public record Position(String vehicleId, Instant at, double lat, double lon, Double speedKmh, Double heading) {}

    /** A new trip: from an intersection, or from the intersection nearest to a point, to a hospital. */
    public record NewTrip(
            String vehicleId,
            String originId,
            Double originLat,
            Double originLon,
            String hospitalId,
            Boolean greenWave) {}

    public record PositionView(double lat, double lon, Instant at, Double speedKmh) {}

    /** A trip as screens and the API show it. */
    public record TripView(
            UUID id,
            String vehicleId,
            String hospitalId,
            String hospitalNameZh,
            String hospitalNameEn,
            String originId,
            String destinationId,
            Status status,
            boolean greenWave,
            Instant createdAt,
            String createdBy,
            Instant startedAt,
            Instant endedAt,
            double plannedSeconds,
            Double travelSeconds,
            Double etaSeconds,
            double routeMetres,
            Double remainingMetres,
            List<String> routeRoadIds,
            PositionView position,
            boolean offRoute,
            int stops,
            int stopsAtRed,
            int signalsPreempted,
            List<String> preempted,
            List<String> preempting) {}

    /** A signal the route crosses: the route metre of its centre, the roads in and out, the phase that serves them. */
    record Crossing(String intersectionId, double at, String fromRoad, String toRoad, int phase) {}

    /** The live state of a trip in progress (guarded by the EmergencyTrips monitor). */
    final class Trip {
        final UUID id;
        final String vehicleId;
        final Hospitals.Hospital hospital;
        final String originId;
        final List<Road> roads;
        final double[] offsets;
        final double length;
        final List<Crossing> crossings;
        final boolean greenWave;
        final Instant createdAt;
        final String createdBy;
        final double plannedSeconds;
        Instant startedAt;
        Instant lastAt;
        double progress;
        int roadIndex;
        Position last;
        Double speedKmh;
        boolean moving;
        boolean offRoute;
        int stops;
        int stopsAtRed;
        final Set<String> preempted = new LinkedHashSet<>();
        final Set<String> owned = new LinkedHashSet<>();
        /** When each owned signal was preempted; those held too long are handed back for good. */
        final Map<String, Instant> heldSince = new HashMap<>();

        final Set<String> exhausted = new LinkedHashSet<>();

        Trip(
                UUID id,
                String vehicleId,
                Hospitals.Hospital hospital,
                String originId,
                List<Road> roads,
                boolean greenWave,
                Instant createdAt,
                String createdBy,
                double plannedSeconds) {
            this.id = id;
            this.vehicleId = vehicleId;
            this.hospital = hospital;
            this.originId = originId;
            this.roads = List.copyOf(roads);
            this.offsets = new double[roads.size() + 1];
            for (int i = 0; i < roads.size(); i++) {
                offsets[i + 1] = offsets[i] + roads.get(i).length();
            }
            this.length = offsets[roads.size()];
            this.greenWave = greenWave;
            this.createdAt = createdAt;
            this.createdBy = createdBy;
            this.plannedSeconds = plannedSeconds;
            List<Crossing> cs = new ArrayList<>();
            for (int i = 0; i + 1 < roads.size(); i++) {
                String at = roads.get(i).to();
                int phase = signals.hasSignal(at)
                        ? signals.phaseFor(
                                at, roads.get(i).id(), roads.get(i + 1).id())
                        : -1;
                if (phase >= 0) {
                    cs.add(new Crossing(
                            at,
                            offsets[i + 1],
                            roads.get(i).id(),
                            roads.get(i + 1).id(),
                            phase));
                }
            }
            this.crossings = List.copyOf(cs);
        }

        String destinationId() {
            return roads.get(roads.size() - 1).to();
        }
    }

    private final TrafficNetworks networks;
    private final LiveTraffic live;
    private final SignalControl signals;
    private final EmergencyTripStore store;
    private final Clock clock;
    private final Map<String, Trip> byVehicle = new HashMap<>();
    private final Map<String, UUID> owners = new HashMap<>();
    private RoadNetwork hospitalsNetwork;
    private Hospitals hospitals;
    private long ignoredPositions;

    EmergencyTrips(
            TrafficNetworks networks, LiveTraffic live, SignalControl signals, EmergencyTripStore store, Clock clock) {
        this.networks = networks;
        this.live = live;
        this.signals = signals;
        this.store = store;
        this.clock = clock;
    }

    /** A new network has new signals and roads: trips in progress on the old one cannot go on. */
    synchronized void onNetwork(@Observes NetworkInstalled event) {
        Instant now = clock.instant();
        for (Trip t : List.copyOf(byVehicle.values())) {
            t.owned.clear();
            end(t, Status.CANCELLED, now);
        }
        owners.clear();
        cancelLeftovers(now);
    }

    private void cancelLeftovers(Instant now) {
        // trips of an earlier run: their live state is gone
        try {
            store.cancelActiveBut(byVehicle.values().stream().map(t -> t.id).toList(), now);
        } catch (IllegalStateException e) {
            LOG.warn("could not close the trips of an earlier run", e);
        }
    }

    public synchronized List<Hospitals.Hospital> hospitals() {
        RoadNetwork network = networks.current();
        if (hospitals == null || hospitalsNetwork != network) {
            hospitals = new Hospitals(network);
            hospitalsNetwork = network;
        }
        return hospitals.all();
    }

    /** Plans a trip; 400 for bad input, 409 when the vehicle is already on a trip or no route exists. */
    public synchronized TripView create(NewTrip in, String userId) {
        RoadNetwork network = networks.current();
        List<Problem.FieldError> errors = new ArrayList<>();
        if (in.vehicleId() == null || !in.vehicleId().matches("[A-Za-z0-9-]{2,32}")) {
            errors.add(new Problem.FieldError("vehicleId", "2 to 32 letters, digits or dashes"));
        }
        Hospitals.Hospital hospital = null;
        hospitals();
        if (in.hospitalId() == null) {
            errors.add(new Problem.FieldError("hospitalId", "is required"));
        } else {
            hospital = hospitals.find(in.hospitalId()).orElse(null);
            if (hospital == null) {
                errors.add(new Problem.FieldError("hospitalId", "no such hospital"));
            }
        }
        String origin = null;
        if (in.originId() != null) {
            if (network.findIntersection(in.originId()).isEmpty()) {
                errors.add(new Problem.FieldError("originId", "no such intersection"));
            } else {
                origin = in.originId();
            }
        } else if (in.originLat() != null && in.originLon() != null) {
            if (Math.abs(in.originLat()) > 90 || Math.abs(in.originLon()) > 180) {
                errors.add(new Problem.FieldError("originLat", "not a position"));
            } else {
                origin = nearest(network, new GeoPoint(in.originLat(), in.originLon()));
            }
        } else {
            errors.add(new Problem.FieldError("originId", "an intersection, or originLat and originLon, is required"));
        }
        if (!errors.isEmpty()) {
            throw new ProblemException(Response.Status.BAD_REQUEST, "Some fields are invalid.", errors);
        }
        if (origin.equals(hospital.intersectionId())) {
            throw ProblemException.invalidField("originId", "the ambulance is already at the hospital");
        }
        if (byVehicle.containsKey(in.vehicleId())) {
            throw new ProblemException(
                    Response.Status.CONFLICT,
                    "https://city.example/problems/vehicle-on-trip",
                    "Vehicle " + in.vehicleId() + " is already on a trip; end it first.",
                    List.of());
        }
        Router.Route route = new Router(network).fastest(origin, hospital.intersectionId(), live::travelSeconds);
        if (route == null || route.roads().isEmpty()) {
            throw new ProblemException(
                    Response.Status.CONFLICT,
                    "https://city.example/problems/no-route",
                    "The network has no route from " + origin + " to " + hospital.nameEn() + ".",
                    List.of());
        }
        Trip t = new Trip(
                UUID.randomUUID(),
                in.vehicleId(),
                hospital,
                origin,
                route.roads(),
                in.greenWave() == null || in.greenWave(),
                clock.instant(),
                userId,
                route.seconds());
        store.insert(new EmergencyTripStore.Planned(
                t.id,
                t.vehicleId,
                t.originId,
                t.hospital.id(),
                t.destinationId(),
                t.roads.stream().map(Road::id).toList(),
                t.greenWave,
                t.createdAt,
                t.createdBy,
                t.plannedSeconds));
        byVehicle.put(t.vehicleId, t);
        return view(t);
    }

    private static String nearest(RoadNetwork network, GeoPoint at) {
        return network.intersections().stream()
                .min(Comparator.comparingDouble(i -> at.metresTo(i.location())))
                .orElseThrow()
                .id();
    }

    /** Applies position reports in time order; a vehicle without a trip, or an older report, changes nothing. */
    public synchronized void onPositions(List<Position> positions) {
        List<Position> sorted = new ArrayList<>(positions);
        sorted.sort(Comparator.comparing(Position::at));
        for (Position p : sorted) {
            Trip t = byVehicle.get(p.vehicleId());
            if (t == null || (t.lastAt != null && !p.at().isAfter(t.lastAt))) {
                ignoredPositions++;
                continue;
            }
            move(t, p);
        }
    }

    private void move(Trip t, Position p) {
        RoadNetwork network = networks.current();
        Point here = network.plane().toLocal(new GeoPoint(p.lat(), p.lon()));
        double bestDistance = Double.POSITIVE_INFINITY;
        double bestProgress = t.progress;
        int bestRoad = t.roadIndex;
        int from = Math.max(0, t.roadIndex - 1);
        int to = Math.min(t.roads.size(), t.roadIndex + 6);
        for (int r = from; r < to; r++) {
            List<Point> pts = t.roads.get(r).points();
            double along = 0;
            for (int s = 1; s < pts.size(); s++) {
                Point a = pts.get(s - 1);
                Point b = pts.get(s);
                double segment = a.distanceTo(b);
                double u = segment == 0
                        ? 0
                        : ((here.x() - a.x()) * (b.x() - a.x()) + (here.y() - a.y()) * (b.y() - a.y()))
                                / (segment * segment);
                u = Math.max(0, Math.min(1, u));
                Point q = new Point(a.x() + u * (b.x() - a.x()), a.y() + u * (b.y() - a.y()));
                double d = q.distanceTo(here);
                if (d < bestDistance) {
                    bestDistance = d;
                    bestProgress = t.offsets[r] + along + u * segment;
                    bestRoad = r;
                }
                along += segment;
            }
        }
        Instant previousAt = t.lastAt;
        double previousProgress = t.progress;
        t.lastAt = p.at();
        t.last = p;
        if (t.startedAt == null) {
            t.startedAt = p.at();
        }
        if (bestDistance > OFF_ROUTE_METRES) {
            // off the route (a detour, or a bad fix): no green wave until it is back on it
            t.offRoute = true;
            releaseAll(t);
            return;
        }
        t.offRoute = false;
        if (bestProgress > t.progress) {
            t.progress = bestProgress;
            t.roadIndex = bestRoad;
        }
        Double speed = p.speedKmh();
        if (speed == null && previousAt != null) {
            double seconds = Duration.between(previousAt, p.at()).toMillis() / 1000.0;
            speed = seconds <= 0 ? null : (t.progress - previousProgress) / seconds * 3.6;
        }
        t.speedKmh = speed;
        boolean changed = false;
        if (speed != null) {
            if (t.moving && speed < STOPPED_KMH) {
                t.moving = false;
                t.stops++;
                Crossing next = nextCrossing(t);
                if (next != null && next.at() - t.progress <= AT_SIGNAL_METRES && !green(next)) {
                    t.stopsAtRed++;
                }
                changed = true;
            } else if (!t.moving && speed >= MOVING_KMH) {
                t.moving = true;
            }
        }
        if (t.length - t.progress <= ARRIVED_METRES) {
            end(t, Status.ARRIVED, p.at());
            return;
        }
        if (t.greenWave) {
            double metresPerSecond = speed == null ? 0 : speed / 3.6;
            for (Crossing c : t.crossings) {
                String x = c.intersectionId();
                if (WAVE.passed(t.progress - c.at())) {
                    changed |= release(t, x);
                } else if (t.owned.contains(x)) {
                    Instant since = t.heldSince.get(x);
                    if (since != null
                            && WAVE.heldTooLong(Duration.between(since, p.at()).toMillis() / 1000.0)) {
                        // stuck behind something the held phase cannot clear: the other movements get their turn
                        changed |= release(t, x);
                        t.exhausted.add(x);
                    }
                } else if (WAVE.preempts(c.at() - t.progress, metresPerSecond) && !t.exhausted.contains(x)) {
                    UUID owner = owners.get(x);
                    if (owner == null) {
                        signals.preempt(x, c.phase());
                        owners.put(x, t.id);
                        t.owned.add(x);
                        t.heldSince.put(x, p.at());
                        t.preempted.add(x);
                        changed = true;
                    }
                }
            }
        }
        if (changed) {
            save(t);
        }
    }

    private Crossing nextCrossing(Trip t) {
        for (Crossing c : t.crossings) {
            if (!WAVE.passed(t.progress - c.at())) {
                return c;
            }
        }
        return null;
    }

    private boolean green(Crossing c) {
        SignalControl.SignalView v = signals.view(c.intersectionId());
        return "GREEN".equals(v.stage()) && v.phase() == c.phase();
    }

    private boolean release(Trip t, String intersectionId) {
        if (!t.owned.remove(intersectionId)) {
            return false;
        }
        owners.remove(intersectionId, t.id);
        if (signals.hasSignal(intersectionId)) {
            signals.releasePreemption(intersectionId);
        }
        return true;
    }

    private void releaseAll(Trip t) {
        for (String id : List.copyOf(t.owned)) {
            release(t, id);
        }
    }

    /** Ends a trip in progress (an operator, or the dispatch system, calls it off); a finished trip stays as it is. */
    public synchronized TripView cancel(UUID id) {
        for (Trip t : byVehicle.values()) {
            if (t.id.equals(id)) {
                end(t, Status.CANCELLED, clock.instant());
                return trip(id).orElseThrow();
            }
        }
        return trip(id).orElseThrow(() -> ProblemException.notFound("No trip " + id + "."));
    }

    private void end(Trip t, Status status, Instant at) {
        releaseAll(t);
        byVehicle.remove(t.vehicleId);
        Double travel = status == Status.ARRIVED && t.startedAt != null
                ? Duration.between(t.startedAt, at).toMillis() / 1000.0
                : null;
        store(t, status, at, travel);
    }

    /** Gives back the signals of vehicles that stopped reporting; calls off trips abandoned for hours. */
    public synchronized void sweep() {
        Instant now = clock.instant();
        for (Trip t : List.copyOf(byVehicle.values())) {
            Instant seen = t.lastAt == null ? t.createdAt : t.lastAt;
            if (seen.isBefore(now.minus(ABANDONED))) {
                end(t, Status.CANCELLED, now);
            } else if (seen.isBefore(now.minus(SILENT)) && !t.owned.isEmpty()) {
                releaseAll(t);
                save(t);
            }
        }
    }

    public synchronized List<TripView> active() {
        return byVehicle.values().stream()
                .sorted(Comparator.comparing((Trip t) -> t.createdAt))
                .map(this::view)
                .toList();
    }

    /** The latest trips, newest first, in progress and finished. */
    public synchronized List<TripView> recent(int limit) {
        return store.recent(limit).stream().map(this::fromRow).toList();
    }

    public synchronized Optional<TripView> trip(UUID id) {
        for (Trip t : byVehicle.values()) {
            if (t.id.equals(id)) {
                return Optional.of(view(t));
            }
        }
        return store.find(id).map(this::fromRow);
    }

    /** Position reports that changed nothing (no trip for the vehicle, or older than its last one). */
    public synchronized long ignoredPositions() {
        return ignoredPositions;
    }

    /** A stored trip as screens show it: live when it is in progress, else as it ended. */
    private TripView fromRow(EmergencyTripStore.Row row) {
        EmergencyTripStore.Planned p = row.planned();
        EmergencyTripStore.Progress done = row.progress();
        for (Trip t : byVehicle.values()) {
            if (t.id.equals(p.id())) {
                return view(t);
            }
        }
        String hospitalId = p.hospitalId();
        Optional<Hospitals.Hospital> h = hospitals == null ? Optional.empty() : hospitals.find(hospitalId);
        return new TripView(
                p.id(),
                p.vehicleId(),
                hospitalId,
                h.map(Hospitals.Hospital::nameZh).orElse(hospitalId),
                h.map(Hospitals.Hospital::nameEn).orElse(hospitalId),
                p.originId(),
                p.destinationId(),
                done.status(),
                p.greenWave(),
                p.createdAt(),
                p.createdBy(),
                done.startedAt(),
                done.endedAt(),
                p.plannedSeconds(),
                done.travelSeconds(),
                null,
                0,
                null,
                p.route(),
                null,
                false,
                done.stops(),
                done.stopsAtRed(),
                row.signalsPreempted(),
                done.preempted(),
                List.of());
    }

    private TripView view(Trip t) {
        Double eta = null;
        if (t.roadIndex < t.roads.size()) {
            Road current = t.roads.get(t.roadIndex);
            double onRoad = current.length() == 0 ? 0 : (t.offsets[t.roadIndex + 1] - t.progress) / current.length();
            double seconds = live.travelSeconds(current) * Math.max(0, Math.min(1, onRoad));
            for (int i = t.roadIndex + 1; i < t.roads.size(); i++) {
                seconds += live.travelSeconds(t.roads.get(i));
            }
            eta = seconds;
        }
        return new TripView(
                t.id,
                t.vehicleId,
                t.hospital.id(),
                t.hospital.nameZh(),
                t.hospital.nameEn(),
                t.originId,
                t.destinationId(),
                Status.ACTIVE,
                t.greenWave,
                t.createdAt,
                t.createdBy,
                t.startedAt,
                null,
                t.plannedSeconds,
                null,
                eta,
                t.length,
                Math.max(0, t.length - t.progress),
                t.roads.stream().map(Road::id).toList(),
                t.last == null ? null : new PositionView(t.last.lat(), t.last.lon(), t.last.at(), t.speedKmh),
                t.offRoute,
                t.stops,
                t.stopsAtRed,
                t.preempted.size(),
                List.copyOf(t.preempted),
                List.copyOf(t.owned));
    }

    private void save(Trip t) {
        try {
            store(t, Status.ACTIVE, null, null);
        } catch (IllegalStateException e) {
            LOG.warnf(e, "trip %s: progress could not be stored", t.id);
        }
    }

    /** Writes a trip's progress, and its end when {@code at} is given. */
    private void store(Trip t, Status status, Instant at, Double travel) {
        store.update(
                t.id,
                new EmergencyTripStore.Progress(
                        status, at, travel, t.startedAt, t.stops, t.stopsAtRed, List.copyOf(t.preempted)));
    }
}
