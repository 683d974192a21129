package city.simulation.web;

import city.simulation.evaluation.ControllerOption;
import city.simulation.evaluation.ControllerResult;
import city.simulation.evaluation.EvaluationControllers;
import city.simulation.evaluation.EvaluationStatus;
import city.simulation.evaluation.EvaluationView;
import city.simulation.evaluation.Evaluations;
import city.simulation.evaluation.ScenarioInfo;
import city.simulation.evaluation.Scenarios;
import city.simulation.traffic.RunResult;
import city.simulation.web.IndexScreen.ControllerRow;
import city.simulation.web.IndexScreen.RunRow;
import city.simulation.web.IndexScreen.ScenarioRow;
import city.simulation.web.RunScreen.PercentileRow;
import city.simulation.web.RunScreen.QueueRow;
import city.simulation.web.RunScreen.ResultRow;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Builds what the evaluation pages show: the lists and the forms as typed, a run with its results, in words. */
@ApplicationScoped
class TwinScreens {

    static final int RUNS_SHOWN = 50;
    static final int QUEUE_WINDOW_MINUTES = 10;

    private final Evaluations evaluations;
    private final Scenarios scenarios;
    private final EvaluationControllers controllers;

    TwinScreens(Evaluations evaluations, Scenarios scenarios, EvaluationControllers controllers) {
        this.evaluations = evaluations;
        this.scenarios = scenarios;
        this.controllers = controllers;
    }

    /** The evaluation page with its three forms as given. */
    IndexScreen index(RunForm run, UploadForm upload, GenerateForm generate, String notice, TwinMsg msg) {
        List<ScenarioInfo> all = scenarios.all();
        Long scenario = run.scenario();
        long selected = scenario != null && all.stream().anyMatch(s -> s.id() == scenario)
                ? scenario
                : all.isEmpty() ? -1 : all.get(0).id();
        List<ScenarioRow> scenarioRows = all.stream()
                .map(s -> new ScenarioRow(
                        s.id(),
                        msg.local_name(s.nameZh(), s.nameEn()),
                        s.builtIn(),
                        s.signalised(),
                        s.roads(),
                        s.flows(),
                        s.createdAt(),
                        s.createdBy(),
                        s.id() == selected))
                .toList();
        List<ControllerRow> controllerRows = controllers.all().stream()
                .map(c -> new ControllerRow(
                        c.id(),
                        msg.local_name(c.nameZh(), c.nameEn()),
                        htmlId(c.id()),
                        run.controllers().contains(c.id())))
                .toList();
        List<RunRow> runs = evaluations.list(null, RUNS_SHOWN).stream()
                .map(r -> new RunRow(
                        r.id(),
                        msg.local_name(r.scenarioNameZh(), r.scenarioNameEn()),
                        controllerNames(r, msg),
                        simulated(r.simulatedSeconds(), msg),
                        statusText(r, msg),
                        r.status().name().toLowerCase(Locale.ROOT),
                        r.createdAt(),
                        r.createdBy()))
                .toList();
        return new IndexScreen(
                scenarioRows,
                controllerRows,
                runs,
                run.minutes(),
                run.seed(),
                run.errors(),
                upload.nameZh(),
                upload.nameEn(),
                upload.errors(),
                upload.problems(),
                notice,
                generate,
                run.ambulance());
    }

    /** A run's page; {@code error} says why an action on it was refused (null: none was). */
    RunScreen run(EvaluationView run, String error, TwinMsg msg) {
        List<ControllerResult> results = run.results() == null ? List.of() : run.results();
        List<ResultRow> rows = results.stream()
                .map(c -> {
                    RunResult r = c.result();
                    return new ResultRow(
                            c.controller(),
                            msg.local_name(c.nameZh(), c.nameEn()),
                            one(r.averageTravelTime()),
                            one(r.averageFinishedTravelTime()),
                            one(r.averageIncomingTime()),
                            String.format(Locale.ROOT, "%,d", r.finished()),
                            String.format(Locale.ROOT, "%,.0f", c.throughputPerHour()),
                            one(r.averageDelay()),
                            String.format(Locale.ROOT, "%.2f", r.stopsPerVehicle()),
                            String.format(Locale.ROOT, "%.2f", c.wallSeconds()));
                })
                .toList();
        List<PercentileRow> percentiles = results.stream()
                .map(c -> new PercentileRow(
                        msg.local_name(c.nameZh(), c.nameEn()),
                        zero(c.result().travelTimes().p10()),
                        zero(c.result().travelTimes().p50()),
                        zero(c.result().travelTimes().p90()),
                        zero(c.result().travelTimes().max())))
                .toList();
        int minutes = results.stream()
                .mapToInt(c -> c.result().queuePerMinute().size())
                .max()
                .orElse(0);
        List<String> windows = new ArrayList<>();
        for (int m = 0; m < minutes; m += QUEUE_WINDOW_MINUTES) {
            windows.add(m + "–" + Math.min(minutes, m + QUEUE_WINDOW_MINUTES));
        }
        List<QueueRow> queues = results.stream()
                .map(c -> new QueueRow(msg.local_name(c.nameZh(), c.nameEn()), queueCells(c, minutes)))
                .toList();
        return new RunScreen(
                run,
                msg.local_name(run.scenarioNameZh(), run.scenarioNameEn()),
                controllerNames(run, msg),
                simulated(run.simulatedSeconds(), msg),
                statusText(run, msg),
                percent(run),
                run.status().open(),
                run.status() == EvaluationStatus.QUEUED,
                run.status() == EvaluationStatus.DONE,
                run.status() == EvaluationStatus.FAILED,
                rows,
                TwinCharts.travelTimes(results, msg),
                TwinCharts.queues(results, msg),
                percentiles,
                windows,
                queues,
                error);
    }

    /** What the run page's script polls. */
    static RunStatus status(EvaluationView run, TwinMsg msg) {
        return new RunStatus(run.id(), run.status(), run.progress(), percent(run), statusText(run, msg), run.error());
    }

    /** A controller's mean queue in each window of {@value #QUEUE_WINDOW_MINUTES} minutes. */
    private static List<String> queueCells(ControllerResult c, int minutes) {
        List<Double> q = c.result().queuePerMinute();
        List<String> cells = new ArrayList<>();
        for (int m = 0; m < minutes; m += QUEUE_WINDOW_MINUTES) {
            double sum = 0;
            int n = 0;
            for (int j = m; j < Math.min(q.size(), m + QUEUE_WINDOW_MINUTES); j++, n++) {
                sum += q.get(j);
            }
            cells.add(n == 0 ? "—" : String.format(Locale.ROOT, "%.0f", sum / n));
        }
        return cells;
    }

    static String htmlId(String controller) {
        return "c-" + controller.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-");
    }

    private String controllerNames(EvaluationView run, TwinMsg msg) {
        return msg.joined(run.controllers().stream()
                .map(c -> {
                    ControllerOption o = controllers.describe(c);
                    return msg.local_name(o.nameZh(), o.nameEn());
                })
                .toList());
    }

    static String simulated(int seconds, TwinMsg msg) {
        int minutes = seconds / 60;
        int rest = seconds % 60;
        String text = minutes >= 60 && minutes % 60 == 0 ? msg.sim_h(minutes / 60) : msg.sim_min(minutes);
        return rest == 0 ? text : text + " " + msg.sim_s(rest);
    }

    static int percent(EvaluationView run) {
        return run.status() == EvaluationStatus.DONE ? 100 : (int) Math.floor(run.progress() * 100);
    }

    static String statusText(EvaluationView run, TwinMsg msg) {
        return switch (run.status()) {
            case QUEUED -> msg.st_queued();
            case RUNNING -> msg.st_running(percent(run));
            case DONE -> msg.st_done();
            case FAILED -> msg.st_failed();
            case CANCELLED -> msg.st_cancelled();
        };
    }

    private static String one(double v) {
        return Double.isFinite(v) ? String.format(Locale.ROOT, "%,.1f", v) : "—";
    }

    private static String zero(double v) {
        return Double.isFinite(v) ? String.format(Locale.ROOT, "%,.0f", v) : "—";
    }
}
