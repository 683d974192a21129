package city.parking.web;

import city.parking.internal.ParkingSession;
import city.parking.internal.SessionView;
import city.parking.internal.Sessions;
import city.platform.rest.ProblemException;
import city.platform.security.CurrentUser;
import city.platform.security.Roles;
import city.platform.web.NoStore;
import city.platform.web.PageContext;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** The receipt of one of the driver's stays: what the tariff asked day by day, what the wallet paid, what is owed. */
@Path("/parking/sessions")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed(Roles.CITIZEN)
public class ParkingReceiptPage {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance receipt(ReceiptScreen r);
    }

    /** The charge of one calendar day of the stay (city time). */
    public record DayCharge(LocalDate day, long fen) {}

    /** The receipt; {@code open} while the car is still parked. */
    public record ReceiptScreen(SessionView stay, String duration, List<DayCharge> days, boolean open, boolean ended) {}

    private final Sessions sessions;
    private final CurrentUser user;
    private final PageContext page;
    private final Clock clock;

    ParkingReceiptPage(Sessions sessions, CurrentUser user, PageContext page, Clock clock) {
        this.sessions = sessions;
        this.user = user;
        this.page = page;
        this.clock = clock;
    }

    @GET
    @Path("{id}")
    @RolesAllowed(Roles.CITIZEN)
    public Response receipt(@PathParam("id") UUID id, @QueryParam("done") String done) {
        // another driver's stay is as unknown as one that does not exist
        SessionView s = sessions.find(user.id(), id)
                .orElseThrow(() -> ProblemException.notFound("No parking session " + id + "."));
        boolean open = s.status() == ParkingSession.Status.OPEN;
        String duration = Durations.text(s.startedAt(), open ? clock.instant() : s.endedAt(), page.language());
        List<DayCharge> days = s.chargeByDay().entrySet().stream()
                .map(e -> new DayCharge(e.getKey(), e.getValue()))
                .toList();
        return NoStore.html(200, Templates.receipt(new ReceiptScreen(s, duration, days, open, "ended".equals(done))));
    }
}
