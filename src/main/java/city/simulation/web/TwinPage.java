package city.simulation.web;

import city.platform.rest.Problem;
import city.platform.rest.ProblemException;
import city.platform.security.CurrentUser;
import city.platform.security.Roles;
import city.platform.web.FieldErrors;
import city.platform.web.Lang;
import city.platform.web.PageContext;
import city.simulation.evaluation.AmbulanceRequest;
import city.simulation.evaluation.ControllerOption;
import city.simulation.evaluation.ControllerResult;
import city.simulation.evaluation.DemandGenerator;
import city.simulation.evaluation.EvaluationControllers;
import city.simulation.evaluation.EvaluationRequest;
import city.simulation.evaluation.EvaluationStatus;
import city.simulation.evaluation.EvaluationView;
import city.simulation.evaluation.Evaluations;
import city.simulation.evaluation.ScenarioInfo;
import city.simulation.evaluation.ScenarioUpload;
import city.simulation.evaluation.Scenarios;
import city.simulation.traffic.RunResult;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;

/**
 * The twin's offline evaluation for traffic operators: pick or upload a scenario, choose controllers, start; the run's
 * page shows a progress bar that follows the run without a reload (its script polls {@code status} every second) and
 * turns into the results table and charts when it is done. Past runs are listed newest first. Every form works
 * without scripts and, when refused, comes back with what was typed and every problem named.
 */
@Path("/traffic/twin")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed(Roles.TRAFFIC_OPERATOR)
public class TwinPage {

    static final String HOME = "/traffic/twin";
    static final int RUNS_SHOWN = 50;
    static final int QUEUE_WINDOW_MINUTES = 10;
    private static final ObjectMapper JSON = new ObjectMapper();

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance index(IndexScreen s);

        static native TemplateInstance run(RunScreen r);

        static native TemplateInstance results(RunScreen r);
    }

    /** A scenario in the picker and the list. */
    public record ScenarioRow(
            long id,
            String name,
            boolean builtIn,
            int signalised,
            int roads,
            int flows,
            Instant createdAt,
            String createdBy,
            boolean selected) {}

    /** A controller's checkbox. */
    public record ControllerRow(String id, String name, String htmlId, boolean checked) {}

    /** A past run in the list. */
    public record RunRow(
            long id,
            String scenario,
            String controllers,
            String simulated,
            String status,
            String statusKey,
            Instant createdAt,
            String createdBy) {}

    /** One problem of an uploaded file: where it is in the file, and what is wrong (in English, as the engine says). */
    public record FileProblem(String path, String message) {}

    /** The evaluation page: the forms as typed, with their errors, and the lists. */
    public record IndexScreen(
            List<ScenarioRow> scenarios,
            List<ControllerRow> controllers,
            List<RunRow> runs,
            String minutes,
            String seed,
            FieldErrors runErrors,
            String nameZh,
            String nameEn,
            FieldErrors uploadErrors,
            List<FileProblem> problems,
            String notice,
            GenerateForm generate,
            AmbulanceForm ambulance) {}

    /** The run form's optional ambulance experiment, as typed. */
    public record AmbulanceForm(String from, String to, String minute) {

        static final AmbulanceForm EMPTY = new AmbulanceForm("", "", "");
    }

    /** The form that generates a scenario's demand from the boundary's origin-destination matrix, as typed. */
    public record GenerateForm(
            String network,
            String nameZh,
            String nameEn,
            String peak,
            String startHour,
            String minutes,
            String seed,
            FieldErrors errors) {

        static final GenerateForm EMPTY = new GenerateForm("", "", "", "6000", "8", "60", "0", FieldErrors.NONE);

        public boolean networkIs(long id) {
            return Long.toString(id).equals(network);
        }
    }

    /** A controller's row of the results table. */
    public record ResultRow(
            String id,
            String name,
            String travelTime,
            String finishedTravelTime,
            String incomingTime,
            String finished,
            String throughput,
            String delay,
            String stops,
            String wall) {}

    /** A controller's travel-time percentiles, the text alternative of the distribution chart. */
    public record PercentileRow(String name, String p10, String p50, String p90, String max) {}

    /** A controller's mean queue per window, the text alternative of the queue chart. */
    public record QueueRow(String name, List<String> cells) {}

    /** A run's page. */
    public record RunScreen(
            EvaluationView run,
            String scenario,
            String controllers,
            String simulated,
            String status,
            int percent,
            boolean open,
            boolean queued,
            boolean done,
            boolean failed,
            List<ResultRow> rows,
            String travelTimeChart,
            String queueChart,
            List<PercentileRow> percentiles,
            List<String> queueWindows,
            List<QueueRow> queues,
            String error) {}

    /** What the run page's script polls. */
    public record RunStatus(
            long id, EvaluationStatus status, double progress, int percent, String text, String error) {}

    private final Evaluations evaluations;
    private final Scenarios scenarios;
    private final EvaluationControllers controllers;
    private final DemandGenerator generator;
    private final CurrentUser user;
    private final PageContext page;

    TwinPage(
            Evaluations evaluations,
            Scenarios scenarios,
            EvaluationControllers controllers,
            DemandGenerator generator,
            CurrentUser user,
            PageContext page) {
        this.generator = generator;
        this.evaluations = evaluations;
        this.scenarios = scenarios;
        this.controllers = controllers;
        this.user = user;
        this.page = page;
    }

    @GET
    public Response index(@QueryParam("scenario") Long scenario, @QueryParam("done") String done) {
        Lang lang = page.language();
        String notice = "uploaded".equals(done)
                ? lang.pick("场景已上传，已在“新建评估”中选中。", "The scenario is uploaded and chosen under “New evaluation”.")
                : "generated".equals(done)
                        ? lang.pick(
                                "需求已生成，场景已在“新建评估”中选中。",
                                "The demand is generated; the scenario is chosen under “New evaluation”.")
                        : null;
        List<String> defaults = List.of(EvaluationControllers.PLAN, EvaluationControllers.MAX_PRESSURE);
        return html(
                200,
                screen(scenario, defaults, "60", "0", FieldErrors.NONE, "", "", FieldErrors.NONE, List.of(), notice));
    }

    @POST
    @Path("runs")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response start(
            @RestForm String scenario,
            @RestForm("controller") List<String> chosen,
            @RestForm String minutes,
            @RestForm String seed,
            @RestForm String ambulanceFrom,
            @RestForm String ambulanceTo,
            @RestForm String ambulanceMinute) {
        Lang lang = page.language();
        List<String> picked = chosen == null ? List.of() : chosen;
        AmbulanceForm typedAmbulance = new AmbulanceForm(
                ambulanceFrom == null ? "" : ambulanceFrom.strip(),
                ambulanceTo == null ? "" : ambulanceTo.strip(),
                ambulanceMinute == null ? "" : ambulanceMinute.strip());
        String typedMinutes = minutes == null ? "" : minutes.strip();
        String typedSeed = seed == null ? "" : seed.strip();
        Long scenarioId = parseLong(scenario);
        Map<String, String> errors = new LinkedHashMap<>();
        Integer seconds = null;
        Long minutesValue = parseLong(typedMinutes);
        if (minutesValue == null || minutesValue < 1 || minutesValue > Evaluations.MAX_SECONDS / 60) {
            errors.put("minutes", lang.pick("请填写 1 到 240 之间的整数分钟", "Type a whole number of minutes from 1 to 240"));
        } else {
            seconds = (int) (minutesValue * 60);
        }
        Long seedValue = typedSeed.isEmpty() ? Long.valueOf(0) : parseLong(typedSeed);
        if (seedValue == null) {
            errors.put("seed", lang.pick("请填写一个整数", "Type a whole number"));
        }
        AmbulanceRequest ambulance = null;
        if (!typedAmbulance.from().isEmpty() || !typedAmbulance.to().isEmpty()) {
            Long minute = typedAmbulance.minute().isEmpty() ? null : parseLong(typedAmbulance.minute());
            if (!typedAmbulance.minute().isEmpty() && (minute == null || minute < 0 || minute > 240)) {
                errors.put(
                        "ambulance",
                        lang.pick("救护车出发时间：仿真开始后的整数分钟", "The ambulance leaves a whole number of minutes into the run"));
            } else {
                ambulance = new AmbulanceRequest(
                        typedAmbulance.from(), typedAmbulance.to(), minute == null ? null : (int) (minute * 60));
            }
        }
        if (errors.isEmpty()) {
            try {
                EvaluationView run = evaluations.start(
                        new EvaluationRequest(scenarioId, picked, seconds, seedValue, ambulance), user.id());
                return Response.seeOther(URI.create(HOME + "/runs/" + run.id())).build();
            } catch (ProblemException e) {
                if (e.errors().isEmpty()) {
                    errors.put(
                            "general",
                            lang.pick(
                                    "现在排队的评估太多，请等一些完成后再开始。",
                                    "Too many evaluations are waiting; start this one when some have finished."));
                }
                for (Problem.FieldError f : e.errors()) {
                    runError(f, lang, errors);
                }
            }
        }
        String general = errors.remove("general");
        return html(
                400,
                screen(
                        scenarioId,
                        picked,
                        typedMinutes,
                        typedSeed,
                        new FieldErrors(Map.copyOf(errors), general),
                        "",
                        "",
                        FieldErrors.NONE,
                        List.of(),
                        null,
                        GenerateForm.EMPTY,
                        typedAmbulance));
    }

    private static void runError(Problem.FieldError f, Lang lang, Map<String, String> errors) {
        if (f.field().startsWith("ambulance")) {
            String message = switch (f.field()) {
                case "ambulance.fromIntersection" ->
                    lang.pick("路网中没有这个起点路口", "No such origin intersection in the network");
                case "ambulance.toIntersection" ->
                    f.message().startsWith("no route")
                            ? lang.pick("救护车无法从起点开到这个路口", "No route an ambulance can drive between them")
                            : lang.pick("路网中没有这个终点路口", "No such destination intersection in the network");
                case "ambulance.departureSecond" ->
                    lang.pick("救护车须在仿真结束前至少一分钟出发", "The ambulance leaves a minute before the end at the latest");
                default -> f.message();
            };
            errors.putIfAbsent("ambulance", message);
            return;
        }
        if (f.field().equals("scenarioId")) {
            errors.putIfAbsent("scenario", lang.pick("请选择一个场景", "Choose a scenario"));
        } else if (f.field().startsWith("controllers")) {
            String message;
            if (f.message().startsWith("at most")) {
                message = lang.pick("最多选择 6 个控制方案", "Choose at most 6 controllers");
            } else if (f.message().startsWith("the traffic module")) {
                message = lang.pick(
                        "交通模块的控制方案无法运行这个场景的路网：" + f.message(),
                        "The traffic module's controllers cannot run this scenario's network: " + f.message());
            } else {
                message = lang.pick("请选择 1 到 6 个控制方案", "Choose 1 to 6 controllers");
            }
            errors.putIfAbsent("controllers", message);
        } else if (f.field().equals("simulatedSeconds")) {
            errors.putIfAbsent(
                    "minutes", lang.pick("请填写 1 到 240 之间的整数分钟", "Type a whole number of minutes from 1 to 240"));
        } else {
            errors.putIfAbsent("general", f.field() + ": " + f.message());
        }
    }

    @POST
    @Path("scenarios/generated")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response generate(
            @RestForm String network,
            @RestForm String nameZh,
            @RestForm String nameEn,
            @RestForm String peak,
            @RestForm String startHour,
            @RestForm String minutes,
            @RestForm String seed) {
        Lang lang = page.language();
        GenerateForm typed = new GenerateForm(
                orEmpty(network),
                orEmpty(nameZh),
                orEmpty(nameEn),
                orEmpty(peak),
                orEmpty(startHour),
                orEmpty(minutes),
                orEmpty(seed),
                FieldErrors.NONE);
        Map<String, String> errors = new LinkedHashMap<>();
        Long networkId = parseLong(typed.network());
        Double peakValue = parseDouble(typed.peak());
        Double hour = parseDouble(typed.startHour());
        Long minutesValue = parseLong(typed.minutes());
        Long seedValue = parseLong(typed.seed());
        String number = lang.pick("请填写数字", "Type a number");
        if (networkId == null) {
            errors.put("network", lang.pick("请选择路网", "Choose a road network"));
        }
        if (peakValue == null) {
            errors.put("peak", number);
        }
        if (hour == null) {
            errors.put("startHour", number);
        }
        if (minutesValue == null || minutesValue > Integer.MAX_VALUE) {
            errors.put("minutes", number);
        }
        if (seedValue == null) {
            errors.put("seed", number);
        }
        DemandGenerator.Request request = new DemandGenerator.Request(
                typed.nameZh(),
                typed.nameEn(),
                networkId,
                peakValue,
                null,
                null,
                hour,
                minutesValue == null || minutesValue > Integer.MAX_VALUE ? null : minutesValue.intValue(),
                seedValue);
        for (Problem.FieldError f : generator.problems(request)) {
            String field = generateField(f.field());
            errors.putIfAbsent(field, generateMessage(field, lang, f.message()));
        }
        if (errors.isEmpty()) {
            try {
                ScenarioInfo info = generator.generate(request, user.id());
                return Response.seeOther(URI.create(HOME + "?scenario=" + info.id() + "&done=generated#new"))
                        .build();
            } catch (ProblemException e) {
                if (e.status() == Response.Status.NOT_FOUND) {
                    errors.put("network", lang.pick("没有这个场景", "No such scenario"));
                }
                for (Problem.FieldError f : e.errors()) {
                    String field = generateField(f.field());
                    errors.putIfAbsent(field, generateMessage(field, lang, f.message()));
                }
            }
        }
        GenerateForm refused = new GenerateForm(
                typed.network(),
                typed.nameZh(),
                typed.nameEn(),
                typed.peak(),
                typed.startHour(),
                typed.minutes(),
                typed.seed(),
                FieldErrors.of(errors));
        return html(
                400,
                screen(
                        networkId,
                        List.of(EvaluationControllers.PLAN, EvaluationControllers.MAX_PRESSURE),
                        "60",
                        "0",
                        FieldErrors.NONE,
                        "",
                        "",
                        FieldErrors.NONE,
                        List.of(),
                        null,
                        refused,
                        AmbulanceForm.EMPTY));
    }

    /** The form's field for a field of the generator's request. */
    private static String generateField(String requestField) {
        return switch (requestField) {
            case "peakVehiclesPerHour" -> "peak";
            case "networkOf" -> "network";
            case "startHour", "minutes", "nameEn" -> requestField;
            default -> "nameZh";
        };
    }

    private static String generateMessage(String field, Lang lang, String english) {
        return switch (field) {
            case "peak" -> lang.pick("高峰每小时车辆数：大于 0，最多 50000", "Vehicles per hour at the peak: above 0, 50000 at most");
            case "startHour" -> lang.pick("开始时刻：0 到 24 之间（不含 24）", "The hour of the day: 0 to under 24");
            case "minutes" -> lang.pick("时长：1 到 240 分钟", "1 to 240 minutes");
            case "nameZh", "nameEn" ->
                lang.pick("请至少填写一种语言的名称（最多 200 个字）", "A name in one language at least (200 characters at most)");
            default -> english;
        };
    }

    private static String orEmpty(String s) {
        return s == null ? "" : s.strip();
    }

    private static Double parseDouble(String s) {
        try {
            return s.isEmpty() ? null : Double.parseDouble(s);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    @POST
    @Path("scenarios")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    public Response upload(
            @RestForm String nameZh,
            @RestForm String nameEn,
            @RestForm("roadnet") FileUpload roadnet,
            @RestForm("flow") FileUpload flow) {
        Lang lang = page.language();
        String zh = nameZh == null ? "" : nameZh;
        String en = nameEn == null ? "" : nameEn;
        Map<String, String> errors = new LinkedHashMap<>();
        List<FileProblem> problems = new ArrayList<>();
        String general = null;
        try {
            ScenarioUpload.checkSize(roadnet, flow);
            List<Problem.FieldError> unreadable = new ArrayList<>();
            String roadnetText = ScenarioUpload.text(roadnet, "roadnet", unreadable);
            String flowText = ScenarioUpload.text(flow, "flow", unreadable);
            for (Problem.FieldError f : unreadable) {
                errors.put(f.field(), lang.pick("文件不是 UTF-8 编码的文本", "The file is not UTF-8 text"));
            }
            if (roadnetText == null && !errors.containsKey("roadnet")) {
                errors.put(
                        "roadnet", lang.pick("请选择一个 CityFlow roadnet.json 文件", "Choose a CityFlow roadnet.json file"));
            }
            if (flowText == null && !errors.containsKey("flow")) {
                errors.put("flow", lang.pick("请选择一个 CityFlow flow.json 文件", "Choose a CityFlow flow.json file"));
            }
            if (zh.isBlank() && en.isBlank()) {
                errors.put("nameZh", lang.pick("请至少填写一种语言的名称", "Type a name in one language at least"));
            }
            if (errors.isEmpty()) {
                ScenarioInfo info = scenarios.upload(zh, en, roadnetText, flowText, user.id());
                return Response.seeOther(URI.create(HOME + "?scenario=" + info.id() + "&done=uploaded#new"))
                        .build();
            }
        } catch (ProblemException e) {
            if (e.status() == Response.Status.REQUEST_ENTITY_TOO_LARGE) {
                general = lang.pick("两个文件合计不能超过 20 MB。", "The two files may weigh 20 MB together at most.");
            }
            for (Problem.FieldError f : e.errors()) {
                if (f.field().equals("nameZh") || f.field().equals("nameEn")) {
                    errors.put(f.field(), lang.pick("名称最多 200 个字", "A name has 200 characters at most"));
                } else {
                    problems.add(new FileProblem(f.field(), f.message()));
                }
            }
            if (!problems.isEmpty()) {
                general = lang.pick(
                        "这个场景无法运行，没有保存任何内容。请按下列问题修改文件后重新上传。",
                        "This scenario cannot be run, and nothing was stored. Correct the problems below and upload"
                                + " the files again.");
            }
        }
        return html(
                400,
                screen(
                        null,
                        List.of(EvaluationControllers.PLAN, EvaluationControllers.MAX_PRESSURE),
                        "60",
                        "0",
                        FieldErrors.NONE,
                        zh,
                        en,
                        new FieldErrors(Map.copyOf(errors), general),
                        problems,
                        null));
    }

    @GET
    @Path("runs/{id}")
    public Response run(@PathParam("id") long id) {
        return html(200, Templates.run(runScreen(evaluations.get(id), null)));
    }

    /** The run's status for the page's script: polled every second while it waits or runs. */
    @GET
    @Path("runs/{id}/status")
    @Produces(MediaType.APPLICATION_JSON)
    public Response status(@PathParam("id") long id) {
        EvaluationView run = evaluations.get(id);
        Lang lang = page.language();
        RunStatus s =
                new RunStatus(run.id(), run.status(), run.progress(), percent(run), statusText(run, lang), run.error());
        return Response.ok(s).header("Cache-Control", "no-store").build();
    }

    /** The results section alone, which the run page's script puts in place of the progress bar when it is done. */
    @GET
    @Path("runs/{id}/results")
    public Response results(@PathParam("id") long id) {
        return html(200, Templates.results(runScreen(evaluations.get(id), null)));
    }

    @POST
    @Path("runs/{id}/cancel")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response cancel(@PathParam("id") long id) {
        try {
            evaluations.cancel(id);
            return Response.seeOther(URI.create(HOME + "/runs/" + id)).build();
        } catch (ProblemException e) {
            if (e.status() == Response.Status.NOT_FOUND) {
                throw e;
            }
            Lang lang = page.language();
            return html(
                    409,
                    Templates.run(runScreen(
                            evaluations.get(id),
                            lang.pick("评估已经结束，无法取消。", "The evaluation is over already; there is nothing to cancel."))));
        }
    }

    // building the screens

    private TemplateInstance screen(
            Long scenario,
            List<String> chosen,
            String minutes,
            String seed,
            FieldErrors runErrors,
            String nameZh,
            String nameEn,
            FieldErrors uploadErrors,
            List<FileProblem> problems,
            String notice) {
        return screen(
                scenario,
                chosen,
                minutes,
                seed,
                runErrors,
                nameZh,
                nameEn,
                uploadErrors,
                problems,
                notice,
                GenerateForm.EMPTY,
                AmbulanceForm.EMPTY);
    }

    private TemplateInstance screen(
            Long scenario,
            List<String> chosen,
            String minutes,
            String seed,
            FieldErrors runErrors,
            String nameZh,
            String nameEn,
            FieldErrors uploadErrors,
            List<FileProblem> problems,
            String notice,
            GenerateForm generate,
            AmbulanceForm ambulance) {
        Lang lang = page.language();
        List<ScenarioInfo> all = scenarios.all();
        long selected = scenario != null && all.stream().anyMatch(s -> s.id() == scenario)
                ? scenario
                : all.isEmpty() ? -1 : all.get(0).id();
        List<ScenarioRow> scenarioRows = all.stream()
                .map(s -> new ScenarioRow(
                        s.id(),
                        lang.pick(s.nameZh(), s.nameEn()),
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
                        c.id(), lang.pick(c.nameZh(), c.nameEn()), htmlId(c.id()), chosen.contains(c.id())))
                .toList();
        List<RunRow> runs = evaluations.list(null, RUNS_SHOWN).stream()
                .map(r -> new RunRow(
                        r.id(),
                        lang.pick(r.scenarioNameZh(), r.scenarioNameEn()),
                        controllerNames(r, lang),
                        simulated(r.simulatedSeconds(), lang),
                        statusText(r, lang),
                        r.status().name().toLowerCase(Locale.ROOT),
                        r.createdAt(),
                        r.createdBy()))
                .toList();
        return Templates.index(new IndexScreen(
                scenarioRows,
                controllerRows,
                runs,
                minutes,
                seed,
                runErrors,
                nameZh,
                nameEn,
                uploadErrors,
                problems,
                notice,
                generate,
                ambulance));
    }

    static String htmlId(String controller) {
        return "c-" + controller.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-");
    }

    private String controllerNames(EvaluationView run, Lang lang) {
        return run.controllers().stream()
                .map(c -> {
                    ControllerOption o = controllers.describe(c);
                    return lang.pick(o.nameZh(), o.nameEn());
                })
                .collect(Collectors.joining(lang.pick("、", ", ")));
    }

    static String simulated(int seconds, Lang lang) {
        int minutes = seconds / 60;
        int rest = seconds % 60;
        String text = minutes >= 60 && minutes % 60 == 0
                ? lang.pick(minutes / 60 + " 小时", minutes / 60 + " h")
                : lang.pick(minutes + " 分钟", minutes + " min");
        return rest == 0 ? text : text + lang.pick(" " + rest + " 秒", " " + rest + " s");
    }

    static int percent(EvaluationView run) {
        return run.status() == EvaluationStatus.DONE ? 100 : (int) Math.floor(run.progress() * 100);
    }

    static String statusText(EvaluationView run, Lang lang) {
        return switch (run.status()) {
            case QUEUED -> lang.pick("排队中", "Waiting");
            case RUNNING -> lang.pick("运行中 " + percent(run) + "%", "Running, " + percent(run) + " %");
            case DONE -> lang.pick("已完成", "Done");
            case FAILED -> lang.pick("失败", "Failed");
            case CANCELLED -> lang.pick("已取消", "Cancelled");
        };
    }

    private RunScreen runScreen(EvaluationView run, String error) {
        Lang lang = page.language();
        List<ControllerResult> results = run.results() == null ? List.of() : run.results();
        List<ResultRow> rows = results.stream()
                .map(c -> {
                    RunResult r = c.result();
                    return new ResultRow(
                            c.controller(),
                            lang.pick(c.nameZh(), c.nameEn()),
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
                        lang.pick(c.nameZh(), c.nameEn()),
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
                .map(c -> {
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
                    return new QueueRow(lang.pick(c.nameZh(), c.nameEn()), cells);
                })
                .toList();
        return new RunScreen(
                run,
                lang.pick(run.scenarioNameZh(), run.scenarioNameEn()),
                controllerNames(run, lang),
                simulated(run.simulatedSeconds(), lang),
                statusText(run, lang),
                percent(run),
                run.status().open(),
                run.status() == EvaluationStatus.QUEUED,
                run.status() == EvaluationStatus.DONE,
                run.status() == EvaluationStatus.FAILED,
                rows,
                travelTimeChart(results, lang),
                queueChart(results, lang),
                percentiles,
                windows,
                queues,
                error);
    }

    /** The histograms as chart data: x the bins' starts in seconds, one series of counts per controller. */
    static String travelTimeChart(List<ControllerResult> results, Lang lang) {
        if (results.isEmpty()) {
            return "";
        }
        int bin = results.get(0).result().travelTimes().binSeconds();
        int bins = results.stream()
                .mapToInt(c -> c.result().travelTimes().histogram().size())
                .max()
                .orElse(0);
        List<Integer> xs = new ArrayList<>();
        for (int i = 0; i < bins; i++) {
            xs.add(i * bin);
        }
        List<Map<String, Object>> series = new ArrayList<>();
        for (ControllerResult c : results) {
            List<Integer> h = new ArrayList<>(c.result().travelTimes().histogram());
            while (h.size() < bins) {
                h.add(0);
            }
            series.add(Map.of("label", lang.pick(c.nameZh(), c.nameEn()), "values", h));
        }
        return json(Map.of("x", xs, "series", series));
    }

    /** The queue per simulated minute as chart data: x the minutes (1 = the first), one series per controller. */
    static String queueChart(List<ControllerResult> results, Lang lang) {
        if (results.isEmpty()) {
            return "";
        }
        int minutes = results.stream()
                .mapToInt(c -> c.result().queuePerMinute().size())
                .max()
                .orElse(0);
        List<Integer> xs = new ArrayList<>();
        for (int m = 1; m <= minutes; m++) {
            xs.add(m);
        }
        List<Map<String, Object>> series = new ArrayList<>();
        for (ControllerResult c : results) {
            List<Double> values = new ArrayList<>();
            for (double v : c.result().queuePerMinute()) {
                values.add(Math.round(v * 10) / 10.0);
            }
            series.add(Map.of("label", lang.pick(c.nameZh(), c.nameEn()), "values", values));
        }
        return json(Map.of("x", xs, "series", series));
    }

    private static String json(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String one(double v) {
        return Double.isFinite(v) ? String.format(Locale.ROOT, "%,.1f", v) : "—";
    }

    private static String zero(double v) {
        return Double.isFinite(v) ? String.format(Locale.ROOT, "%,.0f", v) : "—";
    }

    private static Long parseLong(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return Long.parseLong(text.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    static Response html(int status, TemplateInstance body) {
        // a run's progress and a form's one-time token: no cache keeps them
        return Response.status(status)
                .type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                .header("Cache-Control", "no-store")
                .entity(body)
                .build();
    }
}
