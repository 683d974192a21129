package city.simulation.traffic;

import city.simulation.traffic.signals.FixedPlan;
import city.simulation.traffic.signals.MaxPressure;
import city.simulation.traffic.signals.TrafficModuleSignals;
import city.traffic.api.TrafficControllers;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * Runs a CityFlow scenario headless, as fast as the machine allows, under one or more controllers, and prints one
 * Markdown table comparing them, with the wall time and simulated vehicle-seconds per wall second of each run.
 *
 * <pre>
 * java -cp ... city.simulation.traffic.RunScenario --roadnet roadnet.json --flow flow.json \
 *     --controller plan --controller max-pressure [--seconds 3600] [--seed 0] [--interval 1] \
 *     [--mp-period 5] [--mp-min-green 10] [--mp-phases pairs|all] [--details]
 * </pre>
 *
 * {@code --controller} takes {@code plan} (the file's fixed plan) or {@code max-pressure}, repeated or separated by
 * commas, or one of the traffic module's controllers as {@code traffic:NAME}. {@code --details} adds the travel-time
 * distribution and the queue over time; {@code --help} lists every option. Exit status 2 on bad arguments or a
 * scenario the engine cannot run. The command line is read by picocli ({@link CommandLineOptions}).
 *
 * <p>The default city instead of files: {@code --city default} takes the traffic module's default city (128
 * signalised intersections) and generates its demand from the boundary origin-destination matrix ({@link OdDemand})
 * with {@code --peak-per-hour N} vehicles per hour at the weekday profile's peak, from {@code --start-hour 7.5} of the
 * day.
 *
 * <p>The ambulance experiment ({@link AmbulanceExperiment}): {@code --ambulance FROM:TO[@SECOND]} (intersection ids,
 * repeatable) or {@code --ambulances N} (N random trips between signalised intersections at least 1.5 km apart, drawn
 * with the seed) leaving at {@code @SECOND} or {@code --ambulance-at} (default 1200) seconds into the run, each run
 * once without and once with the green wave under the first {@code traffic:} controller given, the other vehicles'
 * travel times counted for {@code --ambulance-window} (default 1800) seconds after the departure; prints a second
 * table, one row per ambulance, and the median and mean ratio with / without.
 */
public final class RunScenario {

    /** The prefix of the traffic module's controllers on the command line, e.g. {@code traffic:WEBSTER}. */
    static final String TRAFFIC = "traffic:";

    private RunScenario() {}

    /** An ambulance trip asked for on the command line: between two intersections, leaving at a second (NaN: the default). */
    record AmbulanceSpec(String from, String to, double departure) {

        static AmbulanceSpec parse(String v) {
            String trip = v;
            double at = Double.NaN;
            int k = v.indexOf('@');
            if (k >= 0) {
                trip = v.substring(0, k);
                at = Double.parseDouble(v.substring(k + 1));
            }
            String[] ends = trip.split(":");
            if (ends.length != 2 || ends[0].isBlank() || ends[1].isBlank()) {
                throw new IllegalArgumentException(
                        "--ambulance takes FROM_INTERSECTION:TO_INTERSECTION[@SECOND], got " + v);
            }
            return new AmbulanceSpec(ends[0], ends[1], at);
        }
    }

    /** The command line as picocli reads it; {@link Arguments#parse} checks it as a whole. */
    @Command(
            name = "RunScenario",
            description =
                    "Runs a CityFlow scenario headless under one or more controllers and prints a Markdown table.")
    static final class CommandLineOptions {

        @Option(
                names = {"-h", "--help"},
                usageHelp = true,
                description = "lists the options")
        boolean help;

        @Option(names = "--roadnet", description = "the CityFlow roadnet.json")
        Path roadnet;

        @Option(names = "--flow", description = "the CityFlow flow.json")
        Path flow;

        @Option(
                names = "--controller",
                split = ",",
                description = "plan, max-pressure or traffic:NAME; repeated or separated by commas")
        List<String> controllers = new ArrayList<>();

        @Option(names = "--seconds", description = "simulated seconds (default: ${DEFAULT-VALUE})")
        double seconds = 3600;

        @Option(names = "--seed", description = "the random seed (default: ${DEFAULT-VALUE})")
        long seed;

        @Option(names = "--interval", description = "seconds per step (default: ${DEFAULT-VALUE})")
        double interval = 1;

        @Option(names = "--mp-period", description = "max pressure: seconds between decisions")
        Double mpPeriod;

        @Option(names = "--mp-min-green", description = "max pressure: the minimum green in seconds")
        Double mpMinGreen;

        @Option(names = "--mp-phases", description = "max pressure: pairs or all")
        String mpPhases;

        @Option(names = "--details", description = "adds the travel-time distribution and the queue over time")
        boolean details;

        @Option(names = "--city", description = "default: the traffic module's default city instead of files")
        String city;

        @Option(names = "--peak-per-hour", description = "the default city's vehicles per hour at the peak")
        double peakPerHour = OdDemand.RUSH_HOUR_PEAK_PER_HOUR;

        @Option(names = "--start-hour", description = "the hour of the day the run starts (default: ${DEFAULT-VALUE})")
        double startHour = 7.5;

        @Option(names = "--ambulance", description = "FROM:TO[@SECOND], repeatable")
        List<String> ambulances = new ArrayList<>();

        @Option(names = "--ambulances", description = "this many random ambulance trips")
        int randomAmbulances;

        @Option(names = "--ambulance-at", description = "seconds into the run they leave (default: ${DEFAULT-VALUE})")
        double ambulanceAt = 1200;

        @Option(
                names = "--ambulance-window",
                description = "seconds the other vehicles are counted after (default: ${DEFAULT-VALUE})")
        double ambulanceWindow = 1800;
    }

    /** Parsed command line. */
    record Arguments(
            Path roadnet,
            Path flow,
            List<String> controllers,
            double seconds,
            long seed,
            double interval,
            MaxPressure.Options maxPressure,
            boolean details,
            String city,
            double peakPerHour,
            double startHour,
            List<AmbulanceSpec> ambulances,
            int randomAmbulances,
            double ambulanceAt,
            double ambulanceWindow) {

        /** The same scenario without ambulances (the runs of the first table). */
        Arguments(
                Path roadnet,
                Path flow,
                List<String> controllers,
                double seconds,
                long seed,
                double interval,
                MaxPressure.Options maxPressure,
                boolean details) {
            this(
                    roadnet,
                    flow,
                    controllers,
                    seconds,
                    seed,
                    interval,
                    maxPressure,
                    details,
                    null,
                    0,
                    0,
                    List.of(),
                    0,
                    0,
                    0);
        }

        boolean ambulanceExperiment() {
            return !ambulances.isEmpty() || randomAmbulances > 0;
        }

        /** The traffic module's controller (without the prefix) the ambulance runs use: the first one given. */
        String ambulanceController() {
            return controllers.stream()
                    .filter(c -> c.startsWith(TRAFFIC))
                    .map(c -> c.substring(TRAFFIC.length()))
                    .findFirst()
                    .orElseThrow();
        }

        /**
         * Reads the command line ({@link CommandLineOptions}) and checks it as a whole.
         *
         * @throws IllegalArgumentException naming what is wrong, for every refused command line
         */
        static Arguments parse(String[] args) {
            CommandLineOptions o = new CommandLineOptions();
            try {
                new CommandLine(o).parseArgs(args);
            } catch (CommandLine.ParameterException e) {
                throw new IllegalArgumentException(e.getMessage(), e);
            }
            Path roadnet = o.roadnet;
            Path flow = o.flow;
            List<String> controllers = new ArrayList<>();
            for (String c : o.controllers) {
                boolean module = c.startsWith(TRAFFIC)
                        && TrafficControllers.load().names().contains(c.substring(TRAFFIC.length()));
                if (!c.equals("plan") && !c.equals("max-pressure") && !module) {
                    throw new IllegalArgumentException("unknown controller " + c
                            + " (plan, max-pressure, or the traffic module's: traffic:"
                            + String.join(
                                    ", traffic:", TrafficControllers.load().names()) + ")");
                }
                controllers.add(c);
            }
            double seconds = o.seconds;
            long seed = o.seed;
            double interval = o.interval;
            MaxPressure.Options mp = MaxPressure.Options.DEFAULT;
            double period = o.mpPeriod == null ? mp.period() : o.mpPeriod;
            double minGreen = o.mpMinGreen == null ? mp.minGreen() : o.mpMinGreen;
            MaxPressure.PhaseSet phases = o.mpPhases == null
                    ? mp.phases()
                    : MaxPressure.PhaseSet.valueOf(o.mpPhases.toUpperCase(Locale.ROOT));
            boolean details = o.details;
            String city = o.city;
            if (city != null && !city.equals("default")) {
                throw new IllegalArgumentException("--city takes default (the traffic module's default city)");
            }
            double peak = o.peakPerHour;
            double startHour = o.startHour;
            List<AmbulanceSpec> ambulances = new ArrayList<>();
            for (String v : o.ambulances) {
                ambulances.add(AmbulanceSpec.parse(v));
            }
            int random = o.randomAmbulances;
            double at = o.ambulanceAt;
            double window = o.ambulanceWindow;
            if (city == null && (roadnet == null || flow == null)) {
                throw new IllegalArgumentException("--roadnet and --flow are required (or --city default)");
            }
            if (city != null && (roadnet != null || flow != null)) {
                throw new IllegalArgumentException("--city replaces --roadnet and --flow");
            }
            if (!(peak > 0) || !(startHour >= 0 && startHour < 24)) {
                throw new IllegalArgumentException("--peak-per-hour is positive and --start-hour within 0 to 24");
            }
            if (random < 0 || !(at >= 0) || !(window > 0)) {
                throw new IllegalArgumentException("--ambulances, --ambulance-at and --ambulance-window are positive");
            }
            if (controllers.isEmpty()) {
                controllers.add(city != null ? TRAFFIC + "ACTUATED" : "plan");
            }
            if ((!ambulances.isEmpty() || random > 0) && controllers.stream().noneMatch(c -> c.startsWith(TRAFFIC))) {
                throw new IllegalArgumentException(
                        "the ambulance experiment runs under the traffic module's signals: give a traffic: controller");
            }
            MaxPressure.Options options = new MaxPressure.Options(period, minGreen, phases, mp.clearanceSeconds());
            return new Arguments(
                    roadnet,
                    flow,
                    controllers,
                    seconds,
                    seed,
                    interval,
                    options,
                    details,
                    city,
                    peak,
                    startHour,
                    List.copyOf(ambulances),
                    random,
                    at,
                    window);
        }
    }

    /** One run: its result, how long it took, and the mean speed of the vehicles on the network (km/h, NaN if not sampled). */
    record Run(RunResult result, double wallSeconds, double meanSpeedKmh) {

        Run(RunResult result, double wallSeconds) {
            this(result, wallSeconds, Double.NaN);
        }
    }

    /** A scenario to run, its roadnet as the traffic module reads it (null until needed for files), and its name. */
    record Input(Scenario scenario, String roadnetJson, String description) {}

    public static void main(String[] args) {
        CommandLine help = new CommandLine(new CommandLineOptions());
        try {
            if (help.parseArgs(args).isUsageHelpRequested()) {
                help.usage(System.out);
                return;
            }
        } catch (CommandLine.ParameterException e) {
            // a command line picocli refuses is said by Arguments.parse below, as every other refusal
        }
        Arguments a;
        try {
            a = Arguments.parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println("RunScenario: " + e.getMessage());
            System.exit(2);
            return;
        }
        long t0 = System.nanoTime();
        Input in;
        try {
            in = load(a);
        } catch (ScenarioException e) {
            System.err.println("RunScenario: " + e.getMessage());
            System.exit(2);
            return;
        }
        double load = (System.nanoTime() - t0) / 1e9;
        List<AmbulanceExperiment.Trip> trips;
        try {
            trips = ambulanceTrips(in.scenario().network(), a);
        } catch (IllegalArgumentException e) {
            System.err.println("RunScenario: " + e.getMessage());
            System.exit(2);
            return;
        }
        List<Run> runs = new ArrayList<>();
        for (String c : a.controllers()) {
            runs.add(run(in.scenario(), roadnetJson(in, a), c, a));
        }
        print(System.out, in, a, load, runs);
        if (!trips.isEmpty()) {
            AmbulanceExperiment experiment = new AmbulanceExperiment(
                    in.scenario(),
                    roadnetJson(in, a),
                    a.ambulanceController(),
                    new Simulation.Options(a.interval(), a.seed()),
                    a.ambulanceWindow());
            List<AmbulanceExperiment.Result> results = new ArrayList<>();
            long t1 = System.nanoTime();
            for (AmbulanceExperiment.Trip t : trips) {
                results.add(experiment.run(t));
            }
            printAmbulances(System.out, a, results, (System.nanoTime() - t1) / 1e9);
        }
    }

    /** The scenario of the command line: the two files, or the default city with its generated demand. */
    static Input load(Arguments a) {
        if (a.city() == null) {
            Scenario s = Scenario.read(a.roadnet(), a.flow());
            return new Input(
                    s, null, a.roadnet().getFileName() + ", " + a.flow().getFileName());
        }
        String roadnet = TrafficControllers.load().defaultCityRoadnet();
        Network network = CityFlowReader.readRoadnet(roadnet);
        OdDemand od = new OdDemand(
                network,
                OdDemand.boundaryMatrix(network, a.peakPerHour()),
                OdDemand.DayProfile.WEEKDAY,
                OdDemand.CITY_CAR,
                a.seed());
        Scenario s = new Scenario(network, od.demand(a.seconds(), a.startHour() * 3600));
        return new Input(
                s,
                roadnet,
                String.format(
                        Locale.ROOT,
                        "the default city, boundary OD demand of %,.0f vehicles/h at the weekday peak (%d pairs),"
                                + " from %02d:%02d",
                        a.peakPerHour(),
                        od.trips().size(),
                        (int) a.startHour(),
                        (int) Math.round((a.startHour() % 1) * 60)));
    }

    private static String roadnetJson(Input in, Arguments a) {
        if (in.roadnetJson() != null) {
            return in.roadnetJson();
        }
        try {
            return Files.readString(a.roadnet());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The ambulance trips of the command line: those named, then {@code --ambulances} random ones between signalised
     * intersections at least 1.5 km apart (drawn with the seed).
     *
     * @throws IllegalArgumentException for an unknown intersection or a pair no route joins
     */
    static List<AmbulanceExperiment.Trip> ambulanceTrips(Network network, Arguments a) {
        List<AmbulanceExperiment.Trip> trips = new ArrayList<>();
        for (AmbulanceSpec spec : a.ambulances()) {
            List<String> route = AmbulanceExperiment.route(network, spec.from(), spec.to());
            if (route == null) {
                throw new IllegalArgumentException("no route from " + spec.from() + " to " + spec.to());
            }
            double at = Double.isNaN(spec.departure()) ? a.ambulanceAt() : spec.departure();
            trips.add(new AmbulanceExperiment.Trip(spec.from(), spec.to(), route, at));
        }
        List<Network.Intersection> signalised = network.intersections().stream()
                .filter(Network.Intersection::signalised)
                .toList();
        SplittableRandom random = new SplittableRandom(a.seed() * 31 + 7);
        int tries = 0;
        int drawn = 0;
        while (drawn < a.randomAmbulances() && tries++ < 10_000 && signalised.size() > 1) {
            Network.Intersection from = signalised.get(random.nextInt(signalised.size()));
            Network.Intersection to = signalised.get(random.nextInt(signalised.size()));
            if (from.point().distanceTo(to.point()) < 1500) {
                continue;
            }
            List<String> route = AmbulanceExperiment.route(network, from.id(), to.id());
            if (route != null) {
                trips.add(new AmbulanceExperiment.Trip(from.id(), to.id(), route, a.ambulanceAt()));
                drawn++;
            }
        }
        return trips;
    }

    static Run run(Scenario scenario, String controller, Arguments a) {
        String roadnet = null;
        if (controller.startsWith(TRAFFIC)) {
            try {
                roadnet = Files.readString(a.roadnet());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return run(scenario, roadnet, controller, a);
    }

    static Run run(Scenario scenario, String roadnetJson, String controller, Arguments a) {
        Signals signals;
        if (controller.startsWith(TRAFFIC)) {
            signals = new TrafficModuleSignals(
                    scenario.network(),
                    TrafficControllers.load().signals(roadnetJson, controller.substring(TRAFFIC.length())));
        } else if (controller.equals("plan")) {
            signals = new FixedPlan(scenario.network());
        } else {
            signals = new MaxPressure(scenario.network(), a.maxPressure());
        }
        long t0 = System.nanoTime();
        Simulation sim = new Simulation(scenario, signals, new Simulation.Options(a.interval(), a.seed()));
        long target = Math.round(a.seconds() / a.interval());
        long every = Math.max(1, Math.round(60 / a.interval()));
        double speeds = 0;
        long sampled = 0;
        for (long step = 1; step <= target; step++) {
            sim.step();
            if (step % every == 0) {
                for (Simulation.VehicleState v : sim.vehicles()) {
                    speeds += v.speed();
                    sampled++;
                }
            }
        }
        RunResult result = sim.result("run").named(name(controller, a));
        return new Run(result, (System.nanoTime() - t0) / 1e9, sampled == 0 ? Double.NaN : speeds / sampled * 3.6);
    }

    private static String name(String controller, Arguments a) {
        if (controller.startsWith(TRAFFIC)) {
            return "traffic module's "
                    + controller
                            .substring(TRAFFIC.length())
                            .toLowerCase(Locale.ROOT)
                            .replace('_', '-');
        }
        if (controller.equals("plan")) {
            return "fixed plan (file)";
        }
        MaxPressure.Options o = a.maxPressure();
        return String.format(
                Locale.ROOT,
                "max-pressure (%s phases, every %.0f s, min green %.0f s)",
                o.phases().name().toLowerCase(Locale.ROOT),
                o.period(),
                o.minGreen());
    }

    static void print(PrintStream out, Scenario scenario, Arguments a, double load, List<Run> runs) {
        print(
                out,
                new Input(
                        scenario,
                        null,
                        a.roadnet().getFileName() + ", " + a.flow().getFileName()),
                a,
                load,
                runs);
    }

    static void print(PrintStream out, Input in, Arguments a, double load, List<Run> runs) {
        Scenario scenario = in.scenario();
        Network n = scenario.network();
        long signalised = n.intersections().stream()
                .filter(Network.Intersection::signalised)
                .count();
        out.printf(
                Locale.ROOT,
                "Scenario: %s (%d intersections, %d signalised, %d roads, %d lanes; %,d flows), %.0f s simulated"
                        + " in steps of %s s, seed %d; read in %.2f s%n%n",
                in.description(),
                n.intersections().size(),
                signalised,
                n.roads().size(),
                n.lanes().size(),
                scenario.demand().flows().size(),
                a.seconds(),
                a.interval(),
                a.seed(),
                load);
        out.println("| controller | travel time, CityFlow's (s) | travel time, papers' (s) | finished | departed"
                + " | on network | waiting to enter | avg delay (s) | stops / vehicle | wall time (s)"
                + " | vehicle-s / wall s |");
        out.println("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
        for (Run run : runs) {
            RunResult r = run.result();
            out.printf(
                    Locale.ROOT,
                    "| %s | %.1f | %.1f | %,d | %,d | %,d | %,d | %.1f | %.2f | %.2f | %,.0f |%n",
                    r.controller(),
                    r.averageTravelTime(),
                    r.averageIncomingTime(),
                    r.finished(),
                    r.departed(),
                    r.onNetwork(),
                    r.waitingToEnter(),
                    r.averageDelay(),
                    r.stopsPerVehicle(),
                    run.wallSeconds(),
                    r.vehicleSeconds() / run.wallSeconds());
        }
        if (runs.size() == 2) {
            out.printf(
                    Locale.ROOT,
                    "%nRatio %s / %s: %.3f (CityFlow's metric), %.3f (papers')%n",
                    runs.get(1).result().controller(),
                    runs.get(0).result().controller(),
                    runs.get(1).result().averageTravelTime()
                            / runs.get(0).result().averageTravelTime(),
                    runs.get(1).result().averageIncomingTime()
                            / runs.get(0).result().averageIncomingTime());
        }
        if (a.city() != null) {
            state(out, runs);
        }
        if (a.details()) {
            details(out, runs);
        }
    }

    /** How busy the network was: the calibration of a rush hour. */
    private static void state(PrintStream out, List<Run> runs) {
        out.println();
        out.println("| controller | mean speed on the network (km/h) | on network at the end | halting on lanes, mean"
                + " (last 15 min) | waiting to enter, mean (last 15 min) | waiting to enter at the end |");
        out.println("|---|---:|---:|---:|---:|---:|");
        for (Run run : runs) {
            RunResult r = run.result();
            out.printf(
                    Locale.ROOT,
                    "| %s | %.1f | %,d | %,.0f (%,.0f) | %,.0f (%,.0f) | %,d |%n",
                    r.controller(),
                    run.meanSpeedKmh(),
                    r.onNetwork(),
                    mean(r.queuePerMinute(), 0),
                    mean(r.queuePerMinute(), r.queuePerMinute().size() - 15),
                    mean(r.waitingPerMinute(), 0),
                    mean(r.waitingPerMinute(), r.waitingPerMinute().size() - 15),
                    r.waitingToEnter());
        }
    }

    private static double mean(List<Double> values, int from) {
        double sum = 0;
        int n = 0;
        for (int i = Math.max(0, from); i < values.size(); i++) {
            sum += values.get(i);
            n++;
        }
        return n == 0 ? Double.NaN : sum / n;
    }

    /** The ambulance table: one row per trip, with and without the green wave, then the ratios. */
    static void printAmbulances(
            PrintStream out, Arguments a, List<AmbulanceExperiment.Result> results, double wallSeconds) {
        out.println();
        out.printf(
                Locale.ROOT,
                "Ambulances under the traffic module's %s controller, each trip run twice with seed %d (without, then"
                        + " with the green wave: %s); the other vehicles compared over those that arrived in both runs"
                        + " within %.0f s of the ambulance's departure; %d runs in %.1f s:%n%n",
                a.ambulanceController().toLowerCase(Locale.ROOT).replace('_', '-'),
                a.seed(),
                "preempted " + (int) city.traffic.api.GreenWaveRule.CITY.leadSeconds() + " s ahead, at least "
                        + (int) city.traffic.api.GreenWaveRule.CITY.minLeadMetres() + " m, released "
                        + (int) city.traffic.api.GreenWaveRule.CITY.passedMetres() + " m past",
                a.ambulanceWindow(),
                2 * results.size(),
                wallSeconds);
        out.println(
                "| # | from → to | route | departs (s) | without: travel (s) | stops | at red | with wave: travel (s)"
                        + " | stops | at red | signals preempted | ratio | others' mean travel time without → with (s) |");
        out.println("|---:|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
        List<Double> ratios = new ArrayList<>();
        double sumWithout = 0;
        double sumWith = 0;
        double othersCost = 0;
        int i = 0;
        for (AmbulanceExperiment.Result r : results) {
            i++;
            AmbulanceExperiment.Outcome o = r.without();
            AmbulanceExperiment.Outcome w = r.with();
            if (o.arrived() && w.arrived()) {
                ratios.add(r.ratio());
                sumWithout += o.travelTime();
                sumWith += w.travelTime();
            }
            othersCost += (r.othersMeanWith() - r.othersMeanWithout()) * r.othersMatched();
            out.printf(
                    Locale.ROOT,
                    "| %d | %s → %s | %d roads, %.2f km | %.0f | %s | %d | %d | %s | %d | %d | %d | %s | %.1f → %.1f |%n",
                    i,
                    r.trip().from(),
                    r.trip().to(),
                    r.trip().route().size(),
                    r.routeMetres() / 1000,
                    r.trip().departure(),
                    o.arrived() ? String.format(Locale.ROOT, "%.0f", o.travelTime()) : "not arrived",
                    o.stops(),
                    o.stopsAtRed(),
                    w.arrived() ? String.format(Locale.ROOT, "%.0f", w.travelTime()) : "not arrived",
                    w.stops(),
                    w.stopsAtRed(),
                    w.preempted().size(),
                    o.arrived() && w.arrived() ? String.format(Locale.ROOT, "%.2f", r.ratio()) : "-",
                    r.othersMeanWithout(),
                    r.othersMeanWith());
        }
        out.println();
        if (ratios.isEmpty()) {
            out.println("No ambulance arrived in both runs.");
            return;
        }
        List<Double> sorted = ratios.stream().sorted().toList();
        double median = sorted.size() % 2 == 1
                ? sorted.get(sorted.size() / 2)
                : (sorted.get(sorted.size() / 2 - 1) + sorted.get(sorted.size() / 2)) / 2;
        double mean = ratios.stream().mapToDouble(Double::doubleValue).average().orElse(Double.NaN);
        long met = ratios.stream().filter(r -> r <= 0.5).count();
        out.printf(
                Locale.ROOT,
                "Ratio with / without the green wave: median %.2f, mean %.2f, of the mean travel times %.2f (%.0f s"
                        + " against %.0f s); %d of %d trips at most 0.5. Cost to the other vehicles: %+.0f vehicle-s"
                        + " in all over the %d trips (%+.2f s per vehicle and trip).%n",
                median,
                mean,
                sumWith / sumWithout,
                sumWith / ratios.size(),
                sumWithout / ratios.size(),
                met,
                ratios.size(),
                othersCost,
                results.size(),
                othersCost
                        / Math.max(
                                1,
                                results.stream()
                                        .mapToInt(AmbulanceExperiment.Result::othersMatched)
                                        .sum()));
    }

    private static void details(PrintStream out, List<Run> runs) {
        out.println();
        out.println("| controller | finished: p10 | p50 | p90 | max (s) | average (s) | hard brakes |");
        out.println("|---|---:|---:|---:|---:|---:|---:|");
        for (Run run : runs) {
            RunResult r = run.result();
            RunResult.TravelTimes t = r.travelTimes();
            out.printf(
                    Locale.ROOT,
                    "| %s | %.0f | %.0f | %.0f | %.0f | %.1f | %d |%n",
                    r.controller(),
                    t.p10(),
                    t.p50(),
                    t.p90(),
                    t.max(),
                    r.averageFinishedTravelTime(),
                    r.hardBrakes());
        }
        out.println();
        out.println("Halting vehicles on the network (and waiting to enter), mean per 5 minutes:");
        out.println();
        for (Run run : runs) {
            StringBuilder line = new StringBuilder("- " + run.result().controller() + ":");
            List<Double> q = run.result().queuePerMinute();
            List<Double> w = run.result().waitingPerMinute();
            for (int m = 0; m < q.size(); m += 5) {
                double qs = 0;
                double ws = 0;
                int k = 0;
                for (int j = m; j < Math.min(q.size(), m + 5); j++, k++) {
                    qs += q.get(j);
                    ws += w.get(j);
                }
                line.append(String.format(Locale.ROOT, " %.0f (%.0f)", qs / k, ws / k));
            }
            out.println(line);
        }
    }
}
