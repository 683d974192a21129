package city.traffic.web;

import city.platform.rest.ProblemException;
import city.platform.security.CurrentUser;
import city.platform.security.Roles;
import city.platform.web.NoStore;
import city.platform.web.Yuan;
import city.traffic.internal.Fines;
import city.traffic.internal.Violations.ViolationView;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import java.util.UUID;

/**
 * A driver's traffic fines: the violations recorded for their registered plates, with the camera's evidence, and a
 * button that pays each from the wallet. Each form carries its own attempt key, so a double click pays once.
 */
@Path("/traffic/fines")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed(Roles.CITIZEN)
public class MyFinesPage {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance fines(FinesScreen s);
    }

    /** One violation as the page shows it; {@code attemptKey} goes with its pay form. */
    public record FineRow(ViolationView v, String fine, String attemptKey) {}

    public record FinesScreen(List<FineRow> open, List<FineRow> paid, String notice, String error) {}

    private final Fines fines;
    private final CurrentUser user;
    private final TrafficMsg msg;

    MyFinesPage(Fines fines, CurrentUser user, TrafficMsg msg) {
        this.fines = fines;
        this.user = user;
        this.msg = msg;
    }

    @GET
    public Response fines(@QueryParam("done") String done) {
        return NoStore.html(200, screen("paid".equals(done) ? msg.fines_paid_notice() : null, null));
    }

    @POST
    @Path("{id}/pay")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response pay(@PathParam("id") UUID id, @FormParam("attemptKey") String attemptKey) {
        try {
            fines.pay(user.id(), id, attemptKey);
            return Response.seeOther(URI.create("/traffic/fines?done=paid")).build();
        } catch (ProblemException e) {
            return NoStore.html(e.status().getStatusCode(), screen(null, describe(e)));
        }
    }

    private String describe(ProblemException e) {
        return switch (e.status().getStatusCode()) {
            case 402 -> msg.fines_err_funds();
            case 404 -> msg.fines_err_unknown();
            case 409 -> msg.fines_err_paid();
            default -> msg.fines_err_other();
        };
    }

    private TemplateInstance screen(String notice, String error) {
        List<FineRow> rows = fines.of(user.id()).stream()
                .map(v -> new FineRow(
                        v, Yuan.format(v.fineFen()), UUID.randomUUID().toString()))
                .toList();
        return Templates.fines(new FinesScreen(
                rows.stream().filter(r -> !r.v().paid()).toList(),
                rows.stream().filter(r -> r.v().paid()).toList(),
                notice,
                error));
    }
}
