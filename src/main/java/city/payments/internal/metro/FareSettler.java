package city.payments.internal.metro;

import city.payments.internal.ledger.Ledger;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.jboss.logging.Logger;

/**
 * Moves finished trips' fares into the ledger, a batch at a time: the trip id is the transfer id, so a trip is paid
 * once however often this runs. Accounts are locked in id order (as every ledger transfer does), each rider's fares
 * are paid in trip order while the balance lasts, and a trip the balance cannot pay waits, blocking the card's next
 * tap in, until the rider tops up.
 */
@ApplicationScoped
public class FareSettler {

    private static final Logger LOG = Logger.getLogger(FareSettler.class);
    static final int BATCH = 2_000;
    public static final String INSUFFICIENT = "INSUFFICIENT_FUNDS";

    private record Due(UUID trip, String medium, long accountId, long fare, boolean failedBefore) {}

    private final DataSource dataSource;
    private final Ledger ledger;
    private final Gantry gantry;
    private final Clock clock;

    FareSettler(DataSource dataSource, Ledger ledger, Gantry gantry, Clock clock) {
        this.dataSource = dataSource;
        this.ledger = ledger;
        this.gantry = gantry;
        this.clock = clock;
    }

    @Scheduled(every = "${city.fare-settlement.every:1s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void settleOnSchedule() {
        settleAll();
    }

    @Scheduled(every = "1m", delayed = "30s", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void housekeeping() {
        int closed = gantry.closeAbandonedTrips();
        if (closed > 0) {
            LOG.infof("closed %d trips without a tap out", closed);
        }
        gantry.forgetIdleRiders();
    }

    /** Settles until nothing new is due; returns how many trips were paid. */
    public int settleAll() {
        int paid = 0;
        while (true) {
            int[] result = settleBatch();
            paid += result[0];
            if (result[1] < BATCH) {
                return paid;
            }
        }
    }

    /** One batch: returns {paid, fresh trips selected}. */
    private int[] settleBatch() {
        long revenue = ledger.accountId("revenue:metro");
        List<Due> due = new ArrayList<>();
        List<Due> paid = new ArrayList<>();
        List<Due> unpaid = new ArrayList<>();
        QuarkusTransaction.requiringNew().run(() -> {
            try (Connection c = dataSource.getConnection()) {
                try (PreparedStatement ps = c.prepareStatement("""
                        select id, medium, account_id, fare_fen, settle_error is not null from payments.trip
                         where settled_at is null and status <> 'OPEN'
                         order by settle_error nulls first, exited_at, id limit ? for update skip locked""")) {
                    ps.setInt(1, BATCH);
                    try (ResultSet rs = ps.executeQuery()) {
                        while (rs.next()) {
                            due.add(new Due(
                                    rs.getObject(1, UUID.class),
                                    rs.getString(2),
                                    rs.getLong(3),
                                    rs.getLong(4),
                                    rs.getBoolean(5)));
                        }
                    }
                }
                if (due.isEmpty()) {
                    return;
                }
                Map<Long, Long> available = lockAccounts(c, due, revenue);
                Map<Long, Long> debits = new TreeMap<>();
                for (Due d : due) {
                    long left = available.get(d.accountId());
                    if (d.fare() == 0 || left >= d.fare()) {
                        available.put(d.accountId(), left - d.fare());
                        debits.merge(d.accountId(), d.fare(), Long::sum);
                        paid.add(d);
                    } else {
                        unpaid.add(d);
                    }
                }
                post(c, paid, debits, revenue);
                mark(c, paid, null);
                mark(c, unpaid, INSUFFICIENT);
            } catch (SQLException e) {
                throw new IllegalStateException("settling fares failed: " + e.getMessage(), e);
            }
        });
        // after the commit: the gantries' memory follows the ledger
        paid.forEach(d -> gantry.settled(d.medium(), d.accountId(), d.fare(), true));
        unpaid.forEach(d -> gantry.settled(d.medium(), d.accountId(), d.fare(), false));
        long fresh = due.stream().filter(d -> !d.failedBefore()).count();
        return new int[] {paid.size(), (int) fresh};
    }

    /** Locks the accounts in id order and returns what each can spend (revenue accounts never pay here). */
    private Map<Long, Long> lockAccounts(Connection c, List<Due> due, long revenue) throws SQLException {
        Long[] ids = Stream.concat(due.stream().map(Due::accountId), Stream.of(revenue))
                .distinct()
                .sorted()
                .toArray(Long[]::new);
        Map<Long, Long> available = new LinkedHashMap<>();
        try (PreparedStatement ps = c.prepareStatement("select id, case when may_go_negative then 9223372036854775807"
                + " else credits_posted - debits_posted - debits_pending end"
                + " from payments.account where id = any(?) order by id for update")) {
            Array array = c.createArrayOf("bigint", ids);
            ps.setArray(1, array);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    available.put(rs.getLong(1), rs.getLong(2));
                }
            }
        }
        return available;
    }

    private void post(Connection c, List<Due> paid, Map<Long, Long> debits, long revenue) throws SQLException {
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        long total = 0;
        try (PreparedStatement insert = c.prepareStatement("""
                insert into payments.transfer (id, kind, debit_account_id, credit_account_id, amount, code, reference,
                    description, created_at)
                values (?, 'POSTED', ?, ?, ?, 'METRO_FARE', ?, ?, ?)""")) {
            for (Due d : paid) {
                if (d.fare() == 0) {
                    continue;
                }
                insert.setObject(1, d.trip());
                insert.setLong(2, d.accountId());
                insert.setLong(3, revenue);
                insert.setLong(4, d.fare());
                insert.setString(5, d.trip().toString());
                insert.setString(6, "Metro trip");
                insert.setTimestamp(7, Timestamp.from(now));
                insert.addBatch();
                total += d.fare();
            }
            insert.executeBatch();
        }
        try (PreparedStatement debit =
                c.prepareStatement("update payments.account set debits_posted = debits_posted + ? where id = ?")) {
            for (var e : debits.entrySet()) {
                if (e.getValue() > 0) {
                    debit.setLong(1, e.getValue());
                    debit.setLong(2, e.getKey());
                    debit.addBatch();
                }
            }
            debit.executeBatch();
        }
        if (total > 0) {
            try (PreparedStatement credit = c.prepareStatement(
                    "update payments.account set credits_posted = credits_posted + ? where id = ?")) {
                credit.setLong(1, total);
                credit.setLong(2, revenue);
                credit.executeUpdate();
            }
        }
    }

    private void mark(Connection c, List<Due> trips, String error) throws SQLException {
        if (trips.isEmpty()) {
            return;
        }
        String sql = error == null
                ? "update payments.trip set settled_at = ?, settle_error = null where id = any(?)"
                : "update payments.trip set settle_error = ? where id = any(?)";
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            if (error == null) {
                ps.setTimestamp(1, Timestamp.from(clock.instant()));
            } else {
                ps.setString(1, error);
            }
            ps.setArray(2, c.createArrayOf("uuid", trips.stream().map(Due::trip).toArray()));
            ps.executeUpdate();
        }
    }
}
