package city.parking.web;

import city.parking.internal.Booking;
import city.parking.internal.BookingView;
import city.parking.internal.Bookings;
import city.parking.internal.Finder;
import city.parking.internal.History;
import city.parking.internal.LotDirectory;
import city.parking.internal.LotInfo;
import city.parking.internal.ParkingSession;
import city.parking.internal.SessionView;
import city.parking.internal.Sessions;
import city.parking.internal.Vehicles;
import city.platform.rest.ProblemException;
import city.platform.security.CurrentUser;
import city.platform.security.Roles;
import city.platform.time.ClockProducer;
import city.platform.web.FieldErrors;
import city.platform.web.Lang;
import city.platform.web.NoStore;
import city.platform.web.PageContext;
import city.platform.web.Yuan;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Finding parking, open to everyone: the search near a place with a map and a live list, and one page per lot with
 * its tariff, live counts and expected free spaces. Citizens also book a space or start a stay from the lot's page.
 */
@Path("/parking")
@Produces(MediaType.TEXT_HTML)
public class ParkingPage {

    static final DateTimeFormatter LOCAL_INPUT = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");
    private static final DateTimeFormatter HOUR = DateTimeFormatter.ofPattern("HH:mm");
    static final DateTimeFormatter CLOCK_TIME = DateTimeFormatter.ofPattern("HH:mm:ss");
    private static final List<Integer> WINDOWS = List.of(15, 30, 60, 90, 120);
    private static final Map<String, String> BOOKING_FIELDS =
            Map.of("plate", "plate", "arriveFrom", "arrive", "windowMinutes", "window", "stayMinutes", "stay");
    private static final Map<String, String> PARK_FIELDS = Map.of("plate", "plate");

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance search(SearchScreen s);

        static native TemplateInstance lot(LotScreen l);
    }

    /** A choice of a select list. */
    public record Option(String value, String label, boolean selected) {}

    /** The search page: the form as typed with its errors, the lots found, their map, and the driver's own stays. */
    public record SearchScreen(
            SearchForm form,
            FieldErrors errors,
            List<String> errorList,
            List<Option> places,
            List<Option> radii,
            List<Option> stays,
            boolean custom,
            boolean evChecked,
            boolean accessibleChecked,
            Place from,
            List<Finder.Hit> hits,
            LotMap map,
            String nearbyUrl,
            String stayText,
            String backQuery,
            List<BookingView> upcoming,
            List<SessionView> parked,
            String updatedAt) {

        public boolean searched() {
            return nearbyUrl != null;
        }
    }

    /** A chart's data for the page script ({@code xs} and {@code ys} comma-separated) and as a table. */
    public record Chart(String xs, String ys, List<ChartRow> rows) {

        public boolean empty() {
            return rows.isEmpty();
        }
    }

    /** One row of a chart's table. */
    public record ChartRow(String label, String value, boolean now) {}

    /** One lot's page, with the booking and park-now forms as typed and their errors. */
    public record LotScreen(
            LotInfo lot,
            Finder.Hit live,
            String hours,
            String weekday,
            Chart prediction,
            Chart history,
            BookingForm booking,
            FieldErrors bookingErrors,
            String bookingWalletShort,
            ParkForm park,
            FieldErrors parkErrors,
            String parkWalletShort,
            String parkHold,
            List<String> plates,
            List<Option> windows,
            List<Option> stays,
            String arriveMin,
            String arriveMax,
            String backHref) {

        public long evSpaces() {
            return lot.spaces().stream().filter(LotInfo.SpaceInfo::ev).count();
        }

        public long accessibleSpaces() {
            return lot.spaces().stream().filter(LotInfo.SpaceInfo::accessible).count();
        }
    }

    private final Finder finder;
    private final LotDirectory directory;
    private final History history;
    private final Bookings bookings;
    private final Sessions sessions;
    private final Vehicles vehicles;
    private final CurrentUser user;
    private final PageContext page;
    private final Clock clock;

    ParkingPage(
            Finder finder,
            LotDirectory directory,
            History history,
            Bookings bookings,
            Sessions sessions,
            Vehicles vehicles,
            CurrentUser user,
            PageContext page,
            Clock clock) {
        this.finder = finder;
        this.directory = directory;
        this.history = history;
        this.bookings = bookings;
        this.sessions = sessions;
        this.vehicles = vehicles;
        this.user = user;
        this.page = page;
        this.clock = clock;
    }

    @GET
    @PermitAll
    public Response search(@BeanParam SearchForm form) {
        Lang lang = page.language();
        ParkingMsg msg = lang.messages(ParkingMsg.class);
        form.fillDefaults();
        SearchForm.Parsed parsed = form.parse(lang);
        List<Finder.Hit> hits = List.of();
        LotMap map = null;
        String nearby = null;
        if (parsed.query() != null) {
            Finder.Query q = parsed.query();
            hits = finder.nearby(q);
            map = LotMap.around(
                    q.from().lat(),
                    q.from().lon(),
                    parsed.from().nameZh(),
                    parsed.from().nameEn(),
                    q.radiusMetres(),
                    hits.stream().map(h -> spot(h, lang)).toList());
            nearby = "/api/v1/parking/lots/nearby?lat=" + q.from().lat() + "&lon="
                    + q.from().lon() + "&radius="
                    + q.radiusMetres() + "&sort=" + q.sort().name() + "&ev=" + q.ev() + "&accessible="
                    + q.accessible() + "&stay=" + q.stayMinutes() + "&limit=" + q.limit();
        }
        List<BookingView> upcoming = List.of();
        List<SessionView> parked = List.of();
        if (page.signedIn() && page.hasRole(Roles.CITIZEN)) {
            upcoming = bookings.mine(user.id(), 20).stream()
                    .filter(b -> b.status() == Booking.Status.BOOKED)
                    .toList();
            parked = sessions.mine(user.id(), 20).stream()
                    .filter(s -> s.status() == ParkingSession.Status.OPEN)
                    .toList();
        }
        List<Option> places = new ArrayList<>();
        for (Place p : Place.PRESETS) {
            places.add(new Option(
                    p.id(), lang.select(p.nameZh(), p.nameEn()), !form.custom() && p.id().equals(form.place)));
        }
        places.add(new Option(Place.CUSTOM, msg.place_coordinates(), form.custom()));
        SearchScreen screen = new SearchScreen(
                form,
                FieldErrors.of(parsed.errors()),
                List.copyOf(parsed.errors().values()),
                places,
                options(SearchForm.RADII, form.radius, m -> distance(m, lang)),
                options(SearchForm.STAYS, form.stay, m -> stayText(m, lang)),
                form.custom(),
                form.evChecked(),
                form.accessibleChecked(),
                parsed.from(),
                hits,
                map,
                nearby,
                parsed.query() == null ? "" : stayText(parsed.query().stayMinutes(), lang),
                form.params(),
                upcoming,
                parked,
                CLOCK_TIME.format(clock.instant().atZone(ClockProducer.CITY_ZONE)));
        return NoStore.html(parsed.errors().isEmpty() ? 200 : 400, Templates.search(screen));
    }

    @GET
    @Path("lots/{id}")
    @PermitAll
    public Response lot(@PathParam("id") String id, @QueryParam("stay") String stay, @QueryParam("back") String back) {
        LotInfo lot = activeLot(id);
        BookingForm booking = new BookingForm();
        if (stay != null && stay.matches("[0-9]{2,4}")) {
            booking.stay = stay;
        }
        ParkForm park = new ParkForm();
        List<String> plates = plates();
        if (!plates.isEmpty()) {
            booking.plate = plates.get(0);
            park.plate = plates.get(0);
        }
        return NoStore.html(200, lotPage(lot, booking, FieldErrors.NONE, null, park, FieldErrors.NONE, null, back));
    }

    @POST
    @Path("lots/{id}/bookings")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed(Roles.CITIZEN)
    public Response book(@PathParam("id") String id, @BeanParam BookingForm form) {
        LotInfo lot = activeLot(id);
        Lang lang = page.language();
        form.withKeyIfMissing();
        BookingForm.Parsed parsed = form.parse(lot.id(), lang);
        if (!parsed.errors().isEmpty()) {
            // nothing reached the service: the same key stays good for the corrected form
            return NoStore.html(
                    400,
                    lotPage(
                            lot,
                            form,
                            FieldErrors.of(parsed.errors()),
                            null,
                            new ParkForm(),
                            FieldErrors.NONE,
                            null,
                            null));
        }
        try {
            bookings.book(user.id(), parsed.request(), form.key);
            return seeOther("/parking/mine?done=booked#bookings");
        } catch (ProblemException e) {
            Map<String, String> errors = new LinkedHashMap<>();
            String general = ParkingProblems.fieldErrors(e, lot, lang, BOOKING_FIELDS, errors);
            if (general == null && errors.isEmpty()) {
                general = ParkingProblems.describe(e, lang);
            }
            String walletShort = null;
            if (ParkingProblems.walletShort(e)) {
                Instant from = parsed.request().arriveFrom() == null
                        ? clock.instant()
                        : parsed.request().arriveFrom();
                long hold = lot.tariff()
                        .charge(
                                from,
                                from.plus(Duration.ofMinutes(parsed.request().stayMinutes())),
                                ClockProducer.CITY_ZONE);
                walletShort = Yuan.format(hold);
                general = null;
            }
            // a refused booking leaves nothing under its key, so the corrected form may use it again; a key spent
            // on another booking may not
            if (ParkingProblems.keyReused(e)) {
                form.withNewKey();
            }
            return NoStore.html(
                    e.status().getStatusCode(),
                    lotPage(
                            lot,
                            form,
                            new FieldErrors(errors, general),
                            walletShort,
                            new ParkForm(),
                            FieldErrors.NONE,
                            null,
                            null));
        }
    }

    @POST
    @Path("lots/{id}/sessions")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed(Roles.CITIZEN)
    public Response park(@PathParam("id") String id, @BeanParam ParkForm form) {
        LotInfo lot = activeLot(id);
        Lang lang = page.language();
        form.withKeyIfMissing();
        try {
            sessions.openByApp(
                    user.id(),
                    new Sessions.OpenRequest(lot.id(), null, form.plate == null ? "" : form.plate),
                    form.key);
            return seeOther("/parking/mine?done=parked#stays");
        } catch (ProblemException e) {
            Map<String, String> errors = new LinkedHashMap<>();
            String general = ParkingProblems.fieldErrors(e, lot, lang, PARK_FIELDS, errors);
            if (general == null && errors.isEmpty()) {
                general = ParkingProblems.describe(e, lang);
            }
            String walletShort = null;
            if (ParkingProblems.walletShort(e)) {
                walletShort = parkHold(lot);
                general = null;
            }
            if (ParkingProblems.keyReused(e)) {
                form.withNewKey();
            }
            BookingForm booking = new BookingForm();
            booking.plate = form.plate;
            return NoStore.html(
                    e.status().getStatusCode(),
                    lotPage(
                            lot,
                            booking,
                            FieldErrors.NONE,
                            null,
                            form,
                            new FieldErrors(errors, general),
                            walletShort,
                            null));
        }
    }

    private TemplateInstance lotPage(
            LotInfo lot,
            BookingForm booking,
            FieldErrors bookingErrors,
            String bookingWalletShort,
            ParkForm park,
            FieldErrors parkErrors,
            String parkWalletShort,
            String back) {
        Lang lang = page.language();
        Instant now = clock.instant();
        ZonedDateTime local = now.atZone(ClockProducer.CITY_ZONE);
        int today = local.getDayOfWeek().getValue();
        List<History.HourOfWeek> week = history.prediction(lot.id(), now);
        List<History.HourOfWeek> hours =
                week.stream().filter(h -> h.dayOfWeek() == today).toList();
        Chart prediction = new Chart(
                hours.stream().map(h -> Integer.toString(h.hour())).collect(Collectors.joining(",")),
                hours.stream().map(h -> Double.toString(h.expectedFree())).collect(Collectors.joining(",")),
                hours.stream()
                        .map(h -> new ChartRow(
                                String.format("%02d:00", h.hour()),
                                Double.toString(h.expectedFree()),
                                h.hour() == local.getHour()))
                        .toList());
        List<History.Point> points = history.points(lot.id(), now.minus(Duration.ofHours(24)), now.plusSeconds(1));
        Chart last24 = new Chart(
                points.stream().map(p -> Long.toString(p.at().getEpochSecond())).collect(Collectors.joining(",")),
                points.stream().map(p -> Integer.toString(p.free())).collect(Collectors.joining(",")),
                points.stream()
                        .filter(p -> p.at().atZone(ClockProducer.CITY_ZONE).getMinute() == 0)
                        .map(p -> new ChartRow(page.time(p.at()), Integer.toString(p.free()), false))
                        .toList());
        ParkingMsg msg = lang.messages(ParkingMsg.class);
        String hoursText = lot.openDayAndNight()
                ? msg.open_24h()
                : msg.hours_range(
                        HOUR.format(lot.opens()),
                        HOUR.format(lot.closes()),
                        lot.closes().isBefore(lot.opens()));
        String backHref = back != null && !back.isBlank() && !back.contains("//") ? "/parking?" + back : "/parking";
        return Templates.lot(new LotScreen(
                lot,
                finder.summary(lot, 60),
                hoursText,
                local.getDayOfWeek().getDisplayName(TextStyle.FULL, lang.locale()),
                prediction,
                last24,
                booking,
                bookingErrors,
                bookingWalletShort,
                park,
                parkErrors,
                parkWalletShort,
                parkHold(lot),
                plates(),
                options(WINDOWS, booking.window, m -> stayText(m, lang)),
                options(SearchForm.STAYS, booking.stay, m -> stayText(m, lang)),
                LOCAL_INPUT.format(local.truncatedTo(ChronoUnit.MINUTES)),
                LOCAL_INPUT.format(local.plusHours(24).truncatedTo(ChronoUnit.MINUTES)),
                backHref));
    }

    /** What a drive-up stay holds on the wallet: the most a day's stay (or the lot's longest) can cost. */
    private String parkHold(LotInfo lot) {
        Instant now = clock.instant();
        Duration longest = lot.maxStayMinutes() == null
                ? Duration.ofHours(24)
                : Duration.ofMinutes(Math.min(1440, lot.maxStayMinutes()));
        return Yuan.format(lot.tariff().charge(now, now.plus(longest), ClockProducer.CITY_ZONE));
    }

    private List<String> plates() {
        if (page.signedIn() && page.hasRole(Roles.CITIZEN)) {
            return vehicles.plates(user.id());
        }
        return List.of();
    }

    private LotInfo activeLot(String id) {
        return directory
                .lot(id)
                .filter(LotInfo::active)
                .orElseThrow(() -> ProblemException.notFound("No lot " + id + "."));
    }

    private LotMap.Spot spot(Finder.Hit h, Lang lang) {
        String level = Levels.level(h.available(), h.total(), h.unknown());
        return new LotMap.Spot(
                h.id(),
                h.nameZh(),
                h.nameEn(),
                h.lat(),
                h.lon(),
                level,
                lang.messages(ParkingMsg.class).spot_free(h.available(), h.total()));
    }

    /** The choices of a list of minutes or metres, with the typed value kept when it is not one of them. */
    static List<Option> options(List<Integer> values, String typed, java.util.function.IntFunction<String> label) {
        List<Option> out = new ArrayList<>();
        String chosen = typed == null ? "" : typed.strip();
        boolean found = false;
        for (int v : values) {
            boolean selected = Integer.toString(v).equals(chosen);
            found |= selected;
            out.add(new Option(Integer.toString(v), label.apply(v), selected));
        }
        if (!found && !chosen.isEmpty()) {
            out.add(new Option(chosen, chosen, true));
        }
        return out;
    }

    static String distance(int metres, Lang lang) {
        if (metres >= 1000 && metres % 100 == 0) {
            String km = metres % 1000 == 0 ? Integer.toString(metres / 1000) : Double.toString(metres / 1000.0);
            return lang.messages(ParkingMsg.class).km_n(km);
        }
        return lang.messages(ParkingMsg.class).metres_n(metres);
    }

    static String stayText(int minutes, Lang lang) {
        ParkingMsg msg = lang.messages(ParkingMsg.class);
        return minutes % 60 == 0 ? msg.hours_n(minutes / 60) : msg.minutes_n(minutes);
    }

    static Response seeOther(String location) {
        return Response.seeOther(URI.create(location)).build();
    }
}
