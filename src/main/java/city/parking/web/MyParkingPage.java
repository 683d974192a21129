package city.parking.web;

import city.parking.internal.BookingView;
import city.parking.internal.Bookings;
import city.parking.internal.ParkingSession;
import city.parking.internal.SessionView;
import city.parking.internal.Sessions;
import city.parking.internal.Vehicles;
import city.platform.rest.ProblemException;
import city.platform.security.CurrentUser;
import city.platform.security.Roles;
import city.platform.web.FieldErrors;
import city.platform.web.Lang;
import city.platform.web.NoStore;
import city.platform.web.PageContext;
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
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** A driver's parking: bookings (cancel), stays (end now, receipts) and registered plates (add, remove). */
@Path("/parking/mine")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed(Roles.CITIZEN)
public class MyParkingPage {

    static final int LIST_SIZE = 50;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance mine(MineScreen m);
    }

    /** Everything the page shows, with the plate form as typed. */
    public record MineScreen(
            List<BookingView> bookings,
            List<SessionView> open,
            List<SessionView> closed,
            List<String> plates,
            String plate,
            FieldErrors plateErrors,
            String notice,
            String error) {}

    private final Bookings bookings;
    private final Sessions sessions;
    private final Vehicles vehicles;
    private final CurrentUser user;
    private final PageContext page;

    MyParkingPage(Bookings bookings, Sessions sessions, Vehicles vehicles, CurrentUser user, PageContext page) {
        this.bookings = bookings;
        this.sessions = sessions;
        this.vehicles = vehicles;
        this.user = user;
        this.page = page;
    }

    @GET
    @RolesAllowed(Roles.CITIZEN)
    public Response mine(@QueryParam("done") String done) {
        return NoStore.html(200, screen("", FieldErrors.NONE, notice(done), null));
    }

    @POST
    @Path("bookings/{id}/cancel")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed(Roles.CITIZEN)
    public Response cancel(@PathParam("id") UUID id) {
        try {
            bookings.cancel(user.id(), id);
            return ParkingPage.seeOther("/parking/mine?done=cancelled#bookings");
        } catch (ProblemException e) {
            return failed(e);
        }
    }

    @POST
    @Path("sessions/{id}/end")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed(Roles.CITIZEN)
    public Response end(@PathParam("id") UUID id) {
        try {
            SessionView ended = sessions.endByApp(user.id(), id);
            return ParkingPage.seeOther("/parking/sessions/" + ended.id() + "?done=ended");
        } catch (ProblemException e) {
            return failed(e);
        }
    }

    @POST
    @Path("plates")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed(Roles.CITIZEN)
    public Response addPlate(@FormParam("plate") String plate) {
        Lang lang = page.language();
        String typed = plate == null ? "" : plate;
        try {
            vehicles.register(user.id(), typed);
            return ParkingPage.seeOther("/parking/mine?done=plate#plates");
        } catch (ProblemException e) {
            FieldErrors errors = e.status() == Response.Status.BAD_REQUEST
                    ? FieldErrors.of(
                            Map.of("plate", lang.messages(ParkingMsg.class).error_plate()))
                    : new FieldErrors(Map.of(), ParkingProblems.describe(e, lang));
            return NoStore.html(e.status().getStatusCode(), screen(typed, errors, null, null));
        }
    }

    @POST
    @Path("plates/remove")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed(Roles.CITIZEN)
    public Response removePlate(@FormParam("plate") String plate) {
        try {
            vehicles.remove(user.id(), plate);
            return ParkingPage.seeOther("/parking/mine?done=plate-removed#plates");
        } catch (ProblemException e) {
            return failed(e);
        }
    }

    private Response failed(ProblemException e) {
        return NoStore.html(
                e.status().getStatusCode(),
                screen("", FieldErrors.NONE, null, ParkingProblems.describe(e, page.language())));
    }

    private TemplateInstance screen(String plate, FieldErrors plateErrors, String notice, String error) {
        String me = user.id();
        List<SessionView> stays = sessions.mine(me, LIST_SIZE);
        return Templates.mine(new MineScreen(
                bookings.mine(me, LIST_SIZE),
                stays.stream()
                        .filter(s -> s.status() == ParkingSession.Status.OPEN)
                        .toList(),
                stays.stream()
                        .filter(s -> s.status() == ParkingSession.Status.CLOSED)
                        .toList(),
                vehicles.plates(me),
                plate,
                plateErrors,
                notice,
                error));
    }

    private String notice(String done) {
        if (done == null) {
            return null;
        }
        ParkingMsg msg = page.messages(ParkingMsg.class);
        return switch (done) {
            case "booked" -> msg.done_booked();
            case "parked" -> msg.done_parked();
            case "cancelled" -> msg.done_cancelled();
            case "plate" -> msg.done_plate();
            case "plate-removed" -> msg.done_plate_removed();
            default -> null;
        };
    }
}
