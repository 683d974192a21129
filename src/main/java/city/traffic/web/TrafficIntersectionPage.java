package city.traffic.web;

import city.platform.rest.ProblemException;
import city.platform.security.CurrentUser;
import city.platform.security.Roles;
import city.platform.web.FieldErrors;
import city.platform.web.Lang;
import city.platform.web.PageContext;
import city.traffic.internal.IntersectionDetails;
import city.traffic.internal.IntersectionHistory;
import city.traffic.internal.SignalActions;
import city.traffic.internal.SignalControl;
import city.traffic.internal.TrafficLiveState;
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
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.jboss.resteasy.reactive.RestForm;

/**
 * One intersection for operators and the police: its movements and phases (as tables and phase diagrams), what its
 * signal shows (live), its queues and flows of the last hour, and the operators' last actions on it. Operators
 * change its controller, hold a phase, force a plan or release it here; each change is recorded with who and when.
 */
@Path("/traffic/intersections")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed({Roles.TRAFFIC_OPERATOR, Roles.POLICE})
public class TrafficIntersectionPage {

    static final int HISTORY_MINUTES = 60;
    static final int ACTIONS_SHOWN = 20;
    static final int MAX_GREEN = 180;
    private static final ObjectMapper JSON = new ObjectMapper();

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance intersection(IntersectionScreen x);
    }

    /** A choice of a select list. */
    public record Option(String value, String label, boolean selected) {}

    /** A movement as a table row. */
    public record MovementRow(int number, String from, String to, String type, String lanes, String phases) {}

    /** An arrow of a phase diagram (SVG path in a 120 × 120 box). */
    public record Arrow(String d, String type) {}

    /** A phase as a card: its diagram, the movements it lets go, its greens. */
    public record PhaseCard(
            int index, int number, List<Arrow> arrows, List<String> movements, int plannedGreen, boolean current) {}

    /** One green of the forced-plan form, as typed. */
    public record GreenField(String name, String label, String value, boolean invalid, String error) {}

    /** A recorded action. */
    public record ActionRow(Instant at, String who, String what) {}

    /** A chart: Unix seconds of each 5 minutes, and one JSON series per incoming road. */
    public record Chart(String xs, String series, boolean empty) {}

    /** One 5 minutes of the history table: per road, queue and flow as text. */
    public record HistoryRow(String time, List<String> cells) {}

    /** The whole page, with the forms as typed. */
    public record IntersectionScreen(
            IntersectionDetails.IntersectionView x,
            String name,
            boolean signalised,
            List<MovementRow> movements,
            List<PhaseCard> phases,
            String stageText,
            String since,
            String modeText,
            String controlText,
            int minGreen,
            List<Option> modes,
            List<Option> phaseOptions,
            List<GreenField> greens,
            String failedForm,
            FieldErrors errors,
            List<ActionRow> actions,
            Chart queue,
            Chart flow,
            List<String> historyRoads,
            List<HistoryRow> history,
            String texts,
            String notice) {}

    private final IntersectionDetails details;
    private final IntersectionHistory history;
    private final SignalControl control;
    private final SignalActions actions;
    private final CurrentUser user;
    private final PageContext page;
    private final Clock clock;

    TrafficIntersectionPage(
            IntersectionDetails details,
            IntersectionHistory history,
            SignalControl control,
            SignalActions actions,
            CurrentUser user,
            PageContext page,
            Clock clock) {
        this.details = details;
        this.history = history;
        this.control = control;
        this.actions = actions;
        this.user = user;
        this.page = page;
        this.clock = clock;
    }

    @GET
    @Path("{id}")
    public Response intersection(@PathParam("id") String id, @QueryParam("done") String done) {
        IntersectionDetails.IntersectionView x = details.view(id);
        return TrafficPage.html(200, screen(x, null, null, null, null, FieldErrors.NONE, notice(x, done)));
    }

    private String notice(IntersectionDetails.IntersectionView x, String done) {
        if (done == null || x.state() == null) {
            return null;
        }
        Lang lang = page.language();
        return switch (done) {
            case "mode" ->
                lang.pick(
                        "已改为" + TrafficTexts.mode(x.controller(), lang) + "。",
                        "The controller is now " + TrafficTexts.mode(x.controller(), lang) + ".");
            case "hold" ->
                lang.pick(
                        "已锁定相位：信号在最短绿灯和清空时间后切换到该相位并保持，直到解除。",
                        "The phase is held: the signal changes to it after the minimum green and clearance, and keeps"
                                + " it until released.");
            case "plan" -> lang.pick("已强制执行新的配时方案，直到解除。", "The forced plan runs until released.");
            case "release" -> lang.pick("已解除锁定和强制方案，由控制器重新决定。", "Released: the controller decides again.");
            default -> null;
        };
    }

    @POST
    @Path("{id}/mode")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed(Roles.TRAFFIC_OPERATOR)
    public Response mode(@PathParam("id") String id, @RestForm String mode) {
        IntersectionDetails.IntersectionView x = signalised(id);
        Lang lang = page.language();
        SignalControl.Mode m;
        try {
            m = SignalControl.Mode.valueOf(mode == null ? "" : mode.strip());
        } catch (IllegalArgumentException e) {
            return failed(x, "mode", mode, null, null, "mode", lang.pick("请选择一种控制方式", "Choose a controller"));
        }
        control.setMode(x.id(), m);
        actions.record(x.id(), "CONTROLLER", m.name(), user.id(), user.displayName());
        return done(x, "mode");
    }

    @POST
    @Path("{id}/hold")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed(Roles.TRAFFIC_OPERATOR)
    public Response hold(@PathParam("id") String id, @RestForm String phase) {
        IntersectionDetails.IntersectionView x = signalised(id);
        Lang lang = page.language();
        String wrong = lang.pick(
                "请选择相位 1 到 " + x.phases().size(),
                "Choose a phase from 1 to " + x.phases().size());
        int p;
        try {
            p = Integer.parseInt(phase == null ? "" : phase.strip());
        } catch (NumberFormatException e) {
            return failed(x, "hold", null, phase, null, "phase", wrong);
        }
        try {
            control.hold(x.id(), p);
        } catch (ProblemException e) {
            return failed(x, "hold", null, phase, null, "phase", wrong);
        }
        actions.record(x.id(), "HOLD", "phase " + p, user.id(), user.displayName());
        return done(x, "hold");
    }

    @POST
    @Path("{id}/plan")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed(Roles.TRAFFIC_OPERATOR)
    public Response plan(@PathParam("id") String id, @RestForm("green") List<String> green) {
        IntersectionDetails.IntersectionView x = signalised(id);
        Lang lang = page.language();
        int minGreen = x.phases().get(0).minGreenSeconds();
        List<String> typed = new ArrayList<>(green == null ? List.of() : green);
        while (typed.size() < x.phases().size()) {
            typed.add("");
        }
        Map<String, String> errors = new LinkedHashMap<>();
        int[] greens = new int[x.phases().size()];
        for (int i = 0; i < greens.length; i++) {
            try {
                greens[i] = Integer.parseInt(typed.get(i).strip());
                if (greens[i] < minGreen || greens[i] > MAX_GREEN) {
                    throw new NumberFormatException();
                }
            } catch (NumberFormatException e) {
                errors.put(
                        "green" + i,
                        lang.pick(
                                "请填写 " + minGreen + " 到 " + MAX_GREEN + " 之间的整数秒",
                                "A whole number of seconds from " + minGreen + " to " + MAX_GREEN));
            }
        }
        if (!errors.isEmpty()) {
            return TrafficPage.html(400, screen(x, "plan", null, null, typed, FieldErrors.of(errors), null));
        }
        try {
            control.forcePlan(x.id(), greens);
        } catch (ProblemException e) {
            return TrafficPage.html(
                    400,
                    screen(x, "plan", null, null, typed, FieldErrors.general(TrafficProblems.describe(e, lang)), null));
        }
        actions.record(x.id(), "FORCE_PLAN", Arrays.toString(greens), user.id(), user.displayName());
        return done(x, "plan");
    }

    @POST
    @Path("{id}/release")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed(Roles.TRAFFIC_OPERATOR)
    public Response release(@PathParam("id") String id) {
        IntersectionDetails.IntersectionView x = signalised(id);
        control.release(x.id());
        actions.record(x.id(), "RELEASE", "", user.id(), user.displayName());
        return done(x, "release");
    }

    private IntersectionDetails.IntersectionView signalised(String id) {
        IntersectionDetails.IntersectionView x = details.view(id);
        if (!x.signalised()) {
            throw ProblemException.notFound("No signal at intersection " + id + ".");
        }
        return x;
    }

    private Response failed(
            IntersectionDetails.IntersectionView x,
            String form,
            String mode,
            String phase,
            List<String> greens,
            String field,
            String message) {
        return TrafficPage.html(
                400, screen(x, form, mode, phase, greens, FieldErrors.of(Map.of(field, message)), null));
    }

    private static Response done(IntersectionDetails.IntersectionView x, String what) {
        return Response.seeOther(URI.create(
                        "/traffic/intersections/" + PageContext.encode(x.id()) + "?done=" + what + "#control"))
                .build();
    }

    private TemplateInstance screen(
            IntersectionDetails.IntersectionView before,
            String failedForm,
            String typedMode,
            String typedPhase,
            List<String> typedGreens,
            FieldErrors errors,
            String notice) {
        Lang lang = page.language();
        // after a change, what the signal shows now
        IntersectionDetails.IntersectionView x = details.view(before.id());
        String name = lang.pick(x.nameZh(), x.nameEn());
        List<MovementRow> movements = x.movements().stream()
                .map(m -> new MovementRow(
                        m.index() + 1,
                        lang.pick(m.fromRoadNameZh(), m.fromRoadNameEn()) + " · " + TrafficTexts.bound(m.bound(), lang),
                        lang.pick(m.toRoadNameZh(), m.toRoadNameEn()),
                        TrafficTexts.movementType(m.type(), lang),
                        m.fromLanes().stream().map(String::valueOf).collect(Collectors.joining(", ")),
                        m.phases().stream().map(p -> Integer.toString(p + 1)).collect(Collectors.joining(", "))))
                .toList();
        TrafficLiveState.SignalLive state = x.state();
        int currentPhase = state != null && "GREEN".equals(state.stage()) ? state.phase() : -1;
        List<PhaseCard> phases = x.phases().stream()
                .map(p -> new PhaseCard(
                        p.index(),
                        p.index() + 1,
                        p.movements().stream()
                                .map(i -> PhaseDiagram.arrow(x.movements().get(i)))
                                .toList(),
                        p.movements().stream()
                                .map(i -> {
                                    IntersectionDetails.MovementView m =
                                            x.movements().get(i);
                                    return lang.pick(m.fromRoadNameZh(), m.fromRoadNameEn()) + " "
                                            + TrafficTexts.bound(m.bound(), lang) + " "
                                            + TrafficTexts.movementType(m.type(), lang);
                                })
                                .toList(),
                        p.plannedGreenSeconds(),
                        p.index() == currentPhase))
                .toList();
        String mode = typedMode != null
                ? typedMode
                : x.controller() == null ? "" : x.controller().name();
        List<Option> modes = Arrays.stream(SignalControl.Mode.values())
                .map(m -> new Option(
                        m.name(), TrafficTexts.mode(m, lang), m.name().equals(mode)))
                .toList();
        String phaseChoice = typedPhase != null ? typedPhase : Integer.toString(currentPhase < 0 ? 0 : currentPhase);
        List<Option> phaseOptions = x.phases().stream()
                .map(p -> new Option(
                        Integer.toString(p.index()),
                        lang.pick("相位 " + (p.index() + 1), "Phase " + (p.index() + 1)),
                        Integer.toString(p.index()).equals(phaseChoice)))
                .toList();
        List<GreenField> greens = new ArrayList<>();
        for (IntersectionDetails.PhaseView p : x.phases()) {
            String field = "green" + p.index();
            String value = typedGreens != null && p.index() < typedGreens.size()
                    ? typedGreens.get(p.index())
                    : Integer.toString(p.plannedGreenSeconds());
            greens.add(new GreenField(
                    field,
                    lang.pick("相位 " + (p.index() + 1) + " 绿灯（秒）", "Phase " + (p.index() + 1) + " green (s)"),
                    value,
                    errors.has(field),
                    errors.get(field)));
        }
        List<ActionRow> recent = actions.recent(x.id(), ACTIONS_SHOWN).stream()
                .map(a -> new ActionRow(a.at(), a.byName(), actionText(a, lang)))
                .toList();
        IntersectionHistory.HistoryView h = history.history(x.id(), HISTORY_MINUTES, clock.instant());
        List<Long> xs = new ArrayList<>();
        for (Instant t = h.from(); t.isBefore(h.to()); t = t.plusSeconds(h.bucketSeconds())) {
            xs.add(t.getEpochSecond());
        }
        List<String> roadLabels = h.roads().stream()
                .map(r -> lang.pick(r.nameZh(), r.nameEn()) + " · " + TrafficTexts.bound(r.bound(), lang))
                .toList();
        List<Map<String, Object>> queueSeries = new ArrayList<>();
        List<Map<String, Object>> flowSeries = new ArrayList<>();
        List<HistoryRow> rows = new ArrayList<>();
        boolean any = false;
        for (int i = 0; i < h.roads().size(); i++) {
            IntersectionHistory.RoadHistory r = h.roads().get(i);
            Double[] queue = new Double[xs.size()];
            Double[] flow = new Double[xs.size()];
            for (IntersectionHistory.Bucket b : r.buckets()) {
                int at = xs.indexOf(b.start().getEpochSecond());
                if (at >= 0) {
                    queue[at] = b.queue();
                    flow[at] = b.flowPerHour();
                    any = true;
                }
            }
            queueSeries.add(Map.of("label", roadLabels.get(i), "values", Arrays.asList(queue)));
            flowSeries.add(Map.of("label", roadLabels.get(i), "values", Arrays.asList(flow)));
        }
        for (int t = 0; t < xs.size(); t++) {
            List<String> cells = new ArrayList<>();
            for (Map<String, Object> q : queueSeries) {
                Object qv = ((List<?>) q.get("values")).get(t);
                Object fv = ((List<?>) flowSeries.get(queueSeries.indexOf(q)).get("values")).get(t);
                cells.add((qv == null ? "—" : TrafficPage.number((Double) qv)) + " / "
                        + (fv == null ? "—" : TrafficPage.number((Double) fv)));
            }
            rows.add(new HistoryRow(TrafficPage.CLOCK.format(Instant.ofEpochSecond(xs.get(t))), cells));
        }
        String xsText = xs.stream().map(String::valueOf).collect(Collectors.joining(","));
        return Templates.intersection(new IntersectionScreen(
                x,
                name,
                x.signalised(),
                movements,
                phases,
                state == null ? "" : TrafficTexts.stage(state, lang),
                state == null || state.since() == null ? "" : TrafficPage.CLOCK.format(state.since()),
                TrafficTexts.mode(x.controller(), lang),
                state == null ? "" : TrafficTexts.control(state.control(), lang),
                x.phases().isEmpty() ? 0 : x.phases().get(0).minGreenSeconds(),
                modes,
                phaseOptions,
                greens,
                failedForm,
                errors,
                recent,
                new Chart(xsText, json(queueSeries), !any),
                new Chart(xsText, json(flowSeries), !any),
                roadLabels,
                rows,
                json(TrafficTexts.forScripts(lang)),
                notice));
    }

    static String actionText(SignalActions.Action a, Lang lang) {
        String detail = a.detail() == null ? "" : a.detail();
        return switch (a.action()) {
            case "CONTROLLER" -> {
                String mode;
                try {
                    mode = TrafficTexts.mode(SignalControl.Mode.valueOf(detail), lang);
                } catch (IllegalArgumentException e) {
                    mode = detail;
                }
                yield lang.pick("控制方式改为" + mode, "Controller set to " + mode);
            }
            case "HOLD" -> {
                String n = detail.replaceAll("[^0-9]", "");
                String shown = n.isEmpty() ? detail : Integer.toString(Integer.parseInt(n) + 1);
                yield lang.pick("锁定相位 " + shown, "Phase " + shown + " held");
            }
            case "FORCE_PLAN" -> {
                String seconds = detail.replaceAll("[\\[\\]]", "");
                yield lang.pick("强制方案：各相位绿灯 " + seconds + " 秒", "Forced plan: greens of " + seconds + " s");
            }
            case "RELEASE" -> lang.pick("解除锁定和强制方案", "Hold and forced plan released");
            default -> a.action().toLowerCase(Locale.ROOT) + " " + detail;
        };
    }

    private static String json(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
