package city.simulation.evaluation;

import city.platform.rest.ProblemException;
import city.simulation.SimulationConfig;
import city.simulation.evaluation.EvaluationRefused.Kind;
import city.simulation.traffic.AmbulanceExperiment;
import city.simulation.traffic.CityFlowReader;
import city.simulation.traffic.Network;
import city.simulation.traffic.RunResult;
import city.simulation.traffic.Scenario;
import city.simulation.traffic.Signals;
import city.simulation.traffic.Simulation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.jboss.logging.Logger;

/**
 * Evaluation runs: a scenario run headless under each chosen controller in turn, as fast as the machine allows, by one
 * background worker (a daemon thread of the lowest priority, so that the platform keeps the CPU it needs), one run at
 * a time, first come first served. Progress (simulated seconds done over the total across the controllers) is kept in
 * memory and written to the database about once a second; the results are written once, when the last controller has
 * run, so a run is never half stored. Runs a restart interrupted fail at the next start.
 */
@ApplicationScoped
public class Evaluations {

    private static final Logger LOG = Logger.getLogger(Evaluations.class);

    public static final int MIN_SECONDS = 60;
    public static final int MAX_SECONDS = 4 * 3600;
    public static final int DEFAULT_SECONDS = 3600;
    public static final int MAX_CONTROLLERS = 6;
    /** Runs that may wait for the worker; beyond, a new one is refused (409). */
    public static final int MAX_WAITING = 20;

    static final String INTERRUPTED = "interrupted by a restart";
    static final Duration PROGRESS_EVERY = Duration.ofSeconds(1);
    static final int MAX_ERROR = 2000;

    private static final String SELECT = "select r.id, r.scenario_id, s.name_zh, s.name_en, r.controllers,"
            + " r.simulated_seconds, r.seed, r.status, r.progress, r.created_at, r.created_by, r.started_at,"
            + " r.finished_at, r.error, r.ambulance::text";

    private final DataSource dataSource;
    private final Scenarios scenarios;
    private final EvaluationControllers controllers;
    private final ObjectMapper json;
    private final Clock clock;
    private final BlockingQueue<Long> queue = new LinkedBlockingQueue<>();
    private final Map<Long, Double> progress = new ConcurrentHashMap<>();
    private volatile long running = -1;
    private volatile long cancelled = -1;
    private volatile boolean stopping;
    private volatile long pauseNanosPerMinute;
    private Thread worker;

    Evaluations(
            DataSource dataSource,
            Scenarios scenarios,
            EvaluationControllers controllers,
            ObjectMapper json,
            Clock clock,
            SimulationConfig config) {
        this.dataSource = dataSource;
        this.scenarios = scenarios;
        this.controllers = controllers;
        this.json = json;
        this.clock = clock;
        this.pauseNanosPerMinute = config.evaluation().pausePerSimulatedMinute().toNanos();
    }

    void start(@Observes @Priority(60) StartupEvent event) {
        int interrupted = update(
                "update simulation.evaluation_run set status = 'FAILED', error = ?, finished_at = ?"
                        + " where status in ('QUEUED', 'RUNNING')",
                INTERRUPTED,
                Timestamp.from(clock.instant()));
        if (interrupted > 0) {
            LOG.infof("simulation: %d evaluation runs interrupted by the restart marked failed", interrupted);
        }
        worker = new Thread(this::work, "twin-evaluation");
        worker.setDaemon(true);
        worker.setPriority(Thread.MIN_PRIORITY);
        worker.start();
    }

    void stop(@Observes ShutdownEvent event) {
        stopping = true;
        if (worker != null) {
            worker.interrupt();
        }
    }

    /**
     * For demonstrations and tests: makes every run take at least {@code pause} of wall time per simulated minute
     * (zero: as fast as the machine allows, the default). Figures other than the wall time do not change.
     */
    public void pace(Duration pause) {
        pauseNanosPerMinute = pause.toNanos();
    }

    /**
     * Queues a run.
     *
     * @throws EvaluationRefused 400 naming every invalid field; 409 when {@value #MAX_WAITING} runs wait already
     */
    public EvaluationView start(EvaluationRequest request, String userId) {
        List<EvaluationRefused.Reason> errors = new ArrayList<>();
        ScenarioInfo scenario = null;
        if (request == null || request.scenarioId() == null) {
            errors.add(new EvaluationRefused.Reason("scenarioId", Kind.SCENARIO_REQUIRED, "a scenario is required"));
        } else {
            scenario = scenarios.find(request.scenarioId()).orElse(null);
            if (scenario == null) {
                errors.add(new EvaluationRefused.Reason(
                        "scenarioId", Kind.NO_SUCH_SCENARIO, "no scenario " + request.scenarioId()));
            }
        }
        List<String> chosen = request == null || request.controllers() == null ? List.of() : request.controllers();
        if (chosen.isEmpty()) {
            errors.add(
                    new EvaluationRefused.Reason("controllers", Kind.NO_CONTROLLER, "choose at least one controller"));
        } else if (chosen.size() > MAX_CONTROLLERS) {
            errors.add(new EvaluationRefused.Reason(
                    "controllers", Kind.TOO_MANY_CONTROLLERS, "at most " + MAX_CONTROLLERS + " controllers"));
        }
        Set<String> seen = new HashSet<>();
        boolean traffic = false;
        for (int i = 0; i < chosen.size(); i++) {
            String c = chosen.get(i);
            if (c == null || controllers.find(c).isEmpty()) {
                errors.add(new EvaluationRefused.Reason(
                        "controllers[" + i + "]",
                        Kind.UNKNOWN_CONTROLLER,
                        "unknown controller " + c + " (see /api/v1/simulation/controllers)"));
            } else if (!seen.add(c)) {
                errors.add(new EvaluationRefused.Reason(
                        "controllers[" + i + "]", Kind.CONTROLLER_TWICE, c + " is chosen twice"));
            } else {
                traffic |= c.startsWith(EvaluationControllers.TRAFFIC);
            }
        }
        int seconds =
                request == null || request.simulatedSeconds() == null ? DEFAULT_SECONDS : request.simulatedSeconds();
        if (seconds < MIN_SECONDS || seconds > MAX_SECONDS) {
            errors.add(new EvaluationRefused.Reason(
                    "simulatedSeconds",
                    Kind.SECONDS_OUT_OF_RANGE,
                    "from " + MIN_SECONDS + " to " + MAX_SECONDS + " seconds (4 hours)"));
        }
        if (errors.isEmpty() && traffic) {
            // the traffic module's controllers import the network: a network they refuse is said now, not later
            try {
                controllers.checkTraffic(
                        scenarios.files(scenario.id()).orElseThrow().roadnet());
            } catch (IllegalArgumentException e) {
                errors.add(trafficCannotRun("controllers", e));
            }
        }
        AmbulanceRequest ambulance = request == null ? null : request.ambulance();
        if (errors.isEmpty() && ambulance != null) {
            ambulance = checkAmbulance(ambulance, scenario, seconds, errors);
        }
        if (!errors.isEmpty()) {
            throw EvaluationRefused.invalid(errors);
        }
        if (queue.size() >= MAX_WAITING) {
            throw EvaluationRefused.queueFull(
                    MAX_WAITING + " evaluations are waiting already; start this one when some have finished.");
        }
        long seed = request.seed() == null ? 0 : request.seed();
        long id;
        try (Connection c = dataSource.getConnection();
                PreparedStatement ps = c.prepareStatement("insert into simulation.evaluation_run (scenario_id,"
                        + " controllers, simulated_seconds, seed, status, progress, created_at, created_by, ambulance)"
                        + " values (?, ?, ?, ?, 'QUEUED', 0, ?, ?, cast(? as jsonb)) returning id")) {
            ps.setLong(1, scenario.id());
            ps.setArray(2, c.createArrayOf("text", chosen.toArray()));
            ps.setInt(3, seconds);
            ps.setLong(4, seed);
            ps.setTimestamp(5, Timestamp.from(clock.instant()));
            ps.setString(6, userId);
            ps.setString(7, write(ambulance));
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                id = rs.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot store the evaluation", e);
        }
        queue.add(id);
        return find(id).orElseThrow();
    }

    /**
     * Checks an ambulance experiment against the scenario's network: both intersections exist, a lane-by-lane route
     * joins them, the traffic module's controllers can run the network, and it leaves at least a minute before the end.
     * Returns it with its departure filled in.
     */
    private AmbulanceRequest checkAmbulance(
            AmbulanceRequest a, ScenarioInfo scenario, int seconds, List<EvaluationRefused.Reason> errors) {
        String roadnet = scenarios.files(scenario.id()).orElseThrow().roadnet();
        Network network = CityFlowReader.readRoadnet(roadnet);
        int before = errors.size();
        if (a.fromIntersection() == null || network.intersectionIndex(a.fromIntersection()) < 0) {
            errors.add(new EvaluationRefused.Reason(
                    "ambulance.fromIntersection", Kind.NO_SUCH_INTERSECTION, "no such intersection in the network"));
        }
        if (a.toIntersection() == null || network.intersectionIndex(a.toIntersection()) < 0) {
            errors.add(new EvaluationRefused.Reason(
                    "ambulance.toIntersection", Kind.NO_SUCH_INTERSECTION, "no such intersection in the network"));
        }
        int departure = a.departureSecond() == null ? seconds / 3 : a.departureSecond();
        if (departure < 0 || departure > seconds - 60) {
            errors.add(new EvaluationRefused.Reason(
                    "ambulance.departureSecond",
                    Kind.DEPARTURE_OUT_OF_RANGE,
                    "from 0 to a minute before the end (" + (seconds - 60) + ")"));
        }
        if (errors.size() == before
                && AmbulanceExperiment.route(network, a.fromIntersection(), a.toIntersection()) == null) {
            errors.add(new EvaluationRefused.Reason(
                    "ambulance.toIntersection",
                    Kind.NO_ROUTE,
                    "no route an ambulance can drive from " + a.fromIntersection()));
        }
        if (errors.size() == before) {
            try {
                controllers.checkTraffic(roadnet);
            } catch (IllegalArgumentException e) {
                errors.add(trafficCannotRun("ambulance", e));
            }
        }
        return new AmbulanceRequest(a.fromIntersection(), a.toIntersection(), departure);
    }

    private static EvaluationRefused.Reason trafficCannotRun(String field, IllegalArgumentException e) {
        return new EvaluationRefused.Reason(
                field,
                Kind.TRAFFIC_CANNOT_RUN,
                "the traffic module's controllers cannot run this network: " + e.getMessage(),
                e.getMessage());
    }

    /** A run with its results when it is done. */
    public Optional<EvaluationView> find(long id) {
        List<EvaluationView> found = select(
                SELECT + ", r.results::text, r.ambulance_result::text from simulation.evaluation_run r join"
                        + " simulation.scenario s"
                        + " on s.id = r.scenario_id where r.id = ?",
                true,
                id);
        return found.stream().findFirst();
    }

    /** A run or 404. */
    public EvaluationView get(long id) {
        return find(id).orElseThrow(() -> ProblemException.notFound("No evaluation " + id + "."));
    }

    /** Runs newest first, without results: at most {@code limit}, with an id below {@code before} when given. */
    public List<EvaluationView> list(Long before, int limit) {
        String sql = SELECT + " from simulation.evaluation_run r join simulation.scenario s on s.id = r.scenario_id"
                + (before == null ? "" : " where r.id < ?") + " order by r.id desc limit ?";
        return before == null ? select(sql, false, (long) limit) : select(sql, false, before, (long) limit);
    }

    /**
     * Stops a run: a waiting one never starts, a running one stops within a few simulated seconds. Nothing of it is
     * kept but the fact.
     *
     * @throws ProblemException 404 for no such run; 409 for one that is over
     */
    public EvaluationView cancel(long id) {
        EvaluationView run = get(id);
        if (!run.status().open()) {
            throw ProblemException.conflict(
                    "Evaluation " + id + " is " + run.status().name().toLowerCase() + " already.");
        }
        Double p = progress.get(id);
        int changed = update(
                "update simulation.evaluation_run set status = 'CANCELLED', finished_at = ?, progress = ?"
                        + " where id = ? and status in ('QUEUED', 'RUNNING')",
                Timestamp.from(clock.instant()),
                p == null ? run.progress() : p,
                id);
        if (changed == 0) {
            throw ProblemException.conflict("Evaluation " + id + " finished meanwhile.");
        }
        queue.remove(id);
        if (running == id) {
            cancelled = id;
        }
        return get(id);
    }

    private List<EvaluationView> select(String sql, boolean results, Object... parameters) {
        List<EvaluationView> out = new ArrayList<>();
        try (Connection c = dataSource.getConnection();
                PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                ps.setObject(i + 1, parameters[i]);
            }
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    long id = rs.getLong(1);
                    EvaluationStatus status = EvaluationStatus.valueOf(rs.getString(8));
                    double done = rs.getDouble(9);
                    Double live = progress.get(id);
                    if (status == EvaluationStatus.RUNNING && live != null) {
                        done = live;
                    }
                    Array array = rs.getArray(5);
                    List<String> chosen = List.of((String[]) array.getArray());
                    Timestamp started = rs.getTimestamp(12);
                    Timestamp finished = rs.getTimestamp(13);
                    List<ControllerResult> rows = null;
                    AmbulanceOutcome outcome = null;
                    if (results) {
                        String text = rs.getString(16);
                        rows = text == null ? List.of() : readResults(text);
                        outcome = read(rs.getString(17), AmbulanceOutcome.class);
                    }
                    AmbulanceRequest ambulance = read(rs.getString(15), AmbulanceRequest.class);
                    out.add(new EvaluationView(
                            id,
                            rs.getLong(2),
                            rs.getString(3),
                            rs.getString(4),
                            chosen,
                            rs.getInt(6),
                            rs.getLong(7),
                            status,
                            done,
                            rs.getTimestamp(10).toInstant(),
                            rs.getString(11),
                            started == null ? null : started.toInstant(),
                            finished == null ? null : finished.toInstant(),
                            rs.getString(14),
                            rows,
                            ambulance,
                            outcome));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the evaluations", e);
        }
        return out;
    }

    private List<ControllerResult> readResults(String text) {
        try {
            return json.readValue(text, new TypeReference<List<ControllerResult>>() {});
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot read the results of an evaluation", e);
        }
    }

    private <T> T read(String text, Class<T> type) {
        if (text == null) {
            return null;
        }
        try {
            return json.readValue(text, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot read an evaluation's " + type.getSimpleName(), e);
        }
    }

    private String write(Object value) {
        try {
            return value == null ? null : json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write " + value, e);
        }
    }

    private int update(String sql, Object... parameters) {
        try (Connection c = dataSource.getConnection();
                PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                ps.setObject(i + 1, parameters[i]);
            }
            return ps.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("cannot update the evaluations", e);
        }
    }

    // the worker

    /** A claimed run: what to simulate. */
    private record Job(
            long id, long scenarioId, List<String> controllers, int seconds, long seed, AmbulanceRequest ambulance) {}

    private void work() {
        while (!stopping) {
            Long id;
            try {
                id = queue.poll(1, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                return;
            }
            if (id == null) {
                continue;
            }
            try {
                Job job = claim(id);
                if (job != null) {
                    run(job);
                }
            } catch (Throwable t) {
                LOG.errorf(t, "simulation: evaluation %d failed", id);
                fail(id, t);
            } finally {
                running = -1;
                progress.remove(id);
            }
        }
    }

    /** Marks a waiting run as running; null when it was cancelled meanwhile. */
    private Job claim(long id) {
        running = id; // before the claim: a cancel that sees the run RUNNING also sees it here
        int changed = update(
                "update simulation.evaluation_run set status = 'RUNNING', started_at = ? where id = ? and status ="
                        + " 'QUEUED'",
                Timestamp.from(clock.instant()),
                id);
        if (changed == 0) {
            return null;
        }
        EvaluationView v = get(id);
        return new Job(id, v.scenarioId(), v.controllers(), v.simulatedSeconds(), v.seed(), v.ambulance());
    }

    private void run(Job job) throws InterruptedException {
        Scenarios.Files files = scenarios.files(job.scenarioId()).orElseThrow();
        Scenario scenario = Scenarios.check(files.roadnet(), files.flow()).scenario();
        long total = (long) job.seconds() * job.controllers().size();
        long done = 0;
        long lastWrite = System.nanoTime();
        List<ControllerResult> results = new ArrayList<>();
        progress.put(job.id(), 0.0);
        for (String c : job.controllers()) {
            Signals signals;
            try {
                signals = controllers.signals(c, scenario, files.roadnet());
            } catch (IllegalArgumentException e) {
                throw new IllegalStateException(c + ": " + e.getMessage(), e);
            }
            Simulation sim = new Simulation(scenario, signals, new Simulation.Options(1.0, job.seed()));
            long t0 = System.nanoTime();
            long paused = 0;
            for (int k = 1; k <= job.seconds(); k++) {
                sim.step();
                if (k % 10 == 0 || k == job.seconds()) {
                    if (stopping) {
                        return; // left RUNNING: the next start marks it interrupted
                    }
                    if (cancelled == job.id()) {
                        LOG.infof("simulation: evaluation %d cancelled", job.id());
                        return;
                    }
                    double p = (done + k) / (double) total;
                    progress.put(job.id(), p);
                    long now = System.nanoTime();
                    if (now - lastWrite >= PROGRESS_EVERY.toNanos()) {
                        update(
                                "update simulation.evaluation_run set progress = ? where id = ? and status ="
                                        + " 'RUNNING'",
                                p,
                                job.id());
                        lastWrite = now;
                    }
                }
                long pause = pauseNanosPerMinute;
                if (pause > 0 && k % 60 == 0) {
                    long a = System.nanoTime();
                    TimeUnit.NANOSECONDS.sleep(pause);
                    paused += System.nanoTime() - a;
                }
            }
            RunResult r = sim.result(c);
            double wall = (System.nanoTime() - t0 - paused) / 1e9;
            ControllerOption option = controllers.describe(c);
            results.add(new ControllerResult(
                    c, option.nameZh(), option.nameEn(), r.finished() * 3600.0 / job.seconds(), wall, r));
            done += job.seconds();
        }
        AmbulanceOutcome outcome = job.ambulance() == null ? null : ambulance(job, scenario, files.roadnet());
        update(
                "update simulation.evaluation_run set status = 'DONE', progress = 1, finished_at = ?,"
                        + " results = cast(? as jsonb), ambulance_result = cast(? as jsonb) where id = ? and status ="
                        + " 'RUNNING'",
                Timestamp.from(clock.instant()),
                write(results),
                write(outcome),
                job.id());
    }

    /** The ambulance experiment: its trip without and with the green wave, under the traffic module's controller. */
    private AmbulanceOutcome ambulance(Job job, Scenario scenario, String roadnet) {
        AmbulanceRequest a = job.ambulance();
        String controller = job.controllers().stream()
                .filter(c -> c.startsWith(EvaluationControllers.TRAFFIC))
                .map(c -> c.substring(EvaluationControllers.TRAFFIC.length()))
                .findFirst()
                .orElse("ACTUATED");
        double departure = a.departureSecond();
        AmbulanceExperiment experiment = new AmbulanceExperiment(
                scenario,
                EvaluationControllers.withIntersectionRoads(roadnet),
                controller,
                new Simulation.Options(1.0, job.seed()),
                Math.max(60, job.seconds() - departure));
        List<String> route = AmbulanceExperiment.route(scenario.network(), a.fromIntersection(), a.toIntersection());
        AmbulanceExperiment.Result r = experiment.run(
                new AmbulanceExperiment.Trip(a.fromIntersection(), a.toIntersection(), route, departure));
        return new AmbulanceOutcome(
                EvaluationControllers.TRAFFIC + controller,
                a.fromIntersection(),
                a.toIntersection(),
                a.departureSecond(),
                route.size(),
                Math.round(r.routeMetres()),
                leg(r.without()),
                leg(r.with()),
                r.without().arrived() && r.with().arrived() ? Math.round(r.ratio() * 100) / 100.0 : null,
                tenth(r.othersMeanWithout()),
                tenth(r.othersMeanWith()));
    }

    private static AmbulanceOutcome.Leg leg(AmbulanceExperiment.Outcome o) {
        return new AmbulanceOutcome.Leg(
                o.arrived(),
                o.arrived() ? o.travelTime() : null,
                o.stops(),
                o.stopsAtRed(),
                o.preempted().size());
    }

    private static Double tenth(double v) {
        return Double.isFinite(v) ? Math.round(v * 10) / 10.0 : null;
    }

    private void fail(long id, Throwable t) {
        String message = t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
        if (message.length() > MAX_ERROR) {
            message = message.substring(0, MAX_ERROR);
        }
        try {
            update(
                    "update simulation.evaluation_run set status = 'FAILED', finished_at = ?, error = ? where id = ?"
                            + " and status = 'RUNNING'",
                    Timestamp.from(clock.instant()),
                    message,
                    id);
        } catch (RuntimeException e) {
            LOG.errorf(e, "simulation: cannot mark evaluation %d failed", id);
        }
    }
}
