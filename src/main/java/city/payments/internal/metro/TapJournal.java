package city.payments.internal.metro;

import city.platform.db.GroupCommitJournal;
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
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import javax.sql.DataSource;

/** Makes taps durable before the gantry hears the answer, with group commit (see {@link GroupCommitJournal}). */
@ApplicationScoped
class TapJournal extends GroupCommitJournal<TapJournal.Entry> {

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

    /** What one tap writes: the trips as they stand after it, and the tap. */
    record Entry(List<TripRow> trips, TapRow tap) {}

    private final DataSource dataSource;

    TapJournal(DataSource dataSource) {
        super("tap", MAX_BATCH);
        this.dataSource = dataSource;
    }

    void start(@Observes StartupEvent event) {
        startWriting();
    }

    /** Finishes writing what is queued before the datasource closes. */
    void stop(@Observes ShutdownEvent event) throws InterruptedException {
        stopWriting();
    }

    /** Queues trips and a tap; the future completes once they are committed. */
    CompletableFuture<Void> append(List<TripRow> trips, TapRow tap) {
        return append(new Entry(trips, tap));
    }

    @Override
    protected void write(List<Entry> batch) throws SQLException {
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
