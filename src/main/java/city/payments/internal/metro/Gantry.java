package city.payments.internal.metro;

import city.payments.internal.Wallets;
import city.payments.internal.ledger.AccountsChanged;
import city.payments.internal.ledger.Ledger;
import city.payments.internal.ledger.LedgerAccount;
import city.payments.internal.paycode.PayCodeClaims;
import city.payments.internal.paycode.PayCodeRejected;
import city.payments.internal.paycode.PayCodes;
import city.platform.rest.ProblemException;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import javax.sql.DataSource;

/**
 * Decides gantry taps. A tap is decided from memory (the rider's open trip, this month's and today's fares, a
 * recent balance), written to the tap journal, and answered once the journal has committed it; the fare moves in the
 * ledger shortly after, through {@link FareSettler}. A balance stays in memory until the ledger moves money of
 * that account. Taps of one rider are decided one at a time, in order.
 */
@ApplicationScoped
public class Gantry {

    static final ZoneId CITY_ZONE = ZoneId.of("Asia/Shanghai");
    /** Balances are dropped whenever the ledger moves money of the account; this only bounds any surprise. */
    static final Duration BALANCE_TTL = Duration.ofMinutes(5);

    static final Duration RECENT_TAPS = Duration.ofMinutes(10);
    static final Duration IDLE_RIDER = Duration.ofHours(2);
    static final Duration FUTURE_SKEW = Duration.ofMinutes(5);
    static final Duration MAX_DELAY = Duration.ofDays(7);

    private record CachedBalance(long available, Instant at) {}

    private record Recent(TapDecision decision, Instant at) {}

    private final MetroNetworkLoader network;
    private final FareRules rules;
    private final MetroFareConfig config;
    private final TransitCards cards;
    private final PayCodes payCodes;
    private final Wallets wallets;
    private final Ledger ledger;
    private final TapJournal journal;
    private final DataSource dataSource;
    private final Clock clock;
    private final ConcurrentMap<String, Rider> riders = new ConcurrentHashMap<>();
    private final ConcurrentMap<Long, CachedBalance> balances = new ConcurrentHashMap<>();
    private final ConcurrentMap<UUID, Recent> recent = new ConcurrentHashMap<>();

    Gantry(
            MetroNetworkLoader network,
            MetroFareConfig config,
            TransitCards cards,
            PayCodes payCodes,
            Wallets wallets,
            Ledger ledger,
            TapJournal journal,
            DataSource dataSource,
            Clock clock) {
        this.network = network;
        this.config = config;
        this.rules = FareRules.forNetwork(network.network(), config);
        this.cards = cards;
        this.payCodes = payCodes;
        this.wallets = wallets;
        this.ledger = ledger;
        this.journal = journal;
        this.dataSource = dataSource;
        this.clock = clock;
    }

    public FareRules rules() {
        return rules;
    }

    /**
     * Decides a tap. The returned stage completes when the decision is durable.
     *
     * @throws ProblemException 400 for an unknown station or a tap time far from now
     */
    public CompletionStage<TapDecision> tap(Tap tap) {
        Recent seen = recent.get(tap.tapId());
        if (seen != null) {
            return CompletableFuture.completedFuture(seen.decision());
        }
        Instant now = clock.instant();
        validate(tap);
        List<TapJournal.TripRow> trips = new ArrayList<>(2);
        String medium;
        Rider rider;
        if (tap.card() != null) {
            var card = cards.lookup(tap.card()).orElse(null);
            if (card == null) {
                return record(tap, now, "card:" + tap.card(), trips, deny(tap, TapDecision.Reason.UNKNOWN_CARD));
            }
            medium = "card:" + card.number();
            if (card.status() != TransitCard.Status.ACTIVE) {
                return record(tap, now, medium, trips, deny(tap, TapDecision.Reason.CARD_BLOCKED));
            }
            rider = rider(medium, card.accountId(), card.ownerId());
        } else {
            PayCodeClaims claims;
            try {
                claims = payCodes.consume(tap.payCode());
            } catch (PayCodeRejected e) {
                return record(tap, now, "code:invalid", trips, deny(tap, TapDecision.Reason.PAY_CODE_REFUSED));
            }
            if (!claims.payerRef().startsWith(Wallets.PREFIX)) {
                return record(tap, now, "code:invalid", trips, deny(tap, TapDecision.Reason.PAY_CODE_REFUSED));
            }
            String subject = claims.payerRef().substring(Wallets.PREFIX.length());
            medium = claims.payerRef();
            rider = rider(medium, wallets.accountId(subject), subject);
        }
        synchronized (rider) {
            TapDecision decision =
                    tap.direction() == Tap.Direction.IN ? tapIn(tap, rider, trips) : tapOut(tap, rider, trips);
            // queued while holding the rider, so the journal sees this rider's taps in decision order
            return record(tap, now, medium, trips, decision);
        }
    }

    private TapDecision tapIn(Tap tap, Rider rider, List<TapJournal.TripRow> trips) {
        if (rider.unpaidFares) {
            return deny(tap, TapDecision.Reason.UNPAID_FARES);
        }
        TapDecision.Reason reason = null;
        if (rider.open != null) {
            Duration inside = Duration.between(rider.open.enteredAt(), tap.tappedAt());
            if (rider.open.station().equals(tap.station()) && inside.compareTo(Duration.ofMinutes(20)) < 0) {
                return deny(tap, TapDecision.Reason.ALREADY_INSIDE);
            }
            trips.add(closeUnfinished(rider, tap.tappedAt()));
            reason = TapDecision.Reason.PREVIOUS_TRIP_UNFINISHED;
        }
        long minimum = FareRules.baseFareFen(0);
        if (available(rider.accountId) - rider.unsettledFen < minimum) {
            return deny(tap, TapDecision.Reason.INSUFFICIENT_BALANCE);
        }
        var open = new Rider.OpenTrip(UUID.randomUUID(), tap.station(), tap.gantryId(), tap.tappedAt());
        rider.open = open;
        trips.add(tripRow(rider, open, null, null, null, "OPEN", null));
        return new TapDecision(tap.tapId(), TapDecision.Outcome.OPEN, reason, open.id(), null, null);
    }

    private TapDecision tapOut(Tap tap, Rider rider, List<TapJournal.TripRow> trips) {
        var open = rider.open;
        if (open == null) {
            return deny(tap, TapDecision.Reason.NO_TAP_IN);
        }
        Duration inside = Duration.between(open.enteredAt(), tap.tappedAt());
        if (inside.isNegative()) {
            inside = Duration.ZERO;
        }
        rider.rollTo(LocalDate.ofInstant(open.enteredAt(), CITY_ZONE));
        Fare fare = rules.fare(new FareInput(
                network.network().distanceMeters(open.station(), tap.station()),
                inside,
                rider.paidMonth,
                rider.paidDay,
                rider.concessionPercent));
        rider.paidMonth += fare.totalFen() - fare.surchargeFen();
        rider.paidDay += fare.totalFen() - fare.surchargeFen();
        rider.unsettledFen += fare.totalFen();
        rider.open = null;
        trips.add(tripRow(rider, open, tap.station(), tap.gantryId(), tap.tappedAt(), "COMPLETED", fare));
        // the gate opens even when the balance may not cover the fare: no one is kept inside; the debt blocks the
        // next tap in until it is paid
        return new TapDecision(tap.tapId(), TapDecision.Outcome.OPEN, null, open.id(), fare.totalFen(), fare);
    }

    private TapJournal.TripRow closeUnfinished(Rider rider, Instant at) {
        var open = rider.open;
        Fare fare = rules.missingTapOut(network.network(), open.station());
        rider.unsettledFen += fare.totalFen();
        rider.open = null;
        return tripRow(rider, open, null, null, at, "INCOMPLETE", fare);
    }

    /** The journal row of a rider's trip as it stands after a tap; exit and fare are null while it is open. */
    private static TapJournal.TripRow tripRow(
            Rider rider,
            Rider.OpenTrip open,
            String exitStation,
            String exitGantry,
            Instant exitedAt,
            String status,
            Fare fare) {
        return new TapJournal.TripRow(
                open.id(),
                rider.medium,
                rider.accountId,
                rider.ownerId,
                open.station(),
                open.gantry(),
                open.enteredAt(),
                exitStation,
                exitGantry,
                exitedAt,
                status,
                fare);
    }

    /**
     * Closes trips that stayed open longer than the missing tap-out limit, charging the missing tap-out fare;
     * returns how many.
     */
    public int closeAbandonedTrips() {
        Instant cutoff = clock.instant().minus(config.missingTapOutAfter());
        List<Object[]> stale = QuarkusTransaction.joiningExisting()
                .call(() -> query(
                        "select medium, account_id, owner_id from payments.trip where status = 'OPEN' and entered_at < ?"
                                + " order by entered_at limit 1000",
                        ps -> ps.setTimestamp(1, Timestamp.from(cutoff)),
                        rs -> new Object[] {rs.getString(1), rs.getLong(2), rs.getString(3)}));
        int closed = 0;
        for (Object[] row : stale) {
            Rider rider = rider((String) row[0], (Long) row[1], (String) row[2]);
            synchronized (rider) {
                if (rider.open != null && rider.open.enteredAt().isBefore(cutoff)) {
                    var trip = closeUnfinished(rider, clock.instant());
                    journal.append(List.of(trip), systemTap(rider, trip)).join();
                    closed++;
                }
            }
        }
        return closed;
    }

    void onAccountsChanged(@Observes(during = TransactionPhase.AFTER_SUCCESS) AccountsChanged change) {
        balances.remove(change.debitAccountId());
        balances.remove(change.creditAccountId());
    }

    /** Told by the settler: a fare of this rider moved in the ledger, or could not. */
    void settled(String medium, long accountId, long fareFen, boolean paid) {
        balances.remove(accountId);
        Rider rider = riders.get(medium);
        if (rider == null) {
            return;
        }
        synchronized (rider) {
            if (paid) {
                rider.unsettledFen = Math.max(0, rider.unsettledFen - fareFen);
            }
            rider.unpaidFares = !paid;
        }
    }

    /**
     * Forgets riders who are not inside, owe nothing and have not tapped for {@link #IDLE_RIDER}, so memory holds the
     * day's active riders (a few hundred bytes each) and a returning rider costs one read.
     */
    public void forgetIdleRiders() {
        Instant idle = clock.instant().minus(IDLE_RIDER);
        riders.values().removeIf(r -> {
            synchronized (r) {
                return r.open == null
                        && r.unsettledFen == 0
                        && !r.unpaidFares
                        && (r.lastSeen == null || r.lastSeen.isBefore(idle));
            }
        });
        Instant old = clock.instant().minus(RECENT_TAPS);
        recent.values().removeIf(r -> r.at().isBefore(old));
        balances.values().removeIf(b -> b.at().isBefore(idle));
    }

    private CompletionStage<TapDecision> record(
            Tap tap, Instant now, String medium, List<TapJournal.TripRow> trips, TapDecision decision) {
        var row = new TapJournal.TapRow(
                tap.tapId(),
                tap.gantryId(),
                tap.station(),
                tap.direction().name(),
                medium,
                tap.tappedAt(),
                now,
                decision.outcome().name(),
                decision.reason() == null ? null : decision.reason().name(),
                decision.tripId(),
                decision.fareFen());
        return journal.append(trips, row).handle((ok, failure) -> {
            if (failure != null) {
                // memory may now be ahead of the database: read this rider again on the next tap
                riders.remove(medium);
                throw new IllegalStateException("the tap could not be recorded", failure);
            }
            recent.put(tap.tapId(), new Recent(decision, now));
            return decision;
        });
    }

    private TapJournal.TapRow systemTap(Rider rider, TapJournal.TripRow trip) {
        return new TapJournal.TapRow(
                UUID.randomUUID(),
                "system",
                trip.entryStation(),
                "OUT",
                rider.medium,
                trip.exitedAt(),
                clock.instant(),
                "CLOSED",
                "MISSING_TAP_OUT",
                trip.id(),
                trip.fare().totalFen());
    }

    private static TapDecision deny(Tap tap, TapDecision.Reason reason) {
        return TapDecision.deny(tap.tapId(), reason);
    }

    /**
     * Checks what the gantry sent against the network and the clock.
     *
     * @throws ProblemException 400 naming the field
     */
    public void validate(Tap tap) {
        Instant now = clock.instant();
        if (!network.network().hasStation(tap.station())) {
            throw ProblemException.invalidField("station", "is not a station of the network");
        }
        if ((tap.card() == null) == (tap.payCode() == null)) {
            throw ProblemException.invalidField("card", "send either card or payCode");
        }
        if (tap.tappedAt().isAfter(now.plus(FUTURE_SKEW)) || tap.tappedAt().isBefore(now.minus(MAX_DELAY))) {
            throw ProblemException.invalidField("tappedAt", "must be within the last 7 days and not in the future");
        }
    }

    private long available(long accountId) {
        Instant now = clock.instant();
        CachedBalance cached = balances.get(accountId);
        if (cached == null || cached.at().plus(BALANCE_TTL).isBefore(now)) {
            long available =
                    ledger.findAccount(accountId).map(LedgerAccount::available).orElse(0L);
            cached = new CachedBalance(available, now);
            balances.put(accountId, cached);
        }
        return cached.available();
    }

    private Rider rider(String medium, long accountId, String ownerId) {
        Rider known = riders.get(medium);
        if (known != null) {
            return known;
        }
        Rider loaded = load(medium, accountId, ownerId);
        Rider raced = riders.putIfAbsent(medium, loaded);
        return raced == null ? loaded : raced;
    }

    /**
     * Reads a rider back from the trips table (after a restart, or when first seen) together with the account's
     * balance: one statement, one round trip, no transaction needed for a single read.
     */
    private Rider load(String medium, long accountId, String ownerId) {
        Rider rider = new Rider(medium, accountId, ownerId);
        Instant now = clock.instant();
        LocalDate today = LocalDate.ofInstant(now, CITY_ZONE);
        rider.rollTo(today);
        Instant monthStart = today.withDayOfMonth(1).atStartOfDay(CITY_ZONE).toInstant();
        Instant dayStart = today.atStartOfDay(CITY_ZONE).toInstant();
        query(
                """
                        select o.id, o.entry_station, o.entry_gantry, o.entered_at, s.month, s.day, s.unsettled,
                               s.unpaid, a.available, c.percent
                          from (select coalesce(sum(fare_fen - surcharge_fen) filter (where entered_at >= ?
                                           and status = 'COMPLETED'), 0) as month,
                                       coalesce(sum(fare_fen - surcharge_fen) filter (where entered_at >= ?
                                           and status = 'COMPLETED'), 0) as day,
                                       coalesce(sum(fare_fen) filter (where settled_at is null), 0) as unsettled,
                                       count(*) filter (where settled_at is null and settle_error is not null) as unpaid
                                  from payments.trip
                                 where medium = ? and status <> 'OPEN'
                                   and (entered_at >= ? or settled_at is null)) s
                          left join payments.trip o on o.medium = ? and o.status = 'OPEN'
                          left join (select credits_posted - debits_posted - debits_pending as available
                                       from payments.account where id = ?) a on true
                          left join (select coalesce(max(percent_off), 0) as percent
                                       from payments.fare_concession where owner_id = ?) c on true""",
                ps -> {
                    ps.setTimestamp(1, Timestamp.from(monthStart));
                    ps.setTimestamp(2, Timestamp.from(dayStart));
                    ps.setString(3, medium);
                    ps.setTimestamp(4, Timestamp.from(monthStart));
                    ps.setString(5, medium);
                    ps.setLong(6, accountId);
                    ps.setString(7, ownerId);
                },
                rs -> {
                    UUID open = rs.getObject(1, UUID.class);
                    if (open != null) {
                        rider.open = new Rider.OpenTrip(
                                open,
                                rs.getString(2),
                                rs.getString(3),
                                rs.getTimestamp(4).toInstant());
                    }
                    rider.paidMonth = rs.getLong(5);
                    rider.paidDay = rs.getLong(6);
                    rider.unsettledFen = rs.getLong(7);
                    rider.unpaidFares = rs.getLong(8) > 0;
                    balances.put(accountId, new CachedBalance(rs.getLong(9), now));
                    rider.concessionPercent = rs.getInt(10);
                    return rider;
                });
        return rider;
    }

    @FunctionalInterface
    interface Binder {
        void bind(PreparedStatement ps) throws SQLException;
    }

    @FunctionalInterface
    interface Mapper<T> {
        T map(ResultSet rs) throws SQLException;
    }

    private <T> List<T> query(String sql, Binder binder, Mapper<T> mapper) {
        try (Connection c = dataSource.getConnection();
                PreparedStatement ps = c.prepareStatement(sql)) {
            binder.bind(ps);
            List<T> rows = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    rows.add(mapper.map(rs));
                }
            }
            return rows;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * A concession granted to (or changed for) a citizen reaches the riders of their cards and wallet that are held in
     * memory; riders read later get it from the table.
     */
    void concessionChanged(String ownerId, int percent) {
        for (Rider rider : riders.values()) {
            if (ownerId.equals(rider.ownerId)) {
                synchronized (rider) {
                    rider.concessionPercent = percent;
                }
            }
        }
    }

    /** Drops everything held in memory, as a restart would; it is read back from the trips on the next taps. */
    public void forgetEverything() {
        riders.clear();
        balances.clear();
        recent.clear();
    }
}
