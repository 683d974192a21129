package city.parking.web;

import city.parking.internal.BookingView;
import city.parking.internal.Bookings;
import city.parking.internal.LotDirectory;
import city.parking.internal.LotInfo;
import city.parking.internal.Occupancy;
import city.parking.internal.ParkingAdmin;
import city.parking.internal.PriceChangeView;
import city.parking.internal.SessionView;
import city.parking.internal.Sessions;
import city.platform.rest.PageOf;
import city.platform.rest.PageQuery;
import city.platform.rest.ProblemException;
import city.platform.security.CurrentUser;
import city.platform.security.Roles;
import city.platform.time.ClockProducer;
import city.platform.web.FieldErrors;
import city.platform.web.Lang;
import city.platform.web.NoStore;
import city.platform.web.PageContext;
import city.platform.web.Pager;
import city.platform.web.Yuan;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
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
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The parking operators' screen: the city at a glance (live), a map and a table of every lot by how full it is
 * (live), revenue by day, sensor health, the latest bookings and stays, and each lot's prices with their history.
 */
@Path("/admin/parking")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed(Roles.PARKING_OPERATOR)
public class ParkingAdminPage {

    static final String HOME = "/admin/parking";
    static final int PAGE_SIZE = 20;
    static final int REVENUE_DAYS = 30;
    static final int SENSORS_SHOWN = 30;
    private static final int SENSOR_SCAN = 100_000;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance index(AdminScreen a);
    }

    /** A lot's live occupancy as a row of the table; {@code rate} is among the spaces whose sensor speaks. */
    public record LotRow(
            String id,
            String name,
            int total,
            int free,
            int occupied,
            int unknown,
            int closed,
            double rate,
            String rateText,
            String level,
            String firstHour,
            String perHour) {}

    /** A lot's colour on the map, for the live update. */
    public record MapLevel(String id, String level) {}

    /** What the page script refreshes every few seconds: the figures, the map colours and the table's page. */
    public record Live(
            ParkingAdmin.Overview overview,
            String occupancy,
            String updatedAt,
            List<MapLevel> lots,
            List<LotRow> rows,
            int page,
            int totalPages) {}

    /** A sensor that is silent or whose battery is low, with its lot and bay. */
    public record SensorRow(
            long spaceId,
            String lotId,
            String lotName,
            String label,
            String sensorId,
            String status,
            Instant seenAt,
            Integer battery,
            boolean stale,
            boolean lowBattery) {}

    /** A price change with the lot's name. */
    public record ChangeRow(String lotName, PriceChangeView change) {}

    /** Everything the page shows, with the price form as typed. */
    public record AdminScreen(
            Live live,
            LotMap map,
            Pager pager,
            ParkingPage.Chart revenue,
            String revenueCharged,
            List<ParkingAdmin.DayRevenue> revenueDays,
            List<SensorRow> sensors,
            List<BookingView> bookings,
            List<SessionView> sessions,
            List<ParkingPage.Option> lotChoices,
            LotInfo selected,
            PriceForm form,
            FieldErrors formErrors,
            List<ChangeRow> changes,
            String notice) {}

    private final ParkingAdmin admin;
    private final LotDirectory directory;
    private final Occupancy occupancy;
    private final Bookings bookings;
    private final Sessions sessions;
    private final CurrentUser user;
    private final PageContext page;
    private final Clock clock;

    ParkingAdminPage(
            ParkingAdmin admin,
            LotDirectory directory,
            Occupancy occupancy,
            Bookings bookings,
            Sessions sessions,
            CurrentUser user,
            PageContext page,
            Clock clock) {
        this.admin = admin;
        this.directory = directory;
        this.occupancy = occupancy;
        this.bookings = bookings;
        this.sessions = sessions;
        this.user = user;
        this.page = page;
        this.clock = clock;
    }

    @GET
    @RolesAllowed(Roles.PARKING_OPERATOR)
    public Response index(
            @QueryParam("page") String pageNumber, @QueryParam("lot") String lotId, @QueryParam("done") String done) {
        LotInfo selected = lotId == null ? null : directory.lot(lotId).orElse(null);
        PriceForm form = selected == null ? null : PriceForm.of(selected.tariff(), admin.lotVersion(selected.id()));
        String notice = "prices".equals(done) && selected != null
                ? page.messages(ParkingMsg.class).prices_changed(page.t(selected.nameZh(), selected.nameEn()))
                : null;
        return NoStore.html(200, screen(Pager.parsePage(pageNumber), selected, form, FieldErrors.NONE, notice));
    }

    @GET
    @Path("live")
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.PARKING_OPERATOR)
    public Response live(@QueryParam("page") String pageNumber) {
        return NoStore.of(Response.ok(live(Pager.parsePage(pageNumber), page.language())))
                .build();
    }

    @POST
    @Path("lots/{id}/prices")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed(Roles.PARKING_OPERATOR)
    public Response changePrices(@PathParam("id") String id, @BeanParam PriceForm form) {
        Lang lang = page.language();
        LotInfo lot = directory.lot(id).orElseThrow(() -> ProblemException.notFound("No lot " + id + "."));
        PriceForm.Parsed parsed = form.parse(lang);
        if (!parsed.errors().isEmpty()) {
            return NoStore.html(400, screen(1, lot, form, FieldErrors.of(parsed.errors()), null));
        }
        try {
            admin.changePrices(lot.id(), parsed.input(), user.id(), user.displayName());
            return ParkingPage.seeOther(HOME + "?lot=" + PageContext.encode(lot.id()) + "&done=prices#prices");
        } catch (ProblemException e) {
            Map<String, String> errors = new LinkedHashMap<>();
            String general = null;
            if (e.status() == Response.Status.CONFLICT) {
                // show the prices as they are now, keep what was typed, and let the next send use the new version
                form.version = Integer.toString(admin.lotVersion(lot.id()));
                general = ParkingProblems.describe(e, lang);
            } else if (e.errors().stream().anyMatch(f -> f.field().equals("dailyMaxFen"))) {
                errors.put("dailyMax", lang.messages(ParkingMsg.class).error_daily_cap());
            } else {
                general = ParkingProblems.describe(e, lang);
            }
            LotInfo now = directory.lot(lot.id()).orElse(lot);
            return NoStore.html(
                    e.status().getStatusCode(), screen(1, now, form, new FieldErrors(errors, general), null));
        }
    }

    private TemplateInstance screen(
            int pageNumber, LotInfo selected, PriceForm form, FieldErrors formErrors, String notice) {
        Lang lang = page.language();
        Live live = live(pageNumber, lang);
        List<LotMap.Spot> spots = directory.lots().stream()
                .map(l -> {
                    Occupancy.LotLive o = occupancy.lot(l.id());
                    int known = o.free() + o.occupied();
                    double rate = known == 0 ? 0 : (double) o.occupied() / known;
                    return new LotMap.Spot(
                            l.id(),
                            l.nameZh(),
                            l.nameEn(),
                            l.location().lat(),
                            l.location().lon(),
                            Levels.occupancyLevel(rate, known),
                            lang.messages(ParkingMsg.class).occupancy_rate(Levels.percent(rate)));
                })
                .sorted(Comparator.comparing(LotMap.Spot::id))
                .toList();
        Map<String, String> params = new LinkedHashMap<>();
        if (selected != null) {
            params.put("lot", selected.id());
        }
        PageOf<LotRow> rows = PageOf.of(
                live.rows(),
                PageQuery.of(live.page(), PAGE_SIZE),
                directory.lots().size());
        List<ParkingAdmin.DayRevenue> days = revenue();
        ParkingPage.Chart chart = new ParkingPage.Chart(
                days.stream()
                        .map(d -> Long.toString(
                                d.day().atStartOfDay(ClockProducer.CITY_ZONE).toEpochSecond()))
                        .collect(Collectors.joining(",")),
                days.stream().map(d -> yuan(d.paidFen())).collect(Collectors.joining(",")),
                List.of());
        String charged = days.stream().map(d -> yuan(d.chargedFen())).collect(Collectors.joining(","));
        Map<String, LotInfo> byId =
                directory.lots().stream().collect(Collectors.toMap(LotInfo::id, Function.identity()));
        List<SensorRow> sensors = new ArrayList<>();
        for (Occupancy.SpaceLive s : worstSensors(selected)) {
            LotInfo.SpaceInfo space = directory.space(s.spaceId()).orElse(null);
            LotInfo lot = space == null ? null : byId.get(space.lotId());
            sensors.add(new SensorRow(
                    s.spaceId(),
                    space == null ? "" : space.lotId(),
                    lot == null ? "" : lang.select(lot.nameZh(), lot.nameEn()),
                    space == null ? "" : space.label(),
                    space == null ? "" : space.sensorId(),
                    s.status().name(),
                    s.seenAt(),
                    s.batteryPct(),
                    s.stale(),
                    lowBattery(s)));
        }
        List<ParkingPage.Option> choices = directory.lots().stream()
                .sorted(Comparator.comparing(LotInfo::id))
                .map(l -> new ParkingPage.Option(
                        l.id(),
                        l.id() + " · " + lang.select(l.nameZh(), l.nameEn()),
                        selected != null && selected.id().equals(l.id())))
                .toList();
        List<ChangeRow> changes = admin.priceChanges(selected == null ? null : selected.id(), 20).stream()
                .map(c -> new ChangeRow(
                        byId.containsKey(c.lotId())
                                ? lang.select(
                                        byId.get(c.lotId()).nameZh(),
                                        byId.get(c.lotId()).nameEn())
                                : c.lotId(),
                        c))
                .toList();
        return Templates.index(new AdminScreen(
                live,
                LotMap.fitting(spots),
                Pager.of(HOME, "page", params, rows),
                chart,
                charged,
                days,
                sensors,
                bookings.recent(10),
                sessions.recent(10),
                choices,
                selected,
                form,
                formErrors,
                changes,
                notice));
    }

    /**
     * The sensors an operator should look at first: those that went silent (most recently first), then low
     * batteries (emptiest first), then sensors never heard from at all (a new lot before its sensors report); only
     * those of the lot the operator selected, if one is.
     */
    private List<Occupancy.SpaceLive> worstSensors(LotInfo selected) {
        Comparator<Occupancy.SpaceLive> order = Comparator.comparingInt((Occupancy.SpaceLive s) -> {
                    if (s.stale() && s.seenAt() != null) {
                        return 0;
                    }
                    return lowBattery(s) ? 1 : 2;
                })
                .thenComparing(Occupancy.SpaceLive::seenAt, Comparator.nullsLast(Comparator.reverseOrder()))
                .thenComparing(s -> s.batteryPct() == null ? 101 : s.batteryPct())
                .thenComparingLong(Occupancy.SpaceLive::spaceId);
        return occupancy.unhealthy(SENSOR_SCAN).stream()
                .filter(s -> selected == null
                        || directory
                                .space(s.spaceId())
                                .map(space -> space.lotId().equals(selected.id()))
                                .orElse(false))
                .sorted(order)
                .limit(SENSORS_SHOWN)
                .toList();
    }

    private boolean lowBattery(Occupancy.SpaceLive s) {
        return s.batteryPct() != null && s.batteryPct() <= occupancy.lowBatteryPct();
    }

    /** The last {@link #REVENUE_DAYS} days, today included, with the days without stays as zeros. */
    private List<ParkingAdmin.DayRevenue> revenue() {
        Map<LocalDate, ParkingAdmin.DayRevenue> byDay = admin.revenueByDay(REVENUE_DAYS).stream()
                .collect(Collectors.toMap(ParkingAdmin.DayRevenue::day, Function.identity(), (a, b) -> a));
        LocalDate today = LocalDate.now(clock.withZone(ClockProducer.CITY_ZONE));
        List<ParkingAdmin.DayRevenue> out = new ArrayList<>();
        for (LocalDate d = today.minusDays(REVENUE_DAYS - 1); !d.isAfter(today); d = d.plusDays(1)) {
            out.add(byDay.getOrDefault(d, new ParkingAdmin.DayRevenue(d, 0, 0, 0, 0)));
        }
        return out;
    }

    private Live live(int pageNumber, Lang lang) {
        List<LotRow> all = directory.lots().stream()
                .map(l -> row(l, lang))
                .sorted(Comparator.comparingDouble(LotRow::rate).reversed().thenComparing(LotRow::id))
                .toList();
        int totalPages = Math.max(1, (all.size() + PAGE_SIZE - 1) / PAGE_SIZE);
        int p = Math.min(Math.max(1, pageNumber), totalPages);
        List<LotRow> rows = all.subList((p - 1) * PAGE_SIZE, Math.min(all.size(), p * PAGE_SIZE));
        ParkingAdmin.Overview o = admin.overview();
        return new Live(
                o,
                Levels.percent(o.occupancyRate()),
                page.time(clock.instant()),
                all.stream()
                        .map(r -> new MapLevel(r.id(), r.level()))
                        .sorted(Comparator.comparing(MapLevel::id))
                        .toList(),
                List.copyOf(rows),
                p,
                totalPages);
    }

    private LotRow row(LotInfo lot, Lang lang) {
        Occupancy.LotLive o = occupancy.lot(lot.id());
        int known = o.free() + o.occupied();
        double rate = known == 0 ? 0 : (double) o.occupied() / known;
        return new LotRow(
                lot.id(),
                lang.select(lot.nameZh(), lot.nameEn()),
                o.total(),
                o.free(),
                o.occupied(),
                o.unknown(),
                o.closed(),
                rate,
                known == 0 ? "—" : Levels.percent(rate),
                Levels.occupancyLevel(rate, known),
                Yuan.format(lot.tariff().firstHourFen()),
                Yuan.format(lot.tariff().perHourFen()));
    }

    private static String yuan(long fen) {
        return BigDecimal.valueOf(fen, 2).toPlainString();
    }
}
