package city.parking.rest;

import city.parking.internal.BookingRequest;
import city.parking.internal.BookingView;
import city.parking.internal.Bookings;
import city.parking.internal.SessionView;
import city.parking.internal.Sessions;
import city.parking.internal.Vehicles;
import city.platform.rest.ProblemException;
import city.platform.security.CurrentUser;
import city.platform.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** A driver's bookings, stays and plates. */
@Path("/api/v1/parking")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "My parking", description = "Book, park, pay: a citizen's bookings, stays and plates")
@RolesAllowed(Roles.CITIZEN)
public class MyParkingResource {

    static final String IDEMPOTENCY_KEY = "Idempotency-Key";

    /** A plate to register. */
    public record PlateInput(@NotBlank @Size(max = 20) String plate) {}

    private final Bookings bookings;
    private final Sessions sessions;
    private final Vehicles vehicles;
    private final CurrentUser user;

    MyParkingResource(Bookings bookings, Sessions sessions, Vehicles vehicles, CurrentUser user) {
        this.bookings = bookings;
        this.sessions = sessions;
        this.vehicles = vehicles;
        this.user = user;
    }

    @POST
    @Path("bookings")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "Book a space for an arrival window",
            description = "Holds the price of the planned stay on the wallet (402 if it cannot). The space waits"
                    + " until the window ends; the sensor seeing the car starts the stay, which is charged from the"
                    + " hold when the car leaves. 409 when no space is free for that time. Requires an"
                    + " Idempotency-Key: a retry answers the same booking.")
    public Response book(@NotNull @Valid BookingRequest request, @HeaderParam(IDEMPOTENCY_KEY) String key) {
        BookingView b = bookings.book(user.id(), request, key);
        return Response.created(URI.create("/api/v1/parking/bookings/" + b.id()))
                .entity(b)
                .build();
    }

    @GET
    @Path("bookings")
    @Operation(summary = "My bookings, newest first (at most 100)")
    public List<BookingView> myBookings() {
        return bookings.mine(user.id(), 100);
    }

    @GET
    @Path("bookings/{id}")
    @Operation(summary = "One of my bookings")
    public BookingView booking(@PathParam("id") UUID id) {
        return bookings.find(user.id(), id).orElseThrow(() -> ProblemException.notFound("No booking " + id + "."));
    }

    @POST
    @Path("bookings/{id}/cancel")
    @Operation(
            summary = "Cancel a booking before arrival",
            description = "Gives the hold back at once. Cancelling again answers the cancelled booking; a booking"
                    + " whose car arrived, or that expired, is a 409.")
    public BookingView cancel(@PathParam("id") UUID id) {
        return bookings.cancel(user.id(), id);
    }

    @POST
    @Path("sessions")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "Start a drive-up stay",
            description = "Without a booking: holds the most a day's stay can cost and charges the real price when"
                    + " the stay ends (the space's sensor seeing the car leave, or the app). Requires an"
                    + " Idempotency-Key.")
    public Response park(@NotNull @Valid Sessions.OpenRequest request, @HeaderParam(IDEMPOTENCY_KEY) String key) {
        SessionView s = sessions.openByApp(user.id(), request, key);
        return Response.created(URI.create("/api/v1/parking/sessions/" + s.id()))
                .entity(s)
                .build();
    }

    @GET
    @Path("sessions")
    @Operation(summary = "My stays with their receipts, newest first (at most 100)")
    public List<SessionView> mySessions() {
        return sessions.mine(user.id(), 100);
    }

    @GET
    @Path("sessions/{id}")
    @Operation(summary = "One stay and its receipt: price by day, paid from the wallet, owed")
    public SessionView session(@PathParam("id") UUID id) {
        return sessions.find(user.id(), id)
                .orElseThrow(() -> ProblemException.notFound("No parking session " + id + "."));
    }

    @POST
    @Path("sessions/{id}/end")
    @Operation(summary = "End a stay now and pay it (ending it again answers the receipt)")
    public SessionView end(@PathParam("id") UUID id) {
        return sessions.endByApp(user.id(), id);
    }

    @GET
    @Path("vehicles")
    @Operation(summary = "My registered plates")
    public List<String> plates() {
        return vehicles.plates(user.id());
    }

    @POST
    @Path("vehicles")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Register a plate, so that lot gates charge my wallet (409 if another account has it)")
    public Response addPlate(@NotNull @Valid PlateInput input) {
        String plate = vehicles.register(user.id(), input.plate());
        return Response.status(Response.Status.CREATED)
                .entity(Map.of("plate", plate))
                .build();
    }

    @DELETE
    @Path("vehicles/{plate}")
    @Operation(summary = "Remove a plate")
    public Response removePlate(@PathParam("plate") String plate) {
        vehicles.remove(user.id(), plate);
        return Response.noContent().build();
    }
}
