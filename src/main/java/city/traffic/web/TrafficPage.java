package city.traffic.web;

import city.platform.rest.ProblemException;
import city.platform.security.CurrentUser;
import city.platform.security.Roles;
import city.platform.time.ClockProducer;
import city.platform.web.NoStore;
import city.platform.web.PageContext;
import city.traffic.internal.IncidentDesk;
import city.traffic.internal.IncidentView;
import city.traffic.internal.TrafficKpis;
import city.traffic.internal.TrafficLiveState;
import city.traffic.internal.TrafficMap;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.csrf.reactive.runtime.CsrfTokenParameterProvider;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.smallrye.mutiny.Multi;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.sse.OutboundSseEvent;
import jakarta.ws.rs.sse.Sse;
import java.net.URI;
import java.time.Duration;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The control room of City Brain, for traffic operators and the police: the network live on a map (signals by
 * stage, roads by queue), the city's figures with their last two hours, open incidents with their dispatch, and the
 * ambulances under way. One server-sent-event stream keeps it live; every action also works without scripts.
 */
@Path("/traffic")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed({Roles.TRAFFIC_OPERATOR, Roles.POLICE})
public class TrafficPage {

    static final String HOME = "/traffic";
    static final int BUSIEST_SHOWN = 10;
    static final Duration KPIS_EVERY = Duration.ofSeconds(30);
    static final DateTimeFormatter CLOCK =
            DateTimeFormatter.ofPattern("HH:mm:ss").withZone(ClockProducer.CITY_ZONE);
    private static final ObjectMapper JSON = new ObjectMapper().findAndRegisterModules();

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance room(RoomScreen r);
    }

    /** A signalised intersection on the map and in the table, as it is now. */
    public record SignalRow(
            NetworkMap.Node node,
            String name,
            String css,
            String label,
            String stageText,
            String since,
            String mode,
            String control) {}

    /** A road on the map with its congestion level. */
    public record RoadLine(NetworkMap.Line line, String name, String level, String title) {}

    /** A road in the list of the busiest, as text. */
    public record BusyRoad(String roadId, String name, String queue, String speed, String level, String levelText) {}

    /** One of the four figures, with its series for the small chart ({@code xs} Unix seconds, comma-separated). */
    public record Kpi(String key, String label, String value, String unit, String xs, String ys) {}

    /** An incident in the list, with the actions its state allows. */
    public record IncidentRow(
            IncidentView incident,
            String kind,
            String road,
            String status,
            String detected,
            String unit,
            boolean dispatchable,
            boolean arrivable,
            boolean clearable) {}

    /** The whole screen. */
    public record RoomScreen(
            NetworkMap map,
            List<NetworkMap.Node> virtualNodes,
            List<RoadLine> roads,
            List<SignalRow> signals,
            List<BusyRoad> busiest,
            String jammed,
            String busy,
            List<Kpi> kpis,
            List<IncidentRow> incidents,
            String texts,
            String updatedAt,
            String notice,
            String error) {}

    private final TrafficMap map;
    private final TrafficLiveState live;
    private final TrafficKpis kpis;
    private final IncidentDesk desk;
    private final city.traffic.internal.EmergencyTrips trips;
    private final CurrentUser user;
    private final PageContext page;
    private final CsrfTokenParameterProvider csrf;

    TrafficPage(
            TrafficMap map,
            TrafficLiveState live,
            TrafficKpis kpis,
            IncidentDesk desk,
            city.traffic.internal.EmergencyTrips trips,
            CurrentUser user,
            PageContext page,
            CsrfTokenParameterProvider csrf) {
        this.map = map;
        this.live = live;
        this.kpis = kpis;
        this.desk = desk;
        this.trips = trips;
        this.user = user;
        this.page = page;
        this.csrf = csrf;
    }

    @GET
    public Response room(@QueryParam("done") String done, @QueryParam("incident") String incident) {
        return html(200, screen(notice(done, incident), null));
    }

    private String notice(String done, String incidentId) {
        if (done == null || incidentId == null) {
            return null;
        }
        IncidentView i;
        try {
            i = desk.find(UUID.fromString(incidentId)).orElse(null);
        } catch (IllegalArgumentException e) {
            return null;
        }
        if (i == null) {
            return null;
        }
        TrafficMsg msg = TrafficMessages.in(page.language());
        String road = msg.local_name(i.roadNameZh(), i.roadNameEn());
        return switch (done) {
            case "dispatched" -> msg.done_dispatched(i.unitId(), road, eta(i, msg));
            case "on-scene" -> msg.done_on_scene(road);
            case "cleared" -> msg.done_cleared(road);
            default -> null;
        };
    }

    static String eta(IncidentView i, TrafficMsg msg) {
        if (i.etaSeconds() == null) {
            return "";
        }
        long minutes = Math.max(1, Math.round(i.etaSeconds() / 60.0));
        return msg.eta_minutes().replace("%n%", Long.toString(minutes));
    }

    /** The open incidents, newest first, as the list's script reads them after (re)connecting. */
    @GET
    @Path("incidents")
    @Produces(MediaType.APPLICATION_JSON)
    public Response incidents() {
        return NoStore.of(Response.ok(desk.open())).build();
    }

    /**
     * The control room live: {@code live} every second (signals and roads that changed; only one intersection's
     * signal with {@code ?intersection=}), and for the whole city {@code kpis} every 30 s and {@code incident} at
     * each new alert or change of one.
     */
    @GET
    @Path("stream")
    @Produces(MediaType.SERVER_SENT_EVENTS)
    public Multi<OutboundSseEvent> stream(@Context Sse sse, @QueryParam("intersection") String intersection) {
        Multi<OutboundSseEvent> signals =
                live.stream(intersection).map(d -> event(sse, "live", TrafficLiveState.LiveDelta.class, d));
        if (intersection != null) {
            return signals;
        }
        Multi<OutboundSseEvent> figures = Multi.createFrom()
                .ticks()
                .startingAfter(KPIS_EVERY)
                .every(KPIS_EVERY)
                .onOverflow()
                .drop()
                .map(t -> event(sse, "kpis", TrafficKpis.KpiView.class, kpis.view()));
        Multi<OutboundSseEvent> incidents = desk.stream().map(i -> event(sse, "incident", IncidentView.class, i));
        return Multi.createBy().merging().streams(signals, figures, incidents);
    }

    private static <T> OutboundSseEvent event(Sse sse, String name, Class<T> type, T data) {
        return sse.newEventBuilder()
                .name(name)
                .mediaType(MediaType.APPLICATION_JSON_TYPE)
                .data(type, data)
                .build();
    }

    /**
     * A new form token for the page's forms. Every request without the token header makes the form tokens given
     * before it stale (the token cookie is signed anew), and an event stream cannot send that header: the page
     * scripts ask here once their stream is open, and send the token header with every other request.
     */
    @GET
    @Path("form-token")
    @Produces(MediaType.APPLICATION_JSON)
    public Response formToken() {
        return NoStore.of(Response.ok(Map.of(
                        "name", csrf.getParameterName(), "header", csrf.getHeaderName(), "token", csrf.getToken())))
                .build();
    }

    /** The ambulance trips under way, as the emergency API serves them, for the panel's script. */
    @GET
    @Path("emergency/trips")
    @Produces(MediaType.APPLICATION_JSON)
    public Response emergencyTrips() {
        return NoStore.of(Response.ok(trips.active())).build();
    }

    @POST
    @Path("incidents/{id}/dispatch")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces({MediaType.TEXT_HTML, MediaType.APPLICATION_JSON})
    public Response dispatch(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.ACCEPT) String accept) {
        return act(id, accept, "dispatched", () -> desk.dispatch(id, null, user.id()));
    }

    @POST
    @Path("incidents/{id}/on-scene")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces({MediaType.TEXT_HTML, MediaType.APPLICATION_JSON})
    public Response onScene(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.ACCEPT) String accept) {
        return act(id, accept, "on-scene", () -> desk.onScene(id, user.id()));
    }

    @POST
    @Path("incidents/{id}/clear")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces({MediaType.TEXT_HTML, MediaType.APPLICATION_JSON})
    public Response clear(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.ACCEPT) String accept) {
        return act(id, accept, "cleared", () -> desk.clear(id, user.id()));
    }

    private interface Action {
        IncidentView run();
    }

    /**
     * Moves an incident on. The list's script asks for JSON (the incident, or a message to show); a form without
     * script gets the control room again, with what happened.
     */
    private Response act(UUID id, String accept, String done, Action action) {
        boolean json = accept != null && accept.contains(MediaType.APPLICATION_JSON);
        try {
            IncidentView i = action.run();
            if (json) {
                return Response.ok(i, MediaType.APPLICATION_JSON_TYPE).build();
            }
            return Response.seeOther(URI.create(HOME + "?done=" + done + "&incident=" + i.id() + "#incidents"))
                    .build();
        } catch (ProblemException e) {
            String message = TrafficProblems.describe(e, TrafficMessages.in(page.language()));
            if (json) {
                return Response.status(e.status())
                        .type(MediaType.APPLICATION_JSON_TYPE)
                        .entity(Map.of("message", message))
                        .build();
            }
            return html(e.status().getStatusCode(), screen(null, message));
        }
    }

    private TemplateInstance screen(String notice, String error) {
        TrafficMsg msg = TrafficMessages.in(page.language());
        TrafficMap.MapView view = map.view();
        NetworkMap drawing = NetworkMap.of(view);
        TrafficLiveState.LiveView now = live.now();
        Map<String, TrafficLiveState.RoadLive> roadsNow = now.roads().stream()
                .collect(Collectors.toMap(TrafficLiveState.RoadLive::roadId, Function.identity(), (a, b) -> a));
        Map<String, TrafficLiveState.SignalLive> signalsNow = now.signals().stream()
                .collect(Collectors.toMap(
                        TrafficLiveState.SignalLive::intersectionId, Function.identity(), (a, b) -> a));
        Map<String, TrafficMap.MapRoad> roadInfo = new HashMap<>();
        view.roads().forEach(r -> roadInfo.put(r.id(), r));

        List<RoadLine> roads = drawing.roads().stream()
                .map(l -> {
                    TrafficLiveState.RoadLive r = roadsNow.get(l.id());
                    String level = r == null ? "unknown" : r.level();
                    String name = msg.local_name(l.nameZh(), l.nameEn());
                    return new RoadLine(l, name, level, roadTitle(name, r, msg));
                })
                .toList();
        List<SignalRow> signals = drawing.nodes().stream()
                .filter(NetworkMap.Node::signalised)
                .map(n -> signalRow(n, signalsNow.get(n.id()), msg))
                .toList();
        List<NetworkMap.Node> virtualNodes =
                drawing.nodes().stream().filter(n -> !n.signalised()).toList();
        List<BusyRoad> busiest = now.roads().stream()
                .filter(r -> !"unknown".equals(r.level()))
                .sorted(Comparator.comparingDouble(TrafficLiveState.RoadLive::queue)
                        .reversed()
                        .thenComparing(TrafficLiveState.RoadLive::roadId))
                .limit(BUSIEST_SHOWN)
                .map(r -> {
                    TrafficMap.MapRoad info = roadInfo.get(r.roadId());
                    return new BusyRoad(
                            r.roadId(),
                            info == null ? r.roadId() : msg.local_name(info.nameZh(), info.nameEn()),
                            number(r.queue()),
                            r.speedKmh() == null ? "—" : number(r.speedKmh()),
                            r.level(),
                            TrafficTexts.level(r.level(), msg));
                })
                .toList();
        int jammed =
                (int) now.roads().stream().filter(r -> "jam".equals(r.level())).count();
        int busy =
                (int) now.roads().stream().filter(r -> "busy".equals(r.level())).count();
        List<IncidentRow> incidents =
                desk.open().stream().map(i -> incidentRow(i, msg)).toList();
        return Templates.room(new RoomScreen(
                drawing,
                virtualNodes,
                roads,
                signals,
                busiest,
                Integer.toString(jammed),
                Integer.toString(busy),
                kpiCards(kpis.view(), msg),
                incidents,
                texts(msg),
                CLOCK.format(now.at()),
                notice,
                error));
    }

    static String roadTitle(String name, TrafficLiveState.RoadLive r, TrafficMsg msg) {
        if (r == null || "unknown".equals(r.level())) {
            return name + " · " + TrafficTexts.level("unknown", msg);
        }
        return name + " · " + TrafficTexts.level(r.level(), msg) + " · "
                + msg.queue_n().replace("%n%", number(r.queue()))
                + (r.speedKmh() == null ? "" : " · " + number(r.speedKmh()) + " km/h");
    }

    static SignalRow signalRow(NetworkMap.Node n, TrafficLiveState.SignalLive s, TrafficMsg msg) {
        String name = msg.local_name(n.nameZh(), n.nameEn());
        if (s == null) {
            return new SignalRow(n, name, "sig st-unknown", "", msg.stage_unknown(), "", "", "");
        }
        return new SignalRow(
                n,
                name,
                css(s),
                s.stage().equals("GREEN") ? Integer.toString(s.phase() + 1) : "",
                TrafficTexts.stage(s, msg),
                s.since() == null ? "" : CLOCK.format(s.since()),
                TrafficTexts.mode(s.mode(), msg),
                TrafficTexts.control(s.control(), msg));
    }

    /** The map classes of a signal: its stage, and the override in effect. */
    static String css(TrafficLiveState.SignalLive s) {
        String stage = switch (s.stage()) {
            case "GREEN" -> "st-green";
            case "YELLOW" -> "st-yellow";
            case "ALL_RED" -> "st-allred";
            default -> "st-unknown";
        };
        return "sig " + stage + (s.held() ? " held" : "") + (s.forced() ? " forced" : "")
                + (s.preempted() ? " preempted" : "");
    }

    static IncidentRow incidentRow(IncidentView i, TrafficMsg msg) {
        String unit = i.unitId() == null ? "" : i.unitId() + (i.etaSeconds() == null ? "" : " · " + eta(i, msg));
        return new IncidentRow(
                i,
                TrafficTexts.kind(i.kind(), msg),
                msg.local_name(i.roadNameZh(), i.roadNameEn())
                        + (i.lane() == null ? "" : " · " + msg.lane_n().replace("%n%", Integer.toString(i.lane()))),
                TrafficTexts.incidentStatus(i.status(), msg),
                CLOCK.format(i.detectedAt()),
                unit,
                "DETECTED".equals(i.status()),
                "DISPATCHED".equals(i.status()),
                !"CLEARED".equals(i.status()));
    }

    static List<Kpi> kpiCards(TrafficKpis.KpiView view, TrafficMsg msg) {
        TrafficKpis.Kpis k = view.now();
        List<TrafficKpis.Kpis> series = view.series();
        String xs =
                series.stream().map(s -> Long.toString(s.at().getEpochSecond())).collect(Collectors.joining(","));
        return List.of(
                new Kpi(
                        "averageSpeedKmh",
                        msg.kpi_speed(),
                        k.averageSpeedKmh() == null ? "—" : number(k.averageSpeedKmh()),
                        "km/h",
                        xs,
                        ys(series, s -> s.averageSpeedKmh())),
                new Kpi(
                        "totalQueue",
                        msg.kpi_queue(),
                        number(k.totalQueue()),
                        msg.vehicles(),
                        xs,
                        ys(series, s -> s.totalQueue())),
                new Kpi(
                        "incidentsLastHour",
                        msg.kpi_incidents(),
                        Integer.toString(k.incidentsLastHour()),
                        "",
                        xs,
                        ys(series, s -> (double) s.incidentsLastHour())),
                new Kpi(
                        "meanMinutesToArrival",
                        msg.kpi_arrival(),
                        k.meanMinutesToArrival() == null ? "—" : number(k.meanMinutesToArrival()),
                        msg.unit_minutes(),
                        xs,
                        ys(series, s -> s.meanMinutesToArrival())));
    }

    private static String ys(List<TrafficKpis.Kpis> series, Function<TrafficKpis.Kpis, Double> value) {
        return series.stream()
                .map(s -> {
                    Double v = value.apply(s);
                    return v == null ? "" : number(v);
                })
                .collect(Collectors.joining(","));
    }

    static String number(double v) {
        return v == Math.rint(v) ? Long.toString((long) v) : String.format(java.util.Locale.ROOT, "%.1f", v);
    }

    private static String texts(TrafficMsg msg) {
        try {
            return JSON.writeValueAsString(TrafficTexts.forScripts(msg));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    static Response html(int status, TemplateInstance body) {
        // live figures and a form's one-time token: no cache keeps them
        return NoStore.html(status, body);
    }
}
