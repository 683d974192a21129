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
 * commas. {@code --details} adds the travel-time distribution and the queue over time. Exit status 2 on bad arguments
 * or a scenario the engine cannot run.
 */
public final class RunScenario {

    /** The prefix of the traffic module's controllers on the command line, e.g. {@code traffic:WEBSTER}. */
    static final String TRAFFIC = "traffic:";

    private RunScenario() {}

    /** Parsed command line. */
    record Arguments(
            Path roadnet,
            Path flow,
            List<String> controllers,
            double seconds,
            long seed,
            double interval,
            MaxPressure.Options maxPressure,
            boolean details) {

        static Arguments parse(String[] args) {
            Path roadnet = null;
            Path flow = null;
            List<String> controllers = new ArrayList<>();
            double seconds = 3600;
            long seed = 0;
            double interval = 1;
            MaxPressure.Options mp = MaxPressure.Options.DEFAULT;
            double period = mp.period();
            double minGreen = mp.minGreen();
            MaxPressure.PhaseSet phases = mp.phases();
            boolean details = false;
            for (int i = 0; i < args.length; i++) {
                String a = args[i];
                if (a.equals("--details")) {
                    details = true;
                    continue;
                }
                if (i + 1 >= args.length) {
                    throw new IllegalArgumentException(a + " needs a value");
                }
                String v = args[++i];
                switch (a) {
                    case "--roadnet" -> roadnet = Path.of(v);
                    case "--flow" -> flow = Path.of(v);
                    case "--controller" -> {
                        for (String c : v.split(",")) {
                            boolean module = c.startsWith(TRAFFIC)
                                    && TrafficControllers.load().names().contains(c.substring(TRAFFIC.length()));
                            if (!c.equals("plan") && !c.equals("max-pressure") && !module) {
                                throw new IllegalArgumentException("unknown controller " + c
                                        + " (plan, max-pressure, or the traffic module's: traffic:"
                                        + String.join(
                                                ", traffic:",
                                                TrafficControllers.load().names()) + ")");
                            }
                            controllers.add(c);
                        }
                    }
                    case "--seconds" -> seconds = Double.parseDouble(v);
                    case "--seed" -> seed = Long.parseLong(v);
                    case "--interval" -> interval = Double.parseDouble(v);
                    case "--mp-period" -> period = Double.parseDouble(v);
                    case "--mp-min-green" -> minGreen = Double.parseDouble(v);
                    case "--mp-phases" -> phases = MaxPressure.PhaseSet.valueOf(v.toUpperCase(Locale.ROOT));
                    default -> throw new IllegalArgumentException("unknown option " + a);
                }
            }
            if (roadnet == null || flow == null) {
                throw new IllegalArgumentException("--roadnet and --flow are required");
            }
            if (controllers.isEmpty()) {
                controllers.add("plan");
            }
            MaxPressure.Options options = new MaxPressure.Options(period, minGreen, phases, mp.clearanceSeconds());
            return new Arguments(roadnet, flow, controllers, seconds, seed, interval, options, details);
        }
    }

    /** One run: its result and how long it took. */
    record Run(RunResult result, double wallSeconds) {}

    public static void main(String[] args) {
        Arguments a;
        try {
            a = Arguments.parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println("RunScenario: " + e.getMessage());
            System.exit(2);
            return;
        }
        long t0 = System.nanoTime();
        Scenario scenario;
        try {
            scenario = Scenario.read(a.roadnet(), a.flow());
        } catch (ScenarioException e) {
            System.err.println("RunScenario: " + e.getMessage());
            System.exit(2);
            return;
        }
        double load = (System.nanoTime() - t0) / 1e9;
        List<Run> runs = new ArrayList<>();
        for (String c : a.controllers()) {
            runs.add(run(scenario, c, a));
        }
        print(System.out, scenario, a, load, runs);
    }

    static Run run(Scenario scenario, String controller, Arguments a) {
        Signals signals;
        if (controller.startsWith(TRAFFIC)) {
            String roadnet;
            try {
                roadnet = Files.readString(a.roadnet());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            signals = new TrafficModuleSignals(
                    scenario.network(),
                    TrafficControllers.load().signals(roadnet, controller.substring(TRAFFIC.length())));
        } else if (controller.equals("plan")) {
            signals = new FixedPlan(scenario.network());
        } else {
            signals = new MaxPressure(scenario.network(), a.maxPressure());
        }
        long t0 = System.nanoTime();
        Simulation sim = new Simulation(scenario, signals, new Simulation.Options(a.interval(), a.seed()));
        RunResult result = sim.run(a.seconds()).named(name(controller, a));
        return new Run(result, (System.nanoTime() - t0) / 1e9);
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
        Network n = scenario.network();
        long signalised = n.intersections().stream()
                .filter(Network.Intersection::signalised)
                .count();
        out.printf(
                Locale.ROOT,
                "Scenario: %s, %s (%d intersections, %d signalised, %d roads, %d lanes; %d flows), %.0f s simulated"
                        + " in steps of %s s, seed %d; read in %.2f s%n%n",
                a.roadnet().getFileName(),
                a.flow().getFileName(),
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
        if (a.details()) {
            details(out, runs);
        }
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
