package city.payments.internal.metro;

import city.platform.db.SqlStates;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.jboss.logging.Logger;

/**
 * Makes taps durable before the gantry hears the answer, with group commit: one writer thread takes everything
 * queued while the previous batch was being written and commits it in one transaction, so thousands of taps a second
 * cost a few hundred commits. Entries are written in the order they were queued.
 */
@ApplicationScoped
class TapJournal {

    private static final Logger LOG = Logger.getLogger(TapJournal.class);
    static final int MAX_BATCH = 1_000;

    /** A trip as it stands after a tap: inserted when new, else its exit and fare are filled in. */
    record TripRow(
            UUID id,
            String medium,
            long accountId,
            String ownerId,
            String entryStation,
            String entryGantry,
            Instant enteredAt,
            String exitStation,
            String exitGantry,
            Instant exitedAt,
            String status,
            Fare fare) {}

    /** A tap as decided. */
    record TapRow(
            UUID id,
            String gantryId,
            String station,
            String direction,
            String medium,
            Instant tappedAt,
            Instant receivedAt,
            String decision,
            String reason,
            UUID tripId,
            Long fareFen) {}

    private record Entry(List<TripRow> trips, TapRow tap, CompletableFuture<Void> written) {}

    private final DataSource dataSource;
    private final BlockingQueue<Entry> queue = new LinkedBlockingQueue<>();
    private volatile boolean running;
    private Thread writer;

    TapJournal(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    void start(@Observes StartupEvent event) {
        running = true;
        writer = new Thread(this::writeLoop, "tap-journal");
        writer.setDaemon(true);
        writer.start();
    }

    /** Finishes writing what is queued before the datasource closes. */
    void stop(@Observes ShutdownEvent event) throws InterruptedException {
        running = false;
        if (writer != null) {
            writer.join(10_000);
        }
    }

    /** Queues trips and a tap; the future completes once they are committed. */
    CompletableFuture<Void> append(List<TripRow> trips, TapRow tap) {
        CompletableFuture<Void> written = new CompletableFuture<>();
        if (!running) {
            written.completeExceptionally(new IllegalStateException("the tap journal is stopped"));
            return written;
        }
        queue.add(new Entry(trips, tap, written));
        return written;
    }

    private void writeLoop() {
        List<Entry> batch = new ArrayList<>(MAX_BATCH);
        while (running || !queue.isEmpty()) {
            try {
                Entry first = queue.poll(100, TimeUnit.MILLISECONDS);
                if (first == null) {
                    continue;
                }
                batch.add(first);
                queue.drainTo(batch, MAX_BATCH - 1);
                writeWithRetry(batch);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } finally {
                batch.clear();
            }
        }
    }

    private void writeWithRetry(List<Entry> batch) {
        RuntimeException failure = null;
        for (int attempt = 1; attempt <= 3; attempt++) {
            try {
                QuarkusTransaction.requiringNew().run(() -> write(batch));
                batch.forEach(e -> e.written().complete(null));
                return;
            } catch (RuntimeException e) {
                failure = e;
                if (SqlStates.isUnavailable(e)) {
                    // the gantries get their 503 at once and resend; waiting here would only hold them
                    LOG.warnf("writing %d taps failed: the database is unavailable (%s)", batch.size(), e.getMessage());
                    break;
                }
                LOG.warnf(e, "writing %d taps failed (attempt %d)", batch.size(), attempt);
            }
        }
        RuntimeException cause = failure;
        batch.forEach(e -> e.written().completeExceptionally(cause));
    }

    private void write(List<Entry> batch) {
        try (Connection c = dataSource.getConnection();
                PreparedStatement trips = c.prepareStatement("""
                        insert into payments.trip (id, medium, account_id, owner_id, entry_station, entry_gantry,
                            entered_at, exit_station, exit_gantry, exited_at, status, distance_m, base_fen,
                            discount_fen, cap_fen, surcharge_fen, fare_fen)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                        on conflict (id) do update set exit_station = excluded.exit_station,
                            exit_gantry = excluded.exit_gantry, exited_at = excluded.exited_at,
                            status = excluded.status, distance_m = excluded.distance_m, base_fen = excluded.base_fen,
                            discount_fen = excluded.discount_fen, cap_fen = excluded.cap_fen,
                            surcharge_fen = excluded.surcharge_fen, fare_fen = excluded.fare_fen
                        where payments.trip.status = 'OPEN'""");
                PreparedStatement taps = c.prepareStatement("""
                        insert into payments.tap (id, gantry_id, station, direction, medium, tapped_at, received_at,
                            decision, reason, trip_id, fare_fen)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) on conflict (id) do nothing""")) {
            // trips in queue order: a trip closed and the next one opened in the same batch keep the one-open rule
            // (a JDBC batch runs its statements in order)
            for (Entry e : batch) {
                for (TripRow t : e.trips()) {
                    bindTrip(trips, t);
                    trips.addBatch();
                }
            }
            trips.executeBatch();
            for (Entry e : batch) {
                bindTap(taps, e.tap());
                taps.addBatch();
            }
            taps.executeBatch();
        } catch (SQLException e) {
            throw new IllegalStateException("cannot write taps: " + e.getMessage(), e);
        }
    }

    private static void bindTrip(PreparedStatement ps, TripRow t) throws SQLException {
        ps.setObject(1, t.id());
        ps.setString(2, t.medium());
        ps.setLong(3, t.accountId());
        ps.setString(4, t.ownerId());
        ps.setString(5, t.entryStation());
        ps.setString(6, t.entryGantry());
        ps.setTimestamp(7, Timestamp.from(t.enteredAt()));
        ps.setString(8, t.exitStation());
        ps.setString(9, t.exitGantry());
        ps.setTimestamp(10, t.exitedAt() == null ? null : Timestamp.from(t.exitedAt()));
        ps.setString(11, t.status());
        Fare f = t.fare();
        if (f == null) {
            for (int i = 12; i <= 17; i++) {
                ps.setNull(i, i == 12 ? Types.INTEGER : Types.BIGINT);
            }
        } else {
            ps.setInt(12, f.distanceMeters());
            ps.setLong(13, f.baseFen());
            ps.setLong(14, f.discountFen());
            ps.setLong(15, f.capReductionFen());
            ps.setLong(16, f.surchargeFen());
            ps.setLong(17, f.totalFen());
        }
    }

    private static void bindTap(PreparedStatement ps, TapRow t) throws SQLException {
        ps.setObject(1, t.id());
        ps.setString(2, t.gantryId());
        ps.setString(3, t.station());
        ps.setString(4, t.direction());
        ps.setString(5, t.medium());
        ps.setTimestamp(6, Timestamp.from(t.tappedAt()));
        ps.setTimestamp(7, Timestamp.from(t.receivedAt()));
        ps.setString(8, t.decision());
        ps.setString(9, t.reason());
        ps.setObject(10, t.tripId());
        if (t.fareFen() == null) {
            ps.setNull(11, Types.BIGINT);
        } else {
            ps.setLong(11, t.fareFen());
        }
    }
}
