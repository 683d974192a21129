package city.payments.rest;

import city.payments.internal.metro.Fare;
import city.payments.internal.metro.FareInput;
import city.payments.internal.metro.Gantry;
import city.payments.internal.metro.MetroLineView;
import city.payments.internal.metro.MetroNetworkLoader;
import city.payments.internal.metro.MetroStationView;
import city.payments.internal.metro.TransitCardView;
import city.payments.internal.metro.TransitCards;
import city.payments.internal.metro.TripView;
import city.payments.internal.metro.Trips;
import city.platform.rest.PageOf;
import city.platform.rest.PageQuery;
import city.platform.rest.ProblemException;
import city.platform.security.CurrentUser;
import city.platform.security.Roles;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Duration;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The metro for riders: lines, fares, my transit cards and my trips. */
@Path("/api/v1/payments/metro")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Metro", description = "Lines, fares, transit cards and trips")
public class MetroResource {

    /** A card to link to my wallet, by the number printed on it. */
    public record LinkInput(
            @NotBlank @Pattern(regexp = "[0-9]{10,16}", message = "must be 10 to 16 digits")
            String number) {}

    /** Money to move from my wallet onto a preloaded card, in fen. */
    public record CardTopUpInput(@Min(100) @Max(100_000) long amountFen) {}

    /** The fare between two stations, as a rider would pay it with nothing paid yet this month. */
    public record FareQuote(String from, String to, int distanceMeters, long fareFen) {}

    private final MetroNetworkLoader network;
    private final Gantry gantry;
    private final TransitCards cards;
    private final Trips trips;
    private final CurrentUser user;

    MetroResource(MetroNetworkLoader network, Gantry gantry, TransitCards cards, Trips trips, CurrentUser user) {
        this.network = network;
        this.gantry = gantry;
        this.cards = cards;
        this.trips = trips;
        this.user = user;
    }

    @GET
    @Path("lines")
    @PermitAll
    @Operation(summary = "Lines and their stations, with coordinates for maps")
    public List<MetroLineView> lines() {
        return network.lines();
    }

    @GET
    @Path("stations")
    @PermitAll
    @Operation(summary = "Stations, with the lines that call at each")
    public List<MetroStationView> stations() {
        return network.stations();
    }

    @GET
    @Path("fares")
    @PermitAll
    @Operation(summary = "The fare between two stations", description = "By the shortest distance on the network.")
    public FareQuote fare(@QueryParam("from") @NotBlank String from, @QueryParam("to") @NotBlank String to) {
        var net = network.network();
        if (!net.hasStation(from)) {
            throw ProblemException.invalidField("from", "is not a station of the network");
        }
        if (!net.hasStation(to)) {
            throw ProblemException.invalidField("to", "is not a station of the network");
        }
        int distance = net.distanceMeters(from, to);
        Fare fare = gantry.rules().fare(new FareInput(distance, Duration.ZERO, 0, 0));
        return new FareQuote(from, to, distance, fare.totalFen());
    }

    @GET
    @Path("cards")
    @RolesAllowed(Roles.CITIZEN)
    @Operation(summary = "My transit cards")
    public List<TransitCardView> myCards() {
        return cards.cardsOf(user.id());
    }

    @POST
    @Path("cards")
    @RolesAllowed(Roles.CITIZEN)
    @Operation(
            summary = "Link a transit card",
            description = "A new number pays from my wallet; an unowned preloaded card becomes mine with its value.")
    public Response link(@NotNull @Valid LinkInput input) {
        return Response.status(Response.Status.CREATED)
                .entity(cards.link(user.id(), input.number()))
                .build();
    }

    @POST
    @Path("cards/{number}/block")
    @RolesAllowed(Roles.CITIZEN)
    @Operation(summary = "Block a lost card", description = "Gantries refuse it from the next tap.")
    public TransitCardView block(@PathParam("number") String number) {
        return cards.block(user.id(), number);
    }

    @POST
    @Path("cards/{number}/top-ups")
    @RolesAllowed(Roles.CITIZEN)
    @Operation(
            summary = "Move money from my wallet onto a preloaded card",
            description = "Requires an Idempotency-Key.")
    public Response topUp(
            @PathParam("number") String number,
            @NotNull @Valid CardTopUpInput input,
            @HeaderParam(WalletResource.IDEMPOTENCY_KEY) String key) {
        return Response.status(Response.Status.CREATED)
                .entity(cards.topUp(user.id(), number, input.amountFen(), key))
                .build();
    }

    @GET
    @Path("trips")
    @RolesAllowed(Roles.CITIZEN)
    @Operation(summary = "My trips with their fares, newest first")
    public PageOf<TripView> myTrips(
            @QueryParam("page") @DefaultValue("1") @Min(1) int page,
            @QueryParam("size") @DefaultValue("20") @Min(1) @Max(PageQuery.MAX_SIZE) int size) {
        return trips.of(user.id(), PageQuery.of(page, size));
    }
}
