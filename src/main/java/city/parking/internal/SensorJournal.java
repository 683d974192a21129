package city.parking.internal;

import city.platform.db.BulkSql;
import city.platform.ingest.BatchJournal;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import javax.sql.DataSource;

/**
 * Writes applied sensor messages to the database in batches, after live state has them: the raw rows (one
 * statement per batch, arrays unnested by PostgreSQL) and the last state of each space that changed. Runs on its own
 * thread every 200 ms; the backlog is bounded by the ingestion endpoint, which refuses new batches (503) when it is
 * too long.
 */
@ApplicationScoped
public class SensorJournal extends BatchJournal<SensorJournal.Entry> {

    record Entry(long spaceId, SensorReading reading, Instant receivedAt) {}

    private final DataSource dataSource;
    private final Occupancy occupancy;
    private final Set<Long> dirty = ConcurrentHashMap.newKeySet();

    SensorJournal(DataSource dataSource, Occupancy occupancy) {
        super("parking-sensor", 20_000);
        this.dataSource = dataSource;
        this.occupancy = occupancy;
    }

    void start(@Observes StartupEvent event) {
        startWriting(200);
    }

    void stop(@Observes ShutdownEvent event) {
        stopWriting();
    }

    public void record(long spaceId, SensorReading reading, Instant receivedAt) {
        dirty.add(spaceId);
        record(new Entry(spaceId, reading, receivedAt));
    }

    @Override
    protected void write(List<Entry> batch) throws SQLException {
        Set<Long> changed = new LinkedHashSet<>(dirty);
        dirty.removeAll(changed);
        if (batch.isEmpty() && changed.isEmpty()) {
            return;
        }
        try {
            write(batch, changed);
        } catch (SQLException e) {
            dirty.addAll(changed);
            throw e;
        }
    }

    private static final BulkSql.Insert<Entry> EVENTS = BulkSql.<Entry>insert("insert into parking.sensor_event"
                    + " (space_id, sensor_at, kind, occupied, battery_pct, received_at)")
            .column("bigint", Entry::spaceId)
            .column("timestamptz", e -> e.reading().at())
            .column("text", e -> e.reading().kind().name())
            .column("boolean", e -> e.reading().occupied())
            .column("smallint", e -> e.reading().batteryPct())
            .column("timestamptz", Entry::receivedAt);

    /** A row of {@link Occupancy#stateRows}: space id, occupied, status time, last seen, battery. */
    private static final BulkSql.Insert<Object[]> STATES = BulkSql.<Object[]>insert(
                    "insert into parking.sensor_state (space_id, occupied, status_at, seen_at, battery_pct)")
            .column("bigint", r -> r[0])
            .column("boolean", r -> r[1])
            .column("timestamptz", r -> r[2])
            .column("timestamptz", r -> r[3])
            .column("smallint", r -> r[4])
            .then("on conflict (space_id) do update set occupied = excluded.occupied,"
                    + " status_at = excluded.status_at, seen_at = excluded.seen_at,"
                    + " battery_pct = excluded.battery_pct");

    private void write(List<Entry> batch, Set<Long> changed) throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            EVENTS.execute(c, batch);
            if (!changed.isEmpty()) {
                STATES.execute(c, occupancy.stateRows(changed));
            }
            c.commit();
        }
    }
}
