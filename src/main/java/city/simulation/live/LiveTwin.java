package city.simulation.live;

import city.platform.geo.GeoPoint;
import city.platform.time.ClockProducer;
import city.simulation.DeviceClient;
import city.simulation.SimulationConfig;
import city.simulation.traffic.AmbulanceExperiment;
import city.simulation.traffic.CityFlowReader;
import city.simulation.traffic.Demand;
import city.simulation.traffic.DetectorReading;
import city.simulation.traffic.Detectors;
import city.simulation.traffic.Network;
import city.simulation.traffic.Observations;
import city.simulation.traffic.OdDemand;
import city.simulation.traffic.Scenario;
import city.simulation.traffic.ScenarioException;
import city.simulation.traffic.Signals;
import city.simulation.traffic.Simulation;
import city.traffic.api.TrafficModel;
import city.traffic.api.event.NetworkActivated;
import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.UUID;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.jboss.logging.Logger;

/**
 * The live city's traffic: the microsimulation running in real time on the traffic module's active network, its
 * vehicles drawn from an origin-destination matrix over the boundary with a weekday profile (at the city's time of
 * day), obeying the live signals (closed loop: the controllers decide from what the twin's detectors report). Its
 * virtual devices post through the public ingestion API with the devices' credentials, as real ones would (ADR 9):
 * a loop detector on every lane, weather stations, cameras that see occasional accidents, breakdowns and violations,
 * and ambulances (trips asked of the emergency-dispatch endpoint, positions posted as they drive).
 *
 * <p>One thread steps the simulation once a wall second ({@code speed} steps when sped up); a second thread posts
 * what the devices say, from a bounded queue (a full queue drops the oldest work: the twin never holds the platform
 * back). All state is guarded by this object's monitor. Off unless {@code city.simulation.enabled} (the run command
 * turns it on) and {@code city.simulation.traffic.enabled}; tests drive it by hand ({@link #begin}, {@link #advance},
 * {@link #flush}).
 */
@ApplicationScoped
public class LiveTwin {

    private static final Logger LOG = Logger.getLogger(LiveTwin.class);

    public static final int MAX_SPEED = 20;

    /** What the staff see and control. */
    public record Status(
            boolean enabled,
            boolean running,
            boolean paused,
            int speed,
            double simulatedSeconds,
            String timeOfDay,
            int vehiclesOnNetwork,
            int waitingToEnter,
            int entered,
            int finished,
            long readingsSent,
            long cameraEventsSent,
            long weatherReportsSent,
            long positionsSent,
            long postsFailed,
            long postsDropped,
            boolean raining,
            List<AmbulanceView> ambulances,
            String lastError) {}

    /** An ambulance of the twin on its way. */
    public record AmbulanceView(
            UUID tripId, String vehicleId, String hospitalId, double startedAt, boolean onNetwork) {}

    /** What a triggered accident hit. */
    public record Accident(String type, String roadId, int lane, int vehicle, double seconds) {}

    /** The twin is not running (off by configuration, or its network is not loaded yet). */
    public static final class NotRunning extends IllegalStateException {

        NotRunning(String message) {
            super(message);
        }
    }

    private final TrafficModel model;
    private final DeviceClient devices;
    private final Clock clock;
    private final boolean enabled;
    private final double peakPerHour;
    private final double detectorSeconds;
    private final double weatherSeconds;
    private final double accidentsPerHour;
    private final double breakdownsPerHour;
    private final double violationsPerHour;
    private final double ambulanceSeconds;
    private final double positionSeconds;
    private final long seed;

    private final AtomicLong readings = new AtomicLong();
    private final AtomicLong cameraEvents = new AtomicLong();
    private final AtomicLong weatherReports = new AtomicLong();
    private final AtomicLong positions = new AtomicLong();
    private final AtomicLong failed = new AtomicLong();
    private final AtomicLong dropped = new AtomicLong();
    private volatile String lastError;

    private ScheduledExecutorService stepper;
    private ThreadPoolExecutor sender;

    // the running twin (guarded by this)
    private Simulation sim;
    private OdDemand demand;
    private double startOfDay;
    private long minutesAdded;
    private SplittableRandom random;
    private WeatherModel weather;
    private double nextWeather;
    private double nextAmbulance;
    private boolean paused;
    private int speed = 1;
    private int ambulanceCount;
    private String runId;
    /** The traffic module activated another network since the twin began: the next tick begins again on it. */
    private volatile boolean networkChanged;

    private final Map<Integer, Ambulance> ambulances = new LinkedHashMap<>();

    private static final class Ambulance {
        final UUID trip;
        final String vehicle;
        final String hospital;
        final double started;
        final List<String> route;
        double lastPosted = Double.NEGATIVE_INFINITY;
        Network.Point last;
        boolean seen;

        Ambulance(UUID trip, String vehicle, String hospital, double started, List<String> route) {
            this.trip = trip;
            this.vehicle = vehicle;
            this.hospital = hospital;
            this.started = started;
            this.route = route;
        }
    }

    LiveTwin(TrafficModel model, DeviceClient devices, Clock clock, SimulationConfig config) {
        this.model = model;
        this.devices = devices;
        this.clock = clock;
        SimulationConfig.Traffic traffic = config.traffic();
        this.enabled = config.enabled() && traffic.enabled();
        this.peakPerHour = traffic.peakVehiclesPerHour();
        this.detectorSeconds = traffic.detectorInterval().toMillis() / 1000.0;
        this.weatherSeconds = traffic.weatherInterval().toMillis() / 1000.0;
        this.accidentsPerHour = traffic.accidentsPerHour();
        this.breakdownsPerHour = traffic.breakdownsPerHour();
        this.violationsPerHour = traffic.violationsPerHour();
        this.ambulanceSeconds = traffic.ambulanceInterval().toMillis() / 1000.0;
        this.positionSeconds = traffic.positionInterval().toMillis() / 1000.0;
        this.seed = config.seed();
    }

    void start(@Observes StartupEvent event) {
        sender = new ThreadPoolExecutor(
                1, 1, 0, TimeUnit.MILLISECONDS, new ArrayBlockingQueue<>(200), daemon("simulation-traffic-devices"));
        sender.setRejectedExecutionHandler((task, pool) -> {
            dropped.incrementAndGet();
            pool.getQueue().poll();
            pool.getQueue().offer(task);
        });
        if (!enabled) {
            return;
        }
        stepper = Executors.newSingleThreadScheduledExecutor(daemon("simulation-traffic"));
        stepper.scheduleAtFixedRate(this::tickQuietly, 5, 1, TimeUnit.SECONDS);
    }

    void stop(@Observes ShutdownEvent event) {
        if (stepper != null) {
            stepper.shutdownNow();
        }
        if (sender != null) {
            sender.shutdownNow();
        }
    }

    private static java.util.concurrent.ThreadFactory daemon(String name) {
        return r -> {
            Thread t = new Thread(r, name);
            t.setDaemon(true);
            t.setPriority(Thread.MIN_PRIORITY);
            return t;
        };
    }

    /** One wall second of the stepping thread: (re)starts on the active network, then steps unless paused. */
    void tickQuietly() {
        try {
            if (sim == null && !devices.ready()) {
                return; // Keycloak is still starting: the devices could not report yet
            }
            synchronized (this) {
                if (sim == null || networkChanged) {
                    begin();
                }
                if (!paused) {
                    advance(speed);
                }
            }
        } catch (RuntimeException e) {
            lastError = e.toString();
            LOG.debugf("live twin: %s (will try again)", e);
        }
    }

    /**
     * Starts the twin afresh on the active network, at the city's time of day: no vehicles yet, the matrix's at the
     * profile of this hour from the first minute on.
     */
    public synchronized void begin() {
        networkChanged = false;
        String json = model.activeRoadnet();
        Network network = CityFlowReader.readRoadnet(json);
        Scenario empty = new Scenario(network, new Demand(List.of()));
        sim = new Simulation(empty, new LiveSignals(model), new Simulation.Options(1, seed));
        sim.attach(new Detectors(network, detectorSeconds, Detectors.DEFAULT_DISTANCE, this::postReadings));
        sim.onArrival(this::arrived);
        demand = new OdDemand(
                network,
                OdDemand.boundaryMatrix(network, peakPerHour),
                OdDemand.DayProfile.WEEKDAY,
                OdDemand.CITY_CAR,
                seed);
        startOfDay = LocalTime.now(clock.withZone(ClockProducer.CITY_ZONE)).toSecondOfDay();
        minutesAdded = 0;
        random = new SplittableRandom(seed);
        weather = new WeatherModel(seed);
        nextWeather = 0;
        nextAmbulance = ambulanceSeconds > 0 ? ambulanceSeconds / 3 : Double.POSITIVE_INFINITY;
        ambulances.clear();
        runId = Long.toString(clock.millis() / 1000 % 1_000_000_000L, 36).toUpperCase(Locale.ROOT);
        LOG.infof(
                "live twin: %d intersections, %d lanes, %d origin-destination pairs, %.0f vehicles/h at the peak",
                network.intersections().size(),
                network.lanes().size(),
                demand.trips().size(),
                peakPerHour);
    }

    /** The traffic module runs on another network now (after its commit): the twin moves over at its next tick. */
    void networkActivated(@Observes(during = TransactionPhase.AFTER_SUCCESS) NetworkActivated event) {
        networkChanged = true;
        LOG.infof("live twin: the traffic module activated network %d (%s)", event.networkId(), event.name());
    }

    /** The running simulation (for tests; read it holding this object's monitor), or null. */
    synchronized Simulation simulation() {
        return sim;
    }

    /** Stops the twin (until {@link #begin}). */
    public synchronized void end() {
        sim = null;
        ambulances.clear();
    }

    /** Simulates {@code seconds} steps now (the stepping thread does one a wall second, times the speed). */
    public synchronized void advance(int seconds) {
        running();
        for (int i = 0; i < seconds; i++) {
            step();
        }
    }

    private void step() {
        double now = sim.time();
        while (minutesAdded * 60 <= now + 1) {
            for (Demand.Flow f : demand.between(minutesAdded * 60, minutesAdded * 60 + 60, startOfDay)) {
                sim.add(f);
            }
            minutesAdded++;
        }
        if (now >= nextWeather && weatherSeconds > 0) {
            nextWeather = now + weatherSeconds;
            List<WeatherModel.Observation> report = weather.report(clock.instant(), secondOfDay());
            send("weather", devices::postWeather, report, weatherReports);
        }
        if (random.nextDouble() < accidentsPerHour / 3600) {
            stallSomeone("ACCIDENT", null, 900 + random.nextInt(900));
        }
        if (random.nextDouble() < breakdownsPerHour / 3600) {
            stallSomeone("STALLED_VEHICLE", null, 300 + random.nextInt(300));
        }
        if (random.nextDouble() < violationsPerHour / 3600) {
            violation();
        }
        if (now >= nextAmbulance) {
            nextAmbulance = now + ambulanceSeconds * (0.5 + random.nextDouble());
            try {
                dispatchAmbulance(null, null);
            } catch (IOException | RuntimeException e) {
                lastError = e.toString();
                LOG.debugf("live twin: no ambulance trip: %s", e);
            }
        }
        sim.step();
        if (!ambulances.isEmpty()) {
            postAmbulancePositions();
        }
    }

    private double secondOfDay() {
        return (startOfDay + sim.time()) % 86_400;
    }

    private void running() {
        if (sim == null) {
            throw new NotRunning(
                    enabled
                            ? "the live twin is starting: its network is not loaded yet"
                            : "the live twin is off (city.simulation.enabled)");
        }
    }

    // ---- staff controls

    public synchronized Status status() {
        List<AmbulanceView> amb = new ArrayList<>();
        for (Ambulance a : ambulances.values()) {
            amb.add(new AmbulanceView(a.trip, a.vehicle, a.hospital, a.started, a.seen));
        }
        boolean running = sim != null;
        int sod = running ? (int) secondOfDay() : 0;
        return new Status(
                enabled,
                running,
                paused,
                speed,
                running ? sim.time() : 0,
                running ? String.format(Locale.ROOT, "%02d:%02d", sod / 3600, sod / 60 % 60) : null,
                running ? sim.onNetwork() : 0,
                running ? sim.waitingToEnter() : 0,
                running ? sim.entered() : 0,
                running ? sim.finished() : 0,
                readings.get(),
                cameraEvents.get(),
                weatherReports.get(),
                positions.get(),
                failed.get(),
                dropped.get(),
                weather != null && weather.raining(),
                amb,
                lastError);
    }

    public synchronized void pause() {
        paused = true;
    }

    public synchronized void resume() {
        paused = false;
    }

    /** Simulated seconds per wall second, 1 to {@value #MAX_SPEED}. */
    public synchronized void speed(int factor) {
        if (factor < 1 || factor > MAX_SPEED) {
            throw new IllegalArgumentException("speed is 1 to " + MAX_SPEED + ", got " + factor);
        }
        speed = factor;
    }

    /**
     * Crashes a vehicle now: on road {@code roadId} if given (else anywhere), for 20 minutes, and the road's camera
     * reports it.
     *
     * @throws NotRunning when the twin is not running
     * @throws IllegalArgumentException when no vehicle is on that road to crash
     */
    public synchronized Accident accident(String roadId) {
        running();
        Accident a = stallSomeone("ACCIDENT", roadId, 1200);
        if (a == null) {
            throw new IllegalArgumentException(
                    roadId == null ? "no vehicle is on the network yet" : "no vehicle is on road " + roadId + " now");
        }
        return a;
    }

    /**
     * Sends an ambulance now, from {@code originId} (an intersection; else one at random) to {@code hospitalId} (else
     * one at random), through the emergency-dispatch endpoint; returns its trip.
     */
    public synchronized AmbulanceView ambulance(String originId, String hospitalId) throws IOException {
        running();
        return dispatchAmbulance(originId, hospitalId);
    }

    /** A hospital the ambulances drive to, as the platform lists them. */
    public record Hospital(String id, String nameZh, String nameEn) {}

    private volatile List<Hospital> hospitals;

    /** The platform's hospitals (asked once with the devices' credentials); empty when it cannot be asked now. */
    public List<Hospital> hospitals() {
        List<Hospital> known = hospitals;
        if (known != null) {
            return known;
        }
        try {
            List<Hospital> out = new ArrayList<>();
            for (JsonNode h : devices.hospitals()) {
                out.add(new Hospital(
                        h.path("id").asText(),
                        h.path("nameZh").asText(),
                        h.path("nameEn").asText()));
            }
            hospitals = List.copyOf(out);
            return hospitals;
        } catch (IOException e) {
            return List.of();
        }
    }

    /** Waits until every post queued so far has been sent (for tests and demonstrations). */
    public void flush() throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while ((sender.getQueue().size() > 0 || sender.getActiveCount() > 0) && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
    }

    // ---- devices

    /** A FIWARE TrafficFlowObserved reading as the ingestion API takes it. */
    record Reading(
            String refRoadSegment,
            int laneId,
            Instant dateObservedFrom,
            Instant dateObservedTo,
            int intensity,
            double occupancy,
            Double averageVehicleSpeed,
            double queueLength) {}

    /** A camera's event as the ingestion API takes it. */
    record CameraReport(
            String type,
            String refRoadSegment,
            Integer laneId,
            String plate,
            Double speedKmh,
            Double speedLimitKmh,
            String evidence,
            Instant observedAt) {}

    /** A FIWARE Vehicle position as the ingestion API takes it. */
    record Position(
            String vehicleId, Instant dateObserved, Map<String, Object> location, Double speed, Double heading) {}

    private void postReadings(List<DetectorReading> batch) {
        Instant to = clock.instant();
        Instant from = to.minusMillis(Math.max(1, Math.round(detectorSeconds * 1000 / speed)));
        List<Reading> out = new ArrayList<>(batch.size());
        for (DetectorReading r : batch) {
            out.add(new Reading(
                    r.roadId(),
                    r.laneInRoad(),
                    from,
                    to,
                    r.count(),
                    Math.round(r.occupancy() * 1000) / 1000.0,
                    r.averageSpeed() == null ? null : Math.round(r.averageSpeed() * 36) / 10.0,
                    r.queue()));
        }
        send("lane readings", devices::postLaneReadings, out, readings);
    }

    /** What a device posts: one of {@link DeviceClient}'s ingestion calls. */
    private interface Post {
        void send(List<?> body) throws IOException;
    }

    /** Queues a post for the sending thread (a full queue drops the oldest, counted); counts what arrived. */
    private void send(String what, Post post, List<?> body, AtomicLong counter) {
        sender.execute(() -> {
            try {
                post.send(body);
                counter.addAndGet(body.size());
            } catch (IOException | RuntimeException e) {
                failed.incrementAndGet();
                lastError = e.getMessage();
                LOG.debugf("live twin: %s refused: %s", what, e.getMessage());
            }
        });
    }

    /** Stops a vehicle on a lane for {@code seconds} and reports it; null when there is none to stop. */
    private Accident stallSomeone(String type, String roadId, double seconds) {
        List<Simulation.VehicleState> candidates = new ArrayList<>();
        Network network = sim.scenario().network();
        for (Simulation.VehicleState v : sim.vehicles()) {
            if (v.lane() >= 0
                    && network.approachesRealIntersection(v.lane())
                    && !ambulances.containsKey(v.flow())
                    && (roadId == null || roadId.equals(sim.roadOf(v)))) {
                candidates.add(v);
            }
        }
        if (candidates.isEmpty()) {
            return null;
        }
        Simulation.VehicleState v = candidates.get(random.nextInt(candidates.size()));
        sim.stall(v.id(), seconds);
        String road = sim.roadOf(v);
        int lane = network.lane(v.lane()).indexInRoad();
        Instant at = clock.instant();
        send(
                "camera events",
                devices::postCameraEvents,
                List.of(new CameraReport(type, road, lane, null, null, null, evidence(road, at), at)),
                cameraEvents);
        return new Accident(type, road, lane, v.id(), seconds);
    }

    private void violation() {
        List<Simulation.VehicleState> moving = new ArrayList<>();
        for (Simulation.VehicleState v : sim.vehicles()) {
            if (v.lane() >= 0 && v.speed() > 5) {
                moving.add(v);
            }
        }
        if (moving.isEmpty()) {
            return;
        }
        Simulation.VehicleState v = moving.get(random.nextInt(moving.size()));
        Network network = sim.scenario().network();
        String road = sim.roadOf(v);
        int lane = network.lane(v.lane()).indexInRoad();
        Instant at = clock.instant();
        boolean speeding = random.nextBoolean();
        double limit = Math.round(network.lane(v.lane()).maxSpeed() * 3.6);
        CameraReport report = new CameraReport(
                speeding ? "SPEEDING" : "RED_LIGHT",
                road,
                lane,
                plate(),
                speeding ? (double) Math.round(limit * (1.15 + 0.45 * random.nextDouble())) : null,
                speeding ? limit : null,
                evidence(road, at),
                at);
        send("camera events", devices::postCameraEvents, List.of(report), cameraEvents);
    }

    private static final String PLATE_LETTERS = "ABCDEFGHJKLMNPQRSTUVWXYZ0123456789";

    private String plate() {
        StringBuilder p = new StringBuilder("沪").append((char) ('A' + random.nextInt(14)));
        for (int i = 0; i < 5; i++) {
            p.append(i < 1 ? PLATE_LETTERS.charAt(random.nextInt(24)) : (char) ('0' + random.nextInt(10)));
        }
        return p.toString();
    }

    private String evidence(String road, Instant at) {
        return "twin://cameras/" + road + "/" + at.toEpochMilli() + ".jpg";
    }

    private AmbulanceView dispatchAmbulance(String originId, String hospitalId) throws IOException {
        Network network = sim.scenario().network();
        if (hospitalId == null) {
            JsonNode hospitals = devices.hospitals();
            if (!hospitals.isArray() || hospitals.isEmpty()) {
                throw new IllegalStateException("the platform knows no hospital");
            }
            hospitalId =
                    hospitals.get(random.nextInt(hospitals.size())).path("id").asText();
        }
        if (originId == null) {
            List<Network.Intersection> signalised = network.intersections().stream()
                    .filter(Network.Intersection::signalised)
                    .toList();
            originId = signalised.get(random.nextInt(signalised.size())).id();
        }
        String vehicle = "TWIN-" + runId + "-" + (++ambulanceCount);
        Map<String, Object> trip = new LinkedHashMap<>();
        trip.put("vehicleId", vehicle);
        trip.put("originId", originId);
        trip.put("hospitalId", hospitalId);
        trip.put("greenWave", true);
        JsonNode created = devices.startTrip(trip);
        UUID id = UUID.fromString(created.path("id").asText());
        List<String> route = new ArrayList<>();
        created.path("routeRoadIds").forEach(r -> route.add(r.asText()));
        int flow;
        try {
            flow = sim.add(new Demand.Flow(AmbulanceExperiment.AMBULANCE, route, 1, sim.time(), sim.time()));
        } catch (ScenarioException e) {
            devices.cancelTrip(id);
            throw new IllegalStateException("the twin cannot drive the trip's route: " + e.getMessage(), e);
        }
        Ambulance a = new Ambulance(id, vehicle, hospitalId, sim.time(), route);
        ambulances.put(flow, a);
        LOG.infof("live twin: ambulance %s from %s to %s (%d roads)", vehicle, originId, hospitalId, route.size());
        return new AmbulanceView(id, vehicle, hospitalId, a.started, false);
    }

    private void postAmbulancePositions() {
        double now = sim.time();
        for (Simulation.VehicleState v : sim.vehicles()) {
            Ambulance a = ambulances.get(v.flow());
            if (a == null) {
                continue;
            }
            a.seen = true;
            Network.Point p = sim.where(v);
            if (now - a.lastPosted >= positionSeconds - 1e-9) {
                Double heading = a.last == null || a.last.distanceTo(p) < 0.5
                        ? null
                        : (Math.toDegrees(Math.atan2(p.x() - a.last.x(), p.y() - a.last.y())) + 360) % 360;
                postPosition(a, p, v.speed() * 3.6, heading);
                a.lastPosted = now;
                a.last = p;
            }
        }
    }

    private void postPosition(Ambulance a, Network.Point p, double kmh, Double heading) {
        GeoPoint g = model.toGeo(p.x(), p.y());
        Map<String, Object> location = Map.of("type", "Point", "coordinates", List.of(g.lon(), g.lat()));
        Position position = new Position(
                a.vehicle,
                clock.instant(),
                location,
                Math.round(kmh * 10) / 10.0,
                heading == null ? null : Math.round(heading) * 1.0);
        send("vehicle positions", devices::postVehiclePositions, List.of(position), positions);
    }

    private void arrived(Simulation.Arrival arrival) {
        Ambulance a = ambulances.remove(arrival.flow());
        if (a == null) {
            return;
        }
        Network network = sim.scenario().network();
        Network.Road last = network.road(network.roadIndex(a.route.get(a.route.size() - 1)));
        List<Network.Point> points = last.points();
        postPosition(a, points.get(points.size() - 1), 0, null);
        LOG.infof("live twin: ambulance %s arrived after %.0f s", a.vehicle, arrival.travelTime());
    }

    /** The live signals: the twin obeys what the traffic module's controllers show now. */
    static final class LiveSignals implements Signals {

        private final TrafficModel model;

        LiveSignals(TrafficModel model) {
            this.model = model;
        }

        @Override
        public void step(double time, Observations observations) {}

        @Override
        public boolean green(String intersectionId, int roadLinkIndex) {
            return model.liveGreen(intersectionId, roadLinkIndex);
        }
    }
}
