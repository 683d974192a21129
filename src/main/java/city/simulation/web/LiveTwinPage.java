package city.simulation.web;

import city.platform.security.Roles;
import city.platform.web.FieldErrors;
import city.platform.web.NoStore;
import city.platform.web.PageContext;
import city.simulation.DeviceClient;
import city.simulation.live.LiveTwin;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.net.URI;
import java.util.List;
import java.util.Map;
import org.jboss.resteasy.reactive.RestForm;

/**
 * The live twin's control panel for traffic operators: what it is doing (updated every two seconds by the page's
 * script, without a reload), and pause, resume, speed, an accident or an ambulance on demand. Every form works without
 * scripts; a refused one comes back with what was typed and why.
 */
@Path("/traffic/twin/live")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed(Roles.TRAFFIC_OPERATOR)
public class LiveTwinPage {

    static final String HOME = "/traffic/twin/live";
    static final List<Integer> SPEEDS = List.of(1, 2, 5, 10, 20);

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance live(Screen s);
    }

    /** What the page shows. */
    public record Screen(
            LiveTwin.Status status,
            List<Integer> speeds,
            List<HospitalOption> hospitals,
            String roadId,
            String originId,
            String notice,
            FieldErrors errors) {}

    /** A hospital in the ambulance form. */
    public record HospitalOption(String id, String name, boolean selected) {}

    private final LiveTwin twin;
    private final PageContext page;

    LiveTwinPage(LiveTwin twin, PageContext page) {
        this.twin = twin;
        this.page = page;
    }

    @GET
    public Response index(@QueryParam("done") String done) {
        return NoStore.html(200, Templates.live(screen(notice(done), "", "", null, FieldErrors.NONE)));
    }

    /** The twin's state for the page's script. */
    @GET
    @Path("status")
    @Produces(MediaType.APPLICATION_JSON)
    public Response status() {
        return NoStore.of(Response.ok(twin.status())).build();
    }

    @POST
    @Path("pause")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response pause() {
        twin.pause();
        return done("paused");
    }

    @POST
    @Path("resume")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response resume() {
        twin.resume();
        return done("resumed");
    }

    @POST
    @Path("speed")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response speed(@RestForm String speed) {
        TwinMsg msg = TwinMessages.in(page.language());
        try {
            int factor = Integer.parseInt(speed == null ? "" : speed.trim());
            twin.speed(factor);
            return done("speed");
        } catch (IllegalArgumentException e) {
            return refused(400, "", "", null, FieldErrors.of(Map.of("speed", msg.live_err_speed(LiveTwin.MAX_SPEED))));
        }
    }

    @POST
    @Path("accident")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response accident(@RestForm String roadId) {
        TwinMsg msg = TwinMessages.in(page.language());
        String road = blankToNull(roadId);
        if (road != null && !road.matches("[A-Za-z0-9_.:-]{1,64}")) {
            return refused(400, roadId, "", null, FieldErrors.of(Map.of("roadId", msg.live_err_road_id())));
        }
        try {
            twin.accident(road);
            return done("accident");
        } catch (LiveTwin.NotRunning e) {
            return refused(409, roadId, "", null, FieldErrors.general(notRunning(msg)));
        } catch (IllegalArgumentException e) {
            return refused(400, roadId, "", null, FieldErrors.of(Map.of("roadId", msg.live_err_no_vehicle())));
        }
    }

    @POST
    @Path("ambulance")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response ambulance(@RestForm String originId, @RestForm String hospitalId) {
        TwinMsg msg = TwinMessages.in(page.language());
        String origin = blankToNull(originId);
        String hospital = blankToNull(hospitalId);
        if (origin != null && !origin.matches("[A-Za-z0-9_.:-]{1,64}")) {
            return refused(400, "", originId, hospitalId, FieldErrors.of(Map.of("originId", msg.live_err_origin_id())));
        }
        try {
            twin.ambulance(origin, hospital);
            return done("ambulance");
        } catch (LiveTwin.NotRunning e) {
            return refused(409, "", originId, hospitalId, FieldErrors.general(notRunning(msg)));
        } catch (DeviceClient.Refused e) {
            return refused(
                    e.status() == 409 ? 409 : 400,
                    "",
                    originId,
                    hospitalId,
                    FieldErrors.of(Map.of("originId", msg.live_err_trip_refused(e.getMessage()))));
        } catch (IOException | IllegalStateException e) {
            return refused(
                    502, "", originId, hospitalId, FieldErrors.general(msg.live_err_no_ambulance(e.getMessage())));
        }
    }

    private String notRunning(TwinMsg msg) {
        return twin.status().enabled() ? msg.live_err_starting() : msg.live_err_off();
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }

    private static Response done(String what) {
        return Response.seeOther(URI.create(HOME + "?done=" + what)).build();
    }

    private Response refused(int status, String roadId, String originId, String hospitalId, FieldErrors errors) {
        return NoStore.html(
                status,
                Templates.live(screen(
                        null, roadId == null ? "" : roadId, originId == null ? "" : originId, hospitalId, errors)));
    }

    private String notice(String done) {
        if (done == null) {
            return null;
        }
        TwinMsg msg = TwinMessages.in(page.language());
        if (done.startsWith("accident")) {
            return msg.live_done_accident();
        }
        return switch (done) {
            case "paused" -> msg.live_done_paused();
            case "resumed" -> msg.live_done_resumed();
            case "speed" -> msg.live_done_speed();
            case "ambulance" -> msg.live_done_ambulance();
            default -> null;
        };
    }

    private Screen screen(String notice, String roadId, String originId, String hospitalId, FieldErrors errors) {
        TwinMsg msg = TwinMessages.in(page.language());
        List<HospitalOption> hospitals = twin.hospitals().stream()
                .map(h -> new HospitalOption(h.id(), msg.local_name(h.nameZh(), h.nameEn()), h.id().equals(hospitalId)))
                .toList();
        return new Screen(twin.status(), SPEEDS, hospitals, roadId, originId, notice, errors);
    }
}
