package city.traffic.web;

import city.platform.rest.ProblemException;
import city.platform.security.CurrentUser;
import city.platform.security.Roles;
import city.platform.web.FieldErrors;
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
        TrafficMsg msg = TrafficMessages.in(page.language());
        return switch (done) {
            case "mode" -> msg.done_mode(TrafficTexts.mode(x.controller(), msg));
            case "hold" -> msg.done_hold();
            case "plan" -> msg.done_plan();
            case "release" -> msg.done_release();
            default -> null;
        };
    }

    @POST
    @Path("{id}/mode")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed(Roles.TRAFFIC_OPERATOR)
    public Response mode(@PathParam("id") String id, @RestForm String mode) {
        IntersectionDetails.IntersectionView x = signalised(id);
        TrafficMsg msg = TrafficMessages.in(page.language());
        SignalControl.Mode m;
        try {
            m = SignalControl.Mode.valueOf(mode == null ? "" : mode.strip());
        } catch (IllegalArgumentException e) {
            return failed(x, "mode", mode, null, null, "mode", msg.err_mode());
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
        TrafficMsg msg = TrafficMessages.in(page.language());
        String wrong = msg.err_phase(x.phases().size());
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
        TrafficMsg msg = TrafficMessages.in(page.language());
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
                errors.put("green" + i, msg.err_green(minGreen, MAX_GREEN));
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
                    screen(x, "plan", null, null, typed, FieldErrors.general(planRefusal(e, minGreen, msg)), null));
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
        TrafficMsg msg = TrafficMessages.in(page.language());
        // after a change, what the signal shows now
        IntersectionDetails.IntersectionView x = details.view(before.id());
        String name = msg.local_name(x.nameZh(), x.nameEn());
        List<MovementRow> movements = x.movements().stream()
                .map(m -> new MovementRow(
                        m.index() + 1,
                        msg.local_name(m.fromRoadNameZh(), m.fromRoadNameEn()) + " · "
                                + TrafficTexts.bound(m.bound(), msg),
                        msg.local_name(m.toRoadNameZh(), m.toRoadNameEn()),
                        TrafficTexts.movementType(m.type(), msg),
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
                                    return msg.local_name(m.fromRoadNameZh(), m.fromRoadNameEn()) + " "
                                            + TrafficTexts.bound(m.bound(), msg) + " "
                                            + TrafficTexts.movementType(m.type(), msg);
                                })
                                .toList(),
                        p.plannedGreenSeconds(),
                        p.index() == currentPhase))
                .toList();
        String mode = typedMode != null
                ? typedMode
                : x.controller() == null ? "" : x.controller().name();
        List<Option> modes = Arrays.stream(SignalControl.Mode.values())
                .map(m ->
                        new Option(m.name(), TrafficTexts.mode(m, msg), m.name().equals(mode)))
                .toList();
        String phaseChoice = typedPhase != null ? typedPhase : Integer.toString(currentPhase < 0 ? 0 : currentPhase);
        List<Option> phaseOptions = x.phases().stream()
                .map(p -> new Option(
                        Integer.toString(p.index()),
                        msg.phase_n(p.index() + 1),
                        Integer.toString(p.index()).equals(phaseChoice)))
                .toList();
        List<GreenField> greens = new ArrayList<>();
        for (IntersectionDetails.PhaseView p : x.phases()) {
            String field = "green" + p.index();
            String value = typedGreens != null && p.index() < typedGreens.size()
                    ? typedGreens.get(p.index())
                    : Integer.toString(p.plannedGreenSeconds());
            greens.add(
                    new GreenField(field, msg.green_label(p.index() + 1), value, errors.has(field), errors.get(field)));
        }
        List<ActionRow> recent = actions.recent(x.id(), ACTIONS_SHOWN).stream()
                .map(a -> new ActionRow(a.at(), a.byName(), actionText(a, msg)))
                .toList();
        IntersectionHistory.HistoryView h = history.history(x.id(), HISTORY_MINUTES, clock.instant());
        List<Long> xs = new ArrayList<>();
        for (Instant t = h.from(); t.isBefore(h.to()); t = t.plusSeconds(h.bucketSeconds())) {
            xs.add(t.getEpochSecond());
        }
        List<String> roadLabels = h.roads().stream()
                .map(r -> msg.local_name(r.nameZh(), r.nameEn()) + " · " + TrafficTexts.bound(r.bound(), msg))
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
                state == null ? "" : TrafficTexts.stage(state, msg),
                state == null || state.since() == null ? "" : TrafficPage.CLOCK.format(state.since()),
                TrafficTexts.mode(x.controller(), msg),
                state == null ? "" : TrafficTexts.control(state.control(), msg),
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
                json(TrafficTexts.forScripts(msg)),
                notice));
    }

    /** The signal's refusal of a forced plan: its greens by the field, anything else by the kind of problem. */
    private static String planRefusal(ProblemException e, int minGreen, TrafficMsg msg) {
        boolean greens = e.errors().stream().anyMatch(f -> f.field().equals("greens"));
        return greens ? msg.err_green(minGreen, MAX_GREEN) : TrafficProblems.describe(e, msg);
    }

    static String actionText(SignalActions.Action a, TrafficMsg msg) {
        String detail = a.detail() == null ? "" : a.detail();
        return switch (a.action()) {
            case "CONTROLLER" -> {
                String mode;
                try {
                    mode = TrafficTexts.mode(SignalControl.Mode.valueOf(detail), msg);
                } catch (IllegalArgumentException e) {
                    mode = detail;
                }
                yield msg.action_controller(mode);
            }
            case "HOLD" -> {
                String n = detail.replaceAll("[^0-9]", "");
                String shown = n.isEmpty() ? detail : Integer.toString(Integer.parseInt(n) + 1);
                yield msg.action_hold(shown);
            }
            case "FORCE_PLAN" -> {
                String seconds = detail.replaceAll("[\\[\\]]", "");
                yield msg.action_plan(seconds);
            }
            case "RELEASE" -> msg.action_release();
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
