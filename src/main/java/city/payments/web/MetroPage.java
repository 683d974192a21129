package city.payments.web;

import city.payments.internal.metro.Fare;
import city.payments.internal.metro.FareInput;
import city.payments.internal.metro.Gantry;
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
import city.platform.web.PageContext;
import city.platform.web.Pager;
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
import java.time.Duration;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A rider's metro: transit cards (link, block), trips with their fares, and the fare between two stations. */
@Path("/wallet/metro")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed(Roles.CITIZEN)
public class MetroPage {

    static final int TRIPS_PER_PAGE = 20;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance metro(MetroScreen m);
    }

    /** The fare between two chosen stations. */
    public record Quote(MetroStationView from, MetroStationView to, double km, long fareFen) {}

    /** Everything the page shows, with the link form as typed. */
    public record MetroScreen(
            List<TransitCardView> cards,
            String number,
            String numberError,
            String notice,
            PageOf<TripView> trips,
            Pager pager,
            List<MetroStationView> stations,
            String from,
            String to,
            Quote quote) {}

    private final TransitCards cards;
    private final Trips trips;
    private final MetroNetworkLoader network;
    private final Gantry gantry;
    private final CurrentUser user;
    private final PageContext page;

    MetroPage(
            TransitCards cards,
            Trips trips,
            MetroNetworkLoader network,
            Gantry gantry,
            CurrentUser user,
            PageContext page) {
        this.cards = cards;
        this.trips = trips;
        this.network = network;
        this.gantry = gantry;
        this.user = user;
        this.page = page;
    }

    @GET
    public TemplateInstance metro(
            @QueryParam("page") String pageNumber,
            @QueryParam("from") String from,
            @QueryParam("to") String to,
            @QueryParam("done") String done) {
        String notice = switch (done == null ? "" : done) {
            case "linked" -> page.messages(PayMsg.class).done_transit_linked();
            case "blocked" -> page.messages(PayMsg.class).done_transit_blocked();
            default -> null;
        };
        return screen(null, null, notice, Pager.parsePage(pageNumber), from, to);
    }

    @POST
    @Path("cards")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response link(@FormParam("number") String number) {
        String typed = number == null ? "" : number.replace(" ", "").strip();
        if (!typed.matches("[0-9]{10,16}")) {
            return Response.status(400)
                    .entity(screen(
                            number, page.messages(PayMsg.class).error_transit_card_number(), null, 1, null, null))
                    .build();
        }
        try {
            cards.link(user.id(), typed);
        } catch (ProblemException e) {
            String error = TransitCards.CARD_TAKEN.equals(e.type())
                    ? page.messages(PayMsg.class).problem_transit_card_taken()
                    : e.getMessage();
            return Response.status(e.status())
                    .entity(screen(number, error, null, 1, null, null))
                    .build();
        }
        return Response.seeOther(URI.create("/wallet/metro?done=linked")).build();
    }

    @POST
    @Path("cards/{number}/block")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response block(@PathParam("number") String number) {
        cards.block(user.id(), number);
        return Response.seeOther(URI.create("/wallet/metro?done=blocked")).build();
    }

    private TemplateInstance screen(
            String number, String numberError, String notice, int pageNumber, String from, String to) {
        PageOf<TripView> list = trips.of(user.id(), PageQuery.of(pageNumber, TRIPS_PER_PAGE));
        List<MetroStationView> stations = network.stations().stream()
                .sorted(Comparator.comparing(s -> page.en() ? s.nameEn() : s.nameZh()))
                .toList();
        Quote quote = null;
        var net = network.network();
        if (from != null && to != null && net.hasStation(from) && net.hasStation(to)) {
            int meters = net.distanceMeters(from, to);
            Fare fare = gantry.rules().fare(new FareInput(meters, Duration.ZERO, 0, 0));
            quote = new Quote(
                    network.station(from).orElseThrow(),
                    network.station(to).orElseThrow(),
                    Math.round(meters / 100.0) / 10.0,
                    fare.totalFen());
        }
        Map<String, String> params = new LinkedHashMap<>();
        params.put("from", from);
        params.put("to", to);
        return Templates.metro(new MetroScreen(
                cards.cardsOf(user.id()),
                number,
                numberError,
                notice,
                list,
                Pager.of("/wallet/metro", "page", params, list),
                stations,
                from,
                to,
                quote));
    }
}
