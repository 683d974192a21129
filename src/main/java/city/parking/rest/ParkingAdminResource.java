package city.parking.rest;

import city.parking.internal.BookingView;
import city.parking.internal.Bookings;
import city.parking.internal.LotDirectory;
import city.parking.internal.LotInfo;
import city.parking.internal.LotInput;
import city.parking.internal.Occupancy;
import city.parking.internal.ParkingAdmin;
import city.parking.internal.PriceChangeView;
import city.parking.internal.PriceInput;
import city.parking.internal.SessionView;
import city.parking.internal.Sessions;
import city.platform.rest.ProblemException;
import city.platform.security.CurrentUser;
import city.platform.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.Comparator;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** What parking operators see and change. */
@Path("/api/v1/parking/admin")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Parking operations", description = "Live occupancy, sensor health, bookings, revenue, prices")
@RolesAllowed(Roles.PARKING_OPERATOR)
public class ParkingAdminResource {

    /** A lot's live occupancy as operators see it. */
    public record LotOccupancy(
            String id,
            String nameZh,
            String nameEn,
            String category,
            double lat,
            double lon,
            int total,
            int free,
            int occupied,
            int unknown,
            int closed,
            double occupancyRate,
            long firstHourFen,
            long perHourFen,
            Long dailyMaxFen,
            int version) {}

    /** Open or close a space. */
    public record SpaceClosing(@NotNull Boolean closed) {}

    private final ParkingAdmin admin;
    private final LotDirectory directory;
    private final Occupancy occupancy;
    private final Bookings bookings;
    private final Sessions sessions;
    private final CurrentUser user;

    ParkingAdminResource(
            ParkingAdmin admin,
            LotDirectory directory,
            Occupancy occupancy,
            Bookings bookings,
            Sessions sessions,
            CurrentUser user) {
        this.admin = admin;
        this.directory = directory;
        this.occupancy = occupancy;
        this.bookings = bookings;
        this.sessions = sessions;
        this.user = user;
    }

    @GET
    @Path("overview")
    @Operation(summary = "The city at a glance: spaces, occupancy rate, sensor health, ingestion counters")
    public ParkingAdmin.Overview overview() {
        return admin.overview();
    }

    @GET
    @Path("lots")
    @Operation(summary = "Live occupancy of every lot, fullest first")
    public List<LotOccupancy> lots() {
        return directory.lots().stream()
                .map(this::occupancy)
                .sorted(Comparator.comparingDouble(LotOccupancy::occupancyRate)
                        .reversed()
                        .thenComparing(LotOccupancy::id))
                .toList();
    }

    LotOccupancy occupancy(LotInfo lot) {
        Occupancy.LotLive live = occupancy.lot(lot.id());
        return new LotOccupancy(
                lot.id(),
                lot.nameZh(),
                lot.nameEn(),
                lot.category(),
                lot.location().lat(),
                lot.location().lon(),
                live.total(),
                live.free(),
                live.occupied(),
                live.unknown(),
                live.closed(),
                live.occupancyRate(),
                lot.tariff().firstHourFen(),
                lot.tariff().perHourFen(),
                lot.tariff().dailyMaxFen(),
                admin.lotVersion(lot.id()));
    }

    @POST
    @Path("lots")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "Add a lot with its spaces and sensors",
            description = "409 when the id or a sensor id exists.")
    public Response create(@NotNull @Valid LotInput input) {
        LotInfo lot = admin.createLot(input);
        return Response.created(URI.create("/api/v1/parking/lots/" + lot.id()))
                .entity(occupancy(lot))
                .build();
    }

    @PUT
    @Path("lots/{id}/prices")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "Change a lot's prices",
            description = "Recorded with who and when. Carries the version the operator saw: a stale one is 409.")
    public LotOccupancy prices(@PathParam("id") String id, @NotNull @Valid PriceInput input) {
        return occupancy(admin.changePrices(id, input, user.id(), user.displayName()));
    }

    @PUT
    @Path("lots/{id}/spaces/{spaceId}/closed")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Close a space (works, events) or open it again")
    public Response close(
            @PathParam("id") String id, @PathParam("spaceId") long spaceId, @NotNull @Valid SpaceClosing input) {
        admin.setSpaceClosed(id, spaceId, input.closed());
        return Response.noContent().build();
    }

    @GET
    @Path("price-changes")
    @Operation(summary = "Tariff changes, newest first; of one lot with lotId")
    public List<PriceChangeView> priceChanges(
            @QueryParam("lotId") String lotId, @QueryParam("limit") @DefaultValue("100") int limit) {
        return admin.priceChanges(lotId, limit);
    }

    @GET
    @Path("revenue")
    @Operation(summary = "Money of the stays that ended each day (city time), over the last days (at most 366)")
    public List<ParkingAdmin.DayRevenue> revenue(@QueryParam("days") @DefaultValue("30") int days) {
        if (days < 1 || days > 366) {
            throw ProblemException.invalidField("days", "must be between 1 and 366");
        }
        return admin.revenueByDay(days);
    }

    @GET
    @Path("sensors/unhealthy")
    @Operation(summary = "Spaces whose sensor is silent (stale) or whose battery is low")
    public List<Occupancy.SpaceLive> unhealthy(@QueryParam("limit") @DefaultValue("200") int limit) {
        return occupancy.unhealthy(Math.max(1, Math.min(limit, 1000)));
    }

    @GET
    @Path("bookings")
    @Operation(summary = "The newest bookings of every lot")
    public List<BookingView> bookings(@QueryParam("limit") @DefaultValue("50") int limit) {
        return bookings.recent(Math.max(1, Math.min(limit, 500)));
    }

    @GET
    @Path("sessions")
    @Operation(summary = "The newest stays of every lot")
    public List<SessionView> sessions(@QueryParam("limit") @DefaultValue("50") int limit) {
        return sessions.recent(Math.max(1, Math.min(limit, 500)));
    }
}
