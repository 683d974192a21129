package city.parking.internal;

import city.parking.api.event.SessionEnded;
import city.payments.api.ChargeRequest;
import city.payments.api.HoldRequest;
import city.payments.api.PaymentView;
import city.payments.api.Payments;
import city.platform.db.SqlStates;
import city.platform.rest.Problem;
import city.platform.rest.ProblemException;
import city.platform.time.ClockProducer;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.ws.rs.core.Response;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jboss.logging.Logger;

/**
 * Parking sessions: a stay from arrival to departure. A booked driver's session opens when the sensor of the booked
 * space sees the car; a drive-up session opens from the app or a gate. The session closes when the sensor sees the
 * space free (or the app or the gate says so); the lot's tariff prices the stay; the price is captured from the
 * wallet hold, the rest of the hold goes back, and a price above the hold is charged on top (or recorded as owed
 * when the wallet is short). Settling is retried with the same idempotency keys until it is done, so a crash never
 * charges twice nor forgets to charge.
 */
@ApplicationScoped
public class Sessions {

    private static final Logger LOG = Logger.getLogger(Sessions.class);
    /** A sensor saying "free" this soon after a session opened is the previous car leaving, not this one. */
    static final Duration SETTLE_TIME = Duration.ofMinutes(1);

    /** A drive-up session asked for in the app. */
    public record OpenRequest(String lotId, Long spaceId, String plate) {}

    private final EntityManager em;
    private final LotDirectory directory;
    private final Reservations reservations;
    private final Payments payments;
    private final Event<SessionEnded> ended;
    private final Clock clock;

    Sessions(
            EntityManager em,
            LotDirectory directory,
            Reservations reservations,
            Payments payments,
            Event<SessionEnded> ended,
            Clock clock) {
        this.em = em;
        this.directory = directory;
        this.reservations = reservations;
        this.payments = payments;
        this.ended = ended;
        this.clock = clock;
    }

    /** Opens a drive-up session from the app, with a wallet hold of the most a stay of a day can cost. */
    public SessionView openByApp(String citizenId, OpenRequest r, String key) {
        if (key == null || key.isBlank() || key.length() > 255) {
            throw ProblemException.invalidField("Idempotency-Key", "a key of 1 to 255 characters is required");
        }
        Optional<ParkingSession> earlier = byKey(citizenId, key);
        if (earlier.isPresent()) {
            return view(earlier.get());
        }
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
        Instant now = clock.instant();
        if (lot != null) {
            if (r.spaceId() != null && lot.spaces().stream().noneMatch(s -> s.id() == r.spaceId())) {
                errors.add(new Problem.FieldError("spaceId", "not a space of this lot"));
            } else if (r.spaceId() != null
                    && !reservations.reservedAt(lot.id(), now).isEmpty()
                    && reservations.reservedAt(lot.id(), now).contains(r.spaceId())) {
                errors.add(new Problem.FieldError("spaceId", "this space is booked by someone else now"));
            }
            if (!lot.openAt(now, ClockProducer.CITY_ZONE)) {
                errors.add(new Problem.FieldError("lotId", "the lot is closed now", ParkingProblemTypes.LOT_CLOSED));
            }
        }
        if (!errors.isEmpty()) {
            throw new ProblemException(Response.Status.BAD_REQUEST, "Some fields are invalid.", errors);
        }
        ParkingSession s = newSession(lot, r.spaceId(), citizenId, plate, ParkingSession.OpenedBy.APP, now);
        s.idempotencyKey = key;
        insert(s, () -> byKey(citizenId, key));
        return view(holdFor(s, lot, true));
    }

    /** A gate saw a plate drive in: opens its session (the same one if the gate reports it twice). */
    public SessionView gateEntry(String lotId, String plateInput, Instant at) {
        LotInfo lot = directory
                .lot(lotId)
                .filter(LotInfo::active)
                .orElseThrow(() -> ProblemException.invalidField("lotId", "no such lot"));
        String plate = Plates.normalise(plateInput, "plate");
        Optional<ParkingSession> open = openOfPlate(plate);
        if (open.isPresent()) {
            if (!open.get().lotId.equals(lotId)) {
                throw ProblemException.conflict(
                        ParkingProblemTypes.STAY_OPEN, "This plate has a stay open at lot " + open.get().lotId + ".");
            }
            return view(open.get());
        }
        String citizenId = QuarkusTransaction.requiringNew()
                .call(() -> Optional.ofNullable(em.find(Vehicle.class, plate))
                        .map(v -> v.citizenId)
                        .orElse(null));
        ParkingSession s = newSession(lot, null, citizenId, plate, ParkingSession.OpenedBy.GATE, at);
        insert(s, () -> openOfPlate(plate));
        // a wallet that cannot cover the hold does not keep the car out: the stay is charged at the exit
        return view(citizenId == null ? s : holdFor(s, lot, false));
    }

    /** A gate saw a plate drive out: closes and charges its stay. */
    public SessionView gateExit(String lotId, String plateInput, Instant at) {
        String plate = Plates.normalise(plateInput, "plate");
        Optional<ParkingSession> open = openOfPlate(plate).filter(s -> s.lotId.equals(lotId));
        if (open.isEmpty()) {
            // the gate retried an exit already recorded: answer the stay it closed
            return QuarkusTransaction.requiringNew()
                    .call(() -> em.createQuery(
                                    "from ParkingSession s where s.plate = :p and s.lotId = :l and s.status = :st"
                                            + " and s.endedAt >= :since order by s.endedAt desc",
                                    ParkingSession.class)
                            .setParameter("p", plate)
                            .setParameter("l", lotId)
                            .setParameter("st", ParkingSession.Status.CLOSED)
                            .setParameter("since", at.minus(Duration.ofMinutes(10)))
                            .setMaxResults(1)
                            .getResultStream()
                            .findFirst())
                    .map(this::view)
                    .orElseThrow(() -> ProblemException.notFound("No open stay of this plate at this lot."));
        }
        return close(open.get().id, at);
    }

    /** The driver ends a stay in the app. */
    public SessionView endByApp(String citizenId, UUID sessionId) {
        ParkingSession s = QuarkusTransaction.requiringNew().call(() -> em.find(ParkingSession.class, sessionId));
        if (s == null || !citizenId.equals(s.citizenId)) {
            throw ProblemException.notFound("No parking session " + sessionId + ".");
        }
        return close(sessionId, clock.instant());
    }

    /** A sensor saw a car arrive at, or leave, a space. */
    public void onSpaceChange(Occupancy.Change change) {
        if (change.occupied()) {
            arrive(change.spaceId(), change.at());
        } else {
            Optional<ParkingSession> open = QuarkusTransaction.requiringNew()
                    .call(() -> em.createQuery(
                                    "from ParkingSession s where s.spaceId = :sp and s.status = :st",
                                    ParkingSession.class)
                            .setParameter("sp", change.spaceId())
                            .setParameter("st", ParkingSession.Status.OPEN)
                            .getResultStream()
                            .findFirst());
            if (open.isPresent() && change.at().isAfter(open.get().startedAt.plus(SETTLE_TIME))) {
                close(open.get().id, change.at());
            }
        }
    }

    private void arrive(long spaceId, Instant at) {
        Optional<Booking> booked = QuarkusTransaction.requiringNew()
                .call(() -> em.createQuery(
                                "from Booking b where b.spaceId = :sp and b.status = :st and b.arriveFrom <= :early"
                                        + " and b.arriveBy >= :at",
                                Booking.class)
                        .setParameter("sp", spaceId)
                        .setParameter("st", Booking.Status.BOOKED)
                        .setParameter("early", at.plus(Bookings.EARLY_ARRIVAL))
                        .setParameter("at", at)
                        .getResultStream()
                        .findFirst());
        if (booked.isEmpty() || reservations.hasOpenSession(spaceId)) {
            return;
        }
        UUID bookingId = booked.get().id;
        try {
            ParkingSession opened = SqlStates.retryingTransient(
                    5,
                    () -> QuarkusTransaction.requiringNew().call(() -> {
                        Bookings.lockSpace(em, spaceId);
                        Booking b = em.find(Booking.class, bookingId, LockModeType.PESSIMISTIC_WRITE);
                        if (b.status != Booking.Status.BOOKED) {
                            return null;
                        }
                        LotInfo lot = directory.lot(b.lotId).orElseThrow();
                        ParkingSession s =
                                newSession(lot, b.spaceId, b.citizenId, b.plate, ParkingSession.OpenedBy.BOOKING, at);
                        s.bookingId = b.id;
                        s.holdPaymentId = b.holdPaymentId;
                        s.holdFen = b.holdPaymentId == null ? 0 : b.holdFen;
                        em.persist(s);
                        b.status = Booking.Status.ARRIVED;
                        b.sessionId = s.id;
                        b.updatedAt = clock.instant();
                        em.flush();
                        return s;
                    }));
            if (opened != null) {
                reservations.sessionOpened(opened.spaceId);
            }
        } catch (RuntimeException e) {
            if (!SqlStates.is(e, SqlStates.UNIQUE_VIOLATION)) {
                throw e;
            }
            // the plate or the space has another stay open: the booking waits, and expires if nobody comes
        }
    }

    /** Ends a stay at {@code endedAt} and charges it; closing a closed stay answers it as it is. */
    public SessionView close(UUID sessionId, Instant endedAt) {
        ParkingSession closed = QuarkusTransaction.requiringNew().call(() -> {
            ParkingSession s = em.find(ParkingSession.class, sessionId, LockModeType.PESSIMISTIC_WRITE);
            if (s == null) {
                throw ProblemException.notFound("No parking session " + sessionId + ".");
            }
            if (s.status == ParkingSession.Status.OPEN) {
                LotInfo lot = directory.lot(s.lotId).orElseThrow();
                s.endedAt = endedAt.isBefore(s.startedAt) ? s.startedAt : endedAt;
                s.status = ParkingSession.Status.CLOSED;
                s.chargeFen = lot.tariff().charge(s.startedAt, s.endedAt, ClockProducer.CITY_ZONE);
                if (s.bookingId != null) {
                    Booking b = em.find(Booking.class, s.bookingId, LockModeType.PESSIMISTIC_WRITE);
                    b.status = Booking.Status.COMPLETED;
                    b.updatedAt = clock.instant();
                }
            }
            return s;
        });
        reservations.sessionClosed(closed.spaceId);
        if (closed.bookingId != null && closed.spaceId != null) {
            reservations.remove(closed.bookingId, closed.spaceId, closed.lotId);
        }
        return view(settle(closed.id));
    }

    /** Settles every closed stay whose money is not settled yet (after a crash or a payments outage). */
    public int settlePending() {
        List<UUID> due = QuarkusTransaction.requiringNew()
                .call(() -> em.createQuery(
                                "select s.id from ParkingSession s where s.status = :st and s.settledAt is null"
                                        + " and s.endedAt < :before",
                                UUID.class)
                        .setParameter("st", ParkingSession.Status.CLOSED)
                        .setParameter("before", clock.instant().minusSeconds(30))
                        .setMaxResults(200)
                        .getResultList());
        int done = 0;
        for (UUID id : due) {
            try {
                settle(id);
                done++;
            } catch (RuntimeException e) {
                LOG.warnf(e, "parking session %s: settlement will be retried", id);
            }
        }
        return done;
    }

    private ParkingSession settle(UUID id) {
        ParkingSession s = QuarkusTransaction.requiringNew().call(() -> em.find(ParkingSession.class, id));
        if (s.settledAt != null || s.status != ParkingSession.Status.CLOSED) {
            return s;
        }
        long charge = s.chargeFen;
        long paid = 0;
        long owed = 0;
        if (s.citizenId == null) {
            owed = charge;
        } else {
            if (s.holdPaymentId != null) {
                long take = Math.min(charge, s.holdFen);
                try {
                    if (take > 0) {
                        paid = payments.capture(s.holdPaymentId, take, "session-capture:" + id)
                                .capturedFen();
                    } else {
                        payments.release(s.holdPaymentId, "session-release:" + id);
                    }
                } catch (ProblemException e) {
                    if (e.status() != Response.Status.CONFLICT) {
                        throw e;
                    }
                    // the hold ran out or was already given back: charge the whole price instead
                }
            }
            long rest = charge - paid;
            if (rest > 0) {
                LotInfo lot = directory.lot(s.lotId).orElseThrow();
                try {
                    PaymentView p = payments.charge(new ChargeRequest(
                            s.citizenId,
                            rest,
                            Bookings.PAYEE,
                            Bookings.PURPOSE,
                            id.toString(),
                            "停车费 Parking · " + lot.nameZh(),
                            "session-charge:" + id));
                    paid += p.amountFen();
                } catch (ProblemException e) {
                    if (e.status().getStatusCode() != 402) {
                        throw e;
                    }
                    owed = rest;
                }
            }
        }
        long paidFen = paid;
        long owedFen = owed;
        ParkingSession settled = QuarkusTransaction.requiringNew().call(() -> {
            ParkingSession row = em.find(ParkingSession.class, id, LockModeType.PESSIMISTIC_WRITE);
            if (row.settledAt == null) {
                row.paidFen = paidFen;
                row.owedFen = owedFen;
                row.settledAt = clock.instant();
            }
            return row;
        });
        ended.fire(new SessionEnded(
                settled.id,
                settled.lotId,
                settled.citizenId,
                settled.startedAt,
                settled.endedAt,
                settled.chargeFen,
                settled.paidFen,
                settled.owedFen));
        return settled;
    }

    private ParkingSession holdFor(ParkingSession s, LotInfo lot, boolean required) {
        Instant now = clock.instant();
        Duration longest = lot.maxStayMinutes() == null
                ? Duration.ofHours(24)
                : Duration.ofMinutes(Math.min(1440, lot.maxStayMinutes()));
        long amount = lot.tariff().charge(now, now.plus(longest), ClockProducer.CITY_ZONE);
        if (amount == 0) {
            return s;
        }
        PaymentView hold;
        try {
            hold = payments.hold(new HoldRequest(
                    s.citizenId,
                    amount,
                    Bookings.PAYEE,
                    Bookings.PURPOSE,
                    s.id.toString(),
                    "停车 Parking · " + lot.nameZh(),
                    longest.plus(Bookings.HOLD_MARGIN),
                    "session-hold:" + s.id));
        } catch (RuntimeException e) {
            if (!required) {
                return s;
            }
            QuarkusTransaction.requiringNew()
                    .run(() -> em.createQuery("delete from ParkingSession s where s.id = :id")
                            .setParameter("id", s.id)
                            .executeUpdate());
            reservations.sessionClosed(s.spaceId);
            throw e;
        }
        return QuarkusTransaction.requiringNew().call(() -> {
            ParkingSession row = em.find(ParkingSession.class, s.id);
            row.holdPaymentId = hold.id();
            row.holdFen = amount;
            return row;
        });
    }

    private ParkingSession newSession(
            LotInfo lot, Long spaceId, String citizenId, String plate, ParkingSession.OpenedBy by, Instant at) {
        ParkingSession s = new ParkingSession();
        s.id = UUID.randomUUID();
        s.lotId = lot.id();
        s.spaceId = spaceId;
        s.citizenId = citizenId;
        s.plate = plate;
        s.openedBy = by;
        s.startedAt = at;
        s.status = ParkingSession.Status.OPEN;
        s.createdAt = clock.instant();
        return s;
    }

    private void insert(ParkingSession s, java.util.function.Supplier<Optional<ParkingSession>> existing) {
        try {
            QuarkusTransaction.requiringNew().run(() -> {
                em.persist(s);
                em.flush();
            });
            reservations.sessionOpened(s.spaceId);
        } catch (RuntimeException e) {
            if (!SqlStates.is(e, SqlStates.UNIQUE_VIOLATION)) {
                throw e;
            }
            throw ProblemException.conflict(
                    ParkingProblemTypes.STAY_OPEN,
                    existing.get().isPresent()
                            ? "This plate or space already has a stay open."
                            : "This plate or space already has a stay open.");
        }
    }

    private Optional<ParkingSession> byKey(String citizenId, String key) {
        return QuarkusTransaction.requiringNew()
                .call(() -> em.createQuery(
                                "from ParkingSession s where s.citizenId = :c and s.idempotencyKey = :k",
                                ParkingSession.class)
                        .setParameter("c", citizenId)
                        .setParameter("k", key)
                        .getResultStream()
                        .findFirst());
    }

    private Optional<ParkingSession> openOfPlate(String plate) {
        return QuarkusTransaction.requiringNew()
                .call(() -> em.createQuery(
                                "from ParkingSession s where s.plate = :p and s.status = :st", ParkingSession.class)
                        .setParameter("p", plate)
                        .setParameter("st", ParkingSession.Status.OPEN)
                        .getResultStream()
                        .findFirst());
    }

    public Optional<SessionView> find(String citizenId, UUID id) {
        return QuarkusTransaction.requiringNew()
                .call(() -> Optional.ofNullable(em.find(ParkingSession.class, id))
                        .filter(s -> citizenId == null || citizenId.equals(s.citizenId))
                        .map(this::view));
    }

    public List<SessionView> mine(String citizenId, int limit) {
        return QuarkusTransaction.requiringNew()
                .call(() -> em
                        .createQuery(
                                "from ParkingSession s where s.citizenId = :c order by s.startedAt desc",
                                ParkingSession.class)
                        .setParameter("c", citizenId)
                        .setMaxResults(limit)
                        .getResultList()
                        .stream()
                        .map(this::view)
                        .toList());
    }

    public List<SessionView> recent(int limit) {
        return QuarkusTransaction.requiringNew()
                .call(() -> em
                        .createQuery("from ParkingSession s order by s.startedAt desc", ParkingSession.class)
                        .setMaxResults(limit)
                        .getResultList()
                        .stream()
                        .map(this::view)
                        .toList());
    }

    /** Reads the spaces with an open stay into memory (at start-up). */
    public void loadOpen() {
        QuarkusTransaction.requiringNew()
                .run(() -> em.createQuery(
                                "select s.spaceId from ParkingSession s where s.status = :st and s.spaceId is not null",
                                Long.class)
                        .setParameter("st", ParkingSession.Status.OPEN)
                        .getResultList()
                        .forEach(reservations::sessionOpened));
    }

    SessionView view(ParkingSession s) {
        LotInfo lot = directory.lot(s.lotId).orElse(null);
        Map<LocalDate, Long> byDay = lot == null || s.endedAt == null
                ? Map.of()
                : lot.tariff().breakdown(s.startedAt, s.endedAt, ClockProducer.CITY_ZONE);
        return new SessionView(
                s.id,
                s.lotId,
                lot == null ? s.lotId : lot.nameZh(),
                lot == null ? s.lotId : lot.nameEn(),
                s.spaceId,
                s.spaceId == null
                        ? null
                        : directory
                                .space(s.spaceId)
                                .map(LotInfo.SpaceInfo::label)
                                .orElse(null),
                s.plate,
                s.openedBy,
                s.bookingId,
                s.startedAt,
                s.endedAt,
                s.status,
                s.holdFen,
                s.chargeFen,
                s.paidFen,
                s.owedFen,
                byDay,
                lot == null ? null : lot.tariff());
    }
}
