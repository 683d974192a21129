package city.parking.internal;

import city.payments.api.HoldRequest;
import city.payments.api.PaymentStatus;
import city.payments.api.PaymentView;
import city.payments.api.Payments;
import city.platform.db.SqlStates;
import city.platform.rest.Problem;
import city.platform.rest.ProblemException;
import city.platform.time.ClockProducer;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.ws.rs.core.Response;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jboss.logging.Logger;

/**
 * Bookings: a space reserved for an arrival window, paid for by a hold on the citizen's wallet. The row is written
 * first (status PENDING, which the exclusion constraint already counts), then the hold is placed, then the booking
 * becomes BOOKED; a failed hold deletes the row, so that nothing half-done stays. A driver who does not arrive by the
 * end of the window loses the booking and gets the hold back.
 */
@ApplicationScoped
public class Bookings {

    private static final Logger LOG = Logger.getLogger(Bookings.class);
    static final String PAYEE = "revenue:parking";
    static final String PURPOSE = "parking";
    /** A car seen this long before its window counts as the booked arrival. */
    static final Duration EARLY_ARRIVAL = Duration.ofMinutes(15);
    /** How long after the planned departure the wallet hold lasts, at most. */
    static final Duration HOLD_MARGIN = Duration.ofHours(24);

    private final EntityManager em;
    private final LotDirectory directory;
    private final Occupancy occupancy;
    private final Reservations reservations;
    private final Payments payments;
    private final Clock clock;

    Bookings(
            EntityManager em,
            LotDirectory directory,
            Occupancy occupancy,
            Reservations reservations,
            Payments payments,
            Clock clock) {
        this.em = em;
        this.directory = directory;
        this.occupancy = occupancy;
        this.reservations = reservations;
        this.payments = payments;
        this.clock = clock;
    }

    /** Books a space; the same key and request answer the same booking. */
    public BookingView book(String citizenId, BookingRequest r, String idempotencyKey) {
        if (idempotencyKey == null || idempotencyKey.isBlank() || idempotencyKey.length() > 255) {
            throw ProblemException.invalidField("Idempotency-Key", "a key of 1 to 255 characters is required");
        }
        String hash = hash(r);
        Optional<BookingView> earlier = replay(citizenId, idempotencyKey, hash);
        if (earlier.isPresent()) {
            return earlier.get();
        }
        Instant now = clock.instant();
        List<Problem.FieldError> errors = new ArrayList<>();
        LotInfo lot = directory.lot(r.lotId()).filter(LotInfo::active).orElse(null);
        if (lot == null) {
            errors.add(new Problem.FieldError("lotId", "no such lot"));
        }
        String plate = null;
        try {
            plate = Plates.normalise(r.plate(), "plate");
        } catch (ProblemException e) {
            errors.addAll(e.errors());
        }
        Instant from = r.arriveFrom() == null ? now : r.arriveFrom();
        int window = r.windowMinutes() == null ? 30 : r.windowMinutes();
        int stay = r.stayMinutes() == null ? 60 : r.stayMinutes();
        if (from.isBefore(now.minus(Duration.ofMinutes(1)))) {
            errors.add(new Problem.FieldError("arriveFrom", "is in the past", ParkingProblemTypes.PAST));
        } else if (from.isAfter(now.plus(Duration.ofHours(24)))) {
            errors.add(new Problem.FieldError(
                    "arriveFrom", "must be within the next 24 hours", ParkingProblemTypes.TOO_FAR_AHEAD));
        }
        if (window < 5 || window > 120) {
            errors.add(new Problem.FieldError("windowMinutes", "must be between 5 and 120"));
        }
        if (stay < 15 || stay > 1440) {
            errors.add(new Problem.FieldError("stayMinutes", "must be between 15 and 1440"));
        } else if (stay < window) {
            errors.add(new Problem.FieldError(
                    "stayMinutes", "must be at least the arrival window", ParkingProblemTypes.BELOW_WINDOW));
        }
        if (lot != null) {
            if (lot.maxStayMinutes() != null && stay > lot.maxStayMinutes()) {
                errors.add(new Problem.FieldError(
                        "stayMinutes",
                        "this lot allows stays of at most " + lot.maxStayMinutes() + " minutes",
                        ParkingProblemTypes.ABOVE_LOT_MAXIMUM));
            }
            if (!lot.openAt(from, ClockProducer.CITY_ZONE)) {
                errors.add(new Problem.FieldError(
                        "arriveFrom", "the lot is closed at that time", ParkingProblemTypes.LOT_CLOSED));
            }
            if (r.spaceId() != null && lot.spaces().stream().noneMatch(s -> s.id() == r.spaceId())) {
                errors.add(new Problem.FieldError("spaceId", "not a space of this lot"));
            }
        }
        if (!errors.isEmpty()) {
            throw new ProblemException(Response.Status.BAD_REQUEST, "Some fields are invalid.", errors);
        }
        Instant arriveBy = from.plus(Duration.ofMinutes(window));
        Instant leaveBy = from.plus(Duration.ofMinutes(stay));
        long holdFen = lot.tariff().charge(from, leaveBy, ClockProducer.CITY_ZONE);

        Booking booking = null;
        List<LotInfo.SpaceInfo> candidates = candidates(lot, r, from, leaveBy, now);
        if (candidates.isEmpty()) {
            throw noSpace(r.spaceId() != null);
        }
        for (LotInfo.SpaceInfo space : candidates.subList(0, Math.min(3, candidates.size()))) {
            Booking b = new Booking();
            b.id = UUID.randomUUID();
            b.lotId = lot.id();
            b.spaceId = space.id();
            b.citizenId = citizenId;
            b.plate = plate;
            b.arriveFrom = from;
            b.arriveBy = arriveBy;
            b.leaveBy = leaveBy;
            b.status = Booking.Status.PENDING;
            b.holdFen = holdFen;
            b.idempotencyKey = idempotencyKey;
            b.requestHash = hash;
            b.createdAt = now;
            b.updatedAt = now;
            try {
                SqlStates.retryingTransient(5, () -> {
                    QuarkusTransaction.requiringNew().run(() -> {
                        lockSpace(em, b.spaceId);
                        em.persist(b);
                        em.flush();
                    });
                    return b;
                });
                booking = b;
                break;
            } catch (RuntimeException e) {
                if (SqlStates.is(e, SqlStates.UNIQUE_VIOLATION)) {
                    return replay(citizenId, idempotencyKey, hash).orElseThrow(() -> e);
                }
                if (!SqlStates.is(e, SqlStates.EXCLUSION_VIOLATION)) {
                    throw e;
                }
            }
        }
        if (booking == null) {
            throw noSpace(r.spaceId() != null);
        }
        Booking placed = booking;
        reservations.add(window(placed));
        PaymentView hold = null;
        if (holdFen > 0) {
            try {
                hold = payments.hold(new HoldRequest(
                        citizenId,
                        holdFen,
                        PAYEE,
                        PURPOSE,
                        placed.id.toString(),
                        "停车预约 Parking booking · " + lot.nameZh() + " " + label(placed.spaceId),
                        Duration.between(now, leaveBy).plus(HOLD_MARGIN),
                        "booking-hold:" + placed.id));
            } catch (RuntimeException e) {
                QuarkusTransaction.requiringNew()
                        .run(() -> em.createQuery("delete from Booking b where b.id = :id")
                                .setParameter("id", placed.id)
                                .executeUpdate());
                reservations.remove(placed.id, placed.spaceId, placed.lotId);
                throw e;
            }
        }
        UUID holdId = hold == null ? null : hold.id();
        // moving PENDING to BOOKED re-checks the exclusion constraint, which can deadlock with a conflicting insert
        return SqlStates.retryingTransient(
                5,
                () -> QuarkusTransaction.requiringNew().call(() -> {
                    Booking b = em.find(Booking.class, placed.id);
                    b.status = Booking.Status.BOOKED;
                    b.holdPaymentId = holdId;
                    b.updatedAt = clock.instant();
                    em.flush();
                    return view(b);
                }));
    }

    /**
     * Serialises, per space, the writes that the exclusion constraint checks (a new booking, PENDING to BOOKED, BOOKED
     * to ARRIVED) for the rest of the transaction. The constraint alone stays the guarantee against double booking,
     * but concurrent conflicting inserts into it wait on each other and PostgreSQL breaks the cycle with deadlock
     * errors: with a hundred drivers after one space that costs seconds. With the lock, they queue instead.
     */
    static void lockSpace(EntityManager em, long spaceId) {
        em.createNativeQuery("select pg_advisory_xact_lock(:ns, :key)")
                .setParameter("ns", SPACE_LOCKS)
                .setParameter("key", (int) (spaceId ^ (spaceId >>> 32)))
                .getSingleResult();
    }

    /** The first key of the two-key advisory locks on parking spaces ("PRKS"). */
    private static final int SPACE_LOCKS = 0x50524b53;

    private static ProblemException noSpace(boolean chosen) {
        return new ProblemException(
                Response.Status.CONFLICT,
                ParkingProblemTypes.SPACE_TAKEN,
                chosen ? "That space is already booked for that time." : "No space of this lot is free for that time.",
                List.of());
    }

    private List<LotInfo.SpaceInfo> candidates(
            LotInfo lot, BookingRequest r, Instant from, Instant leaveBy, Instant now) {
        boolean soon = from.isBefore(now.plus(Duration.ofMinutes(30)));
        List<LotInfo.SpaceInfo> out = new ArrayList<>();
        for (LotInfo.SpaceInfo s : lot.spaces()) {
            if (r.spaceId() != null && s.id() != r.spaceId()) {
                continue;
            }
            if ((r.ev() && !s.ev()) || (r.accessible() && !s.accessible())) {
                continue;
            }
            SpaceStatus status =
                    occupancy.space(s.id()).map(Occupancy.SpaceLive::status).orElse(SpaceStatus.unknown);
            if (status == SpaceStatus.closed || (soon && r.spaceId() == null && status != SpaceStatus.free)) {
                continue;
            }
            if (r.spaceId() == null && !reservations.free(s.id(), from, leaveBy)) {
                continue;
            }
            out.add(s);
        }
        // spaces without special equipment first, so that EV and accessible bays stay for those who need them
        out.sort(Comparator.comparing(
                        (LotInfo.SpaceInfo s) -> (s.ev() && !r.ev()) || (s.accessible() && !r.accessible()))
                .thenComparing(LotInfo.SpaceInfo::id));
        return out;
    }

    /** Cancels a booking before arrival and gives the hold back; cancelling twice answers the cancelled booking. */
    public BookingView cancel(String citizenId, UUID bookingId) {
        Booking b = QuarkusTransaction.requiringNew().call(() -> {
            Booking found = em.find(Booking.class, bookingId, LockModeType.PESSIMISTIC_WRITE);
            if (found == null || !found.citizenId.equals(citizenId)) {
                throw ProblemException.notFound("No booking " + bookingId + ".");
            }
            if (found.status == Booking.Status.BOOKED) {
                found.status = Booking.Status.CANCELLED;
                found.updatedAt = clock.instant();
            } else if (found.status != Booking.Status.CANCELLED) {
                throw ProblemException.conflict(
                        ParkingProblemTypes.NOT_CANCELLABLE,
                        "This booking is " + found.status.name().toLowerCase() + " and can no longer be cancelled.");
            }
            return found;
        });
        reservations.remove(b.id, b.spaceId, b.lotId);
        releaseHold(b, "booking-release:" + b.id);
        return view(b);
    }

    /** Ends the bookings whose arrival window has passed; returns how many. */
    public int expire(Instant now) {
        List<UUID> due = QuarkusTransaction.requiringNew()
                .call(() -> em.createQuery(
                                "select b.id from Booking b where b.status = :s and b.arriveBy < :now", UUID.class)
                        .setParameter("s", Booking.Status.BOOKED)
                        .setParameter("now", now)
                        .setMaxResults(500)
                        .getResultList());
        int expired = 0;
        for (UUID id : due) {
            Booking b = QuarkusTransaction.requiringNew().call(() -> {
                Booking found = em.find(Booking.class, id, LockModeType.PESSIMISTIC_WRITE);
                if (found == null || found.status != Booking.Status.BOOKED || !found.arriveBy.isBefore(now)) {
                    return null;
                }
                found.status = Booking.Status.EXPIRED;
                found.updatedAt = clock.instant();
                return found;
            });
            if (b != null) {
                reservations.remove(b.id, b.spaceId, b.lotId);
                releaseHold(b, "booking-release:" + b.id);
                expired++;
            }
        }
        // bookings left PENDING by a crash between the row and the hold
        List<Booking> stuck = QuarkusTransaction.requiringNew()
                .call(() -> em.createQuery(
                                "select b from Booking b where b.status = :s and b.createdAt < :limit", Booking.class)
                        .setParameter("s", Booking.Status.PENDING)
                        .setParameter("limit", now.minus(Duration.ofMinutes(2)))
                        .setMaxResults(100)
                        .getResultList());
        for (Booking b : stuck) {
            for (PaymentView p : payments.findByReference(PURPOSE, b.id.toString())) {
                if (p.status() == PaymentStatus.HELD) {
                    payments.release(p.id(), "booking-release:" + b.id);
                }
            }
            QuarkusTransaction.requiringNew()
                    .run(() -> em.createQuery("delete from Booking b where b.id = :id and b.status = :s")
                            .setParameter("id", b.id)
                            .setParameter("s", Booking.Status.PENDING)
                            .executeUpdate());
            reservations.remove(b.id, b.spaceId, b.lotId);
        }
        return expired;
    }

    private void releaseHold(Booking b, String key) {
        if (b.holdPaymentId == null) {
            return;
        }
        try {
            payments.release(b.holdPaymentId, key);
        } catch (ProblemException e) {
            if (e.status() != Response.Status.CONFLICT) {
                throw e;
            }
            // already released or expired in payments: nothing is held any more
        } catch (RuntimeException e) {
            // the hold runs out by itself (its timeout), so the money comes back even if this call failed
            LOG.warnf(e, "could not release the hold of booking %s now", b.id);
        }
    }

    public Optional<BookingView> find(String citizenId, UUID id) {
        return QuarkusTransaction.requiringNew()
                .call(() -> Optional.ofNullable(em.find(Booking.class, id))
                        .filter(b -> citizenId == null || b.citizenId.equals(citizenId))
                        .map(this::view));
    }

    public List<BookingView> mine(String citizenId, int limit) {
        return QuarkusTransaction.requiringNew()
                .call(() -> em
                        .createQuery("from Booking b where b.citizenId = :c order by b.createdAt desc", Booking.class)
                        .setParameter("c", citizenId)
                        .setMaxResults(limit)
                        .getResultList()
                        .stream()
                        .map(this::view)
                        .toList());
    }

    /** The newest bookings of every lot, for operators. */
    public List<BookingView> recent(int limit) {
        return QuarkusTransaction.requiringNew()
                .call(() -> em
                        .createQuery("from Booking b order by b.createdAt desc", Booking.class)
                        .setMaxResults(limit)
                        .getResultList()
                        .stream()
                        .map(this::view)
                        .toList());
    }

    /** Reads every live booking into memory (at start-up). */
    public void loadReservations() {
        QuarkusTransaction.requiringNew()
                .run(() -> em.createQuery("from Booking b where b.status in :s", Booking.class)
                        .setParameter(
                                "s", List.of(Booking.Status.PENDING, Booking.Status.BOOKED, Booking.Status.ARRIVED))
                        .getResultList()
                        .forEach(b -> reservations.add(window(b))));
    }

    static Reservations.Window window(Booking b) {
        return new Reservations.Window(b.id, b.spaceId, b.lotId, b.arriveFrom, b.arriveBy, b.leaveBy);
    }

    private Optional<BookingView> replay(String citizenId, String key, String hash) {
        return QuarkusTransaction.requiringNew()
                .call(() -> em.createQuery(
                                "from Booking b where b.citizenId = :c and b.idempotencyKey = :k", Booking.class)
                        .setParameter("c", citizenId)
                        .setParameter("k", key)
                        .getResultStream()
                        .findFirst()
                        .map(b -> {
                            if (!b.requestHash.equals(hash)) {
                                throw new ProblemException(
                                        Response.Status.CONFLICT,
                                        ParkingProblemTypes.KEY_REUSED,
                                        "This Idempotency-Key was used for another booking.",
                                        List.of());
                            }
                            return view(b);
                        }));
    }

    private String label(long spaceId) {
        return directory.space(spaceId).map(LotInfo.SpaceInfo::label).orElse("");
    }

    BookingView view(Booking b) {
        LotInfo lot = directory.lot(b.lotId).orElse(null);
        return new BookingView(
                b.id,
                b.lotId,
                lot == null ? b.lotId : lot.nameZh(),
                lot == null ? b.lotId : lot.nameEn(),
                b.spaceId,
                label(b.spaceId),
                b.plate,
                b.arriveFrom,
                b.arriveBy,
                b.leaveBy,
                b.status,
                b.holdFen,
                b.holdPaymentId,
                b.sessionId,
                b.createdAt);
    }

    private static String hash(BookingRequest r) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            String canonical = String.join(
                    "|",
                    String.valueOf(r.lotId()),
                    String.valueOf(r.spaceId()),
                    String.valueOf(r.plate()),
                    String.valueOf(r.arriveFrom()),
                    String.valueOf(r.windowMinutes()),
                    String.valueOf(r.stayMinutes()),
                    String.valueOf(r.ev()),
                    String.valueOf(r.accessible()));
            return HexFormat.of().formatHex(sha.digest(canonical.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
