package city.parking.internal;

import city.platform.geo.GeoPoint;
import city.platform.rest.Problem;
import city.platform.rest.ProblemException;
import city.platform.time.ClockProducer;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.Response;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/**
 * Finds lots with free spaces near a point, from memory only. Walking distance is estimated as the geodesic distance
 * times {@link #CIRCUITY}: city streets make a walk about 1.3 times longer than the straight line (measured route
 * factors of dense grids are 1.2 to 1.4); the city has no pedestrian network to route on.
 */
@ApplicationScoped
public class Finder {

    public static final double CIRCUITY = 1.3;

    public enum Sort {
        distance,
        price
    }

    /** What a driver asks. */
    public record Query(
            GeoPoint from,
            int radiusMetres,
            Sort sort,
            boolean ev,
            boolean accessible,
            int stayMinutes,
            boolean onlyAvailable,
            int limit) {

        /**
         * The query of a search as the API and the page receive it, checked: every invalid field is reported at
         * once, in a 400 problem.
         */
        public static Query checked(
                Double lat,
                Double lon,
                int radius,
                String sort,
                boolean ev,
                boolean accessible,
                int stay,
                boolean available,
                int limit) {
            List<Problem.FieldError> errors = new ArrayList<>();
            if (lat == null || !(lat >= -90 && lat <= 90)) {
                errors.add(new Problem.FieldError("lat", "a latitude between -90 and 90 is required"));
            }
            if (lon == null || !(lon >= -180 && lon <= 180)) {
                errors.add(new Problem.FieldError("lon", "a longitude between -180 and 180 is required"));
            }
            if (radius < 50 || radius > 5000) {
                errors.add(new Problem.FieldError("radius", "must be between 50 and 5000 metres"));
            }
            Sort order = null;
            try {
                order = Sort.valueOf(sort);
            } catch (IllegalArgumentException | NullPointerException e) {
                errors.add(new Problem.FieldError("sort", "distance or price"));
            }
            if (stay < 15 || stay > 1440) {
                errors.add(new Problem.FieldError("stay", "must be between 15 and 1440 minutes"));
            }
            if (limit < 1 || limit > 100) {
                errors.add(new Problem.FieldError("limit", "must be between 1 and 100"));
            }
            if (!errors.isEmpty()) {
                throw new ProblemException(Response.Status.BAD_REQUEST, "Some fields are invalid.", errors);
            }
            return new Query(new GeoPoint(lat, lon), radius, order, ev, accessible, stay, available, limit);
        }
    }

    /** A lot near the point, with its live counts and the price of the stay asked about. */
    public record Hit(
            String id,
            String nameZh,
            String nameEn,
            String category,
            String addressZh,
            String addressEn,
            double lat,
            double lon,
            int walkingMetres,
            int walkingMinutes,
            int total,
            int available,
            int freeEv,
            int freeAccessible,
            int unknown,
            long priceFen,
            long firstHourFen,
            long perHourFen,
            Long dailyMaxFen,
            boolean openNow,
            Instant occupancyModified) {}

    private final LotDirectory directory;
    private final Occupancy occupancy;
    private final Reservations reservations;
    private final Clock clock;

    Finder(LotDirectory directory, Occupancy occupancy, Reservations reservations, Clock clock) {
        this.directory = directory;
        this.occupancy = occupancy;
        this.reservations = reservations;
        this.clock = clock;
    }

    public List<Hit> nearby(Query q) {
        Instant now = clock.instant();
        List<Hit> hits = new ArrayList<>();
        for (LotInfo lot : directory.lots()) {
            if (!lot.active()) {
                continue;
            }
            double metres = q.from().metresTo(lot.location()) * CIRCUITY;
            if (metres > q.radiusMetres()) {
                continue;
            }
            Hit hit = hit(lot, (int) Math.round(metres), q.stayMinutes(), now);
            if ((q.ev() && hit.freeEv() == 0) || (q.accessible() && hit.freeAccessible() == 0)) {
                continue;
            }
            if (q.onlyAvailable() && (hit.available() == 0 || !hit.openNow())) {
                continue;
            }
            hits.add(hit);
        }
        Comparator<Hit> order = q.sort() == Sort.price
                ? Comparator.comparingLong(Hit::priceFen).thenComparingInt(Hit::walkingMetres)
                : Comparator.comparingInt(Hit::walkingMetres);
        hits.sort(order.thenComparing(Hit::id));
        return hits.size() > q.limit() ? hits.subList(0, q.limit()) : hits;
    }

    /** One lot's live summary, without a distance. */
    public Hit summary(LotInfo lot, int stayMinutes) {
        return hit(lot, -1, stayMinutes, clock.instant());
    }

    private Hit hit(LotInfo lot, int metres, int stayMinutes, Instant now) {
        Occupancy.LotLive live = occupancy.lot(lot.id());
        int available = live.free();
        int freeEv = live.freeEv();
        int freeAccessible = live.freeAccessible();
        Set<Long> reserved = reservations.reservedAt(lot.id(), now);
        for (Long spaceId : reserved) {
            if (occupancy
                    .space(spaceId)
                    .map(s -> s.status() == SpaceStatus.free)
                    .orElse(false)) {
                available--;
                LotInfo.SpaceInfo s = directory.space(spaceId).orElse(null);
                if (s != null && s.ev()) {
                    freeEv--;
                }
                if (s != null && s.accessible()) {
                    freeAccessible--;
                }
            }
        }
        Tariff t = lot.tariff();
        return new Hit(
                lot.id(),
                lot.nameZh(),
                lot.nameEn(),
                lot.category(),
                lot.addressZh(),
                lot.addressEn(),
                lot.location().lat(),
                lot.location().lon(),
                metres,
                metres < 0 ? -1 : (int) Math.ceil(metres / 80.0),
                live.total(),
                Math.max(0, available),
                Math.max(0, freeEv),
                Math.max(0, freeAccessible),
                live.unknown(),
                t.charge(now, now.plus(Duration.ofMinutes(stayMinutes)), ClockProducer.CITY_ZONE),
                t.firstHourFen(),
                t.perHourFen(),
                t.dailyMaxFen(),
                lot.openAt(now, ClockProducer.CITY_ZONE),
                live.modifiedAt());
    }
}
