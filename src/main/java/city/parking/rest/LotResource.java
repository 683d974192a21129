package city.parking.rest;

import city.parking.api.ParkingApi;
import city.parking.api.SpaceView;
import city.parking.internal.Finder;
import city.parking.internal.History;
import city.parking.internal.LotDirectory;
import city.parking.internal.LotInfo;
import city.platform.rest.ProblemException;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.util.Comparator;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Finding parking: open to everyone, signed in or not (the mobile app asks before login). */
@Path("/api/v1/parking/lots")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Parking", description = "Lots, live free spaces, predictions")
@PermitAll
public class LotResource {

    /** A lot with its live counts, tariff and hours. */
    public record LotDetail(
            Finder.Hit live,
            String districtZh,
            String districtEn,
            LocalTime opens,
            LocalTime closes,
            int freeMinutes,
            Integer maxStayMinutes) {}

    private final Finder finder;
    private final LotDirectory directory;
    private final History history;
    private final ParkingApi parking;
    private final Clock clock;

    LotResource(Finder finder, LotDirectory directory, History history, ParkingApi parking, Clock clock) {
        this.finder = finder;
        this.directory = directory;
        this.history = history;
        this.parking = parking;
        this.clock = clock;
    }

    @GET
    @Path("nearby")
    @Operation(
            summary = "Lots with free spaces near a point",
            description = "Within a walking distance (metres, estimated as 1.3 times the straight line), sorted by"
                    + " distance or by the price of the planned stay; ev and accessible keep the lots with such a"
                    + " space free; available keeps lots open now with a space free. Counts are live.")
    public List<Finder.Hit> nearby(
            @QueryParam("lat") Double lat,
            @QueryParam("lon") Double lon,
            @QueryParam("radius") @DefaultValue("1000") int radius,
            @QueryParam("sort") @DefaultValue("distance") String sort,
            @QueryParam("ev") @DefaultValue("false") boolean ev,
            @QueryParam("accessible") @DefaultValue("false") boolean accessible,
            @QueryParam("stay") @DefaultValue("60") int stay,
            @QueryParam("available") @DefaultValue("false") boolean available,
            @QueryParam("limit") @DefaultValue("20") int limit) {
        return finder.nearby(Finder.Query.checked(lat, lon, radius, sort, ev, accessible, stay, available, limit));
    }

    @GET
    @Operation(summary = "Every lot with its live counts", description = "Ordered by id.")
    public List<Finder.Hit> all(@QueryParam("stay") @DefaultValue("60") int stay) {
        return directory.lots().stream()
                .filter(LotInfo::active)
                .sorted(Comparator.comparing(LotInfo::id))
                .map(l -> finder.summary(l, stay))
                .toList();
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One lot: live counts, tariff, hours")
    public LotDetail lot(@PathParam("id") String id) {
        LotInfo lot = lot(directory, id);
        return new LotDetail(
                finder.summary(lot, 60),
                lot.districtZh(),
                lot.districtEn(),
                lot.opens(),
                lot.closes(),
                lot.tariff().freeMinutes(),
                lot.maxStayMinutes());
    }

    @GET
    @Path("{id}/spaces")
    @Operation(summary = "The spaces of a lot with their live status (free, occupied, closed, unknown)")
    public List<SpaceView> spaces(@PathParam("id") String id) {
        lot(directory, id);
        return parking.spaces(id);
    }

    @GET
    @Path("{id}/prediction")
    @Operation(
            summary = "Expected free spaces by hour of the week",
            description = "Mean of the lot's 5-minute history over the last eight weeks, per ISO day of week"
                    + " (1 = Monday) and hour in city time (Asia/Shanghai). Hours without history are absent.")
    public List<History.HourOfWeek> prediction(@PathParam("id") String id) {
        lot(directory, id);
        return history.prediction(id, clock.instant());
    }

    @GET
    @Path("{id}/history")
    @Operation(summary = "The lot's occupancy every 5 minutes over the last hours (at most 168)")
    public List<History.Point> history(@PathParam("id") String id, @QueryParam("hours") @DefaultValue("24") int hours) {
        lot(directory, id);
        if (hours < 1 || hours > 168) {
            throw ProblemException.invalidField("hours", "must be between 1 and 168");
        }
        Instant now = clock.instant();
        return history.points(id, now.minus(Duration.ofHours(hours)), now.plusSeconds(1));
    }

    static LotInfo lot(LotDirectory directory, String id) {
        return directory
                .lot(id)
                .filter(LotInfo::active)
                .orElseThrow(() -> ProblemException.notFound("No lot " + id + "."));
    }
}
