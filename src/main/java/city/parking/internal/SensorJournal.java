package city.parking.internal;

import city.platform.ingest.BatchJournal;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
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

    private void write(List<Entry> batch, Set<Long> changed) throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            if (!batch.isEmpty()) {
                int n = batch.size();
                Long[] space = new Long[n];
                Timestamp[] at = new Timestamp[n];
                String[] kind = new String[n];
                Boolean[] occupied = new Boolean[n];
                Integer[] battery = new Integer[n];
                Timestamp[] received = new Timestamp[n];
                for (int i = 0; i < n; i++) {
                    Entry e = batch.get(i);
                    space[i] = e.spaceId();
                    at[i] = Timestamp.from(e.reading().at());
                    kind[i] = e.reading().kind().name();
                    occupied[i] = e.reading().occupied();
                    battery[i] = e.reading().batteryPct();
                    received[i] = Timestamp.from(e.receivedAt());
                }
                try (PreparedStatement ps = c.prepareStatement("insert into parking.sensor_event"
                        + " (space_id, sensor_at, kind, occupied, battery_pct, received_at)"
                        + " select * from unnest(?::bigint[], ?::timestamptz[], ?::text[], ?::boolean[],"
                        + " ?::smallint[], ?::timestamptz[])")) {
                    ps.setArray(1, c.createArrayOf("bigint", space));
                    ps.setArray(2, c.createArrayOf("timestamptz", at));
                    ps.setArray(3, c.createArrayOf("text", kind));
                    ps.setArray(4, c.createArrayOf("boolean", occupied));
                    ps.setArray(5, c.createArrayOf("smallint", battery));
                    ps.setArray(6, c.createArrayOf("timestamptz", received));
                    ps.executeUpdate();
                }
            }
            if (!changed.isEmpty()) {
                List<Object[]> rows = occupancy.stateRows(changed);
                int n = rows.size();
                Long[] space = new Long[n];
                Boolean[] occupied = new Boolean[n];
                Timestamp[] statusAt = new Timestamp[n];
                Timestamp[] seenAt = new Timestamp[n];
                Integer[] battery = new Integer[n];
                for (int i = 0; i < n; i++) {
                    Object[] r = rows.get(i);
                    space[i] = (Long) r[0];
                    occupied[i] = (Boolean) r[1];
                    statusAt[i] = r[2] == null ? null : Timestamp.from((Instant) r[2]);
                    seenAt[i] = r[3] == null ? null : Timestamp.from((Instant) r[3]);
                    battery[i] = (Integer) r[4];
                }
                try (PreparedStatement ps = c.prepareStatement("insert into parking.sensor_state"
                        + " (space_id, occupied, status_at, seen_at, battery_pct)"
                        + " select * from unnest(?::bigint[], ?::boolean[], ?::timestamptz[], ?::timestamptz[],"
                        + " ?::smallint[])"
                        + " on conflict (space_id) do update set occupied = excluded.occupied,"
                        + " status_at = excluded.status_at, seen_at = excluded.seen_at,"
                        + " battery_pct = excluded.battery_pct")) {
                    Array a = c.createArrayOf("bigint", space);
                    ps.setArray(1, a);
                    ps.setArray(2, c.createArrayOf("boolean", occupied));
                    ps.setArray(3, c.createArrayOf("timestamptz", statusAt));
                    ps.setArray(4, c.createArrayOf("timestamptz", seenAt));
                    ps.setArray(5, c.createArrayOf("smallint", battery));
                    ps.executeUpdate();
                }
            }
            c.commit();
        }
    }
}
