package city.parking.internal;

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
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.LongAdder;
import javax.sql.DataSource;
import org.jboss.logging.Logger;

/**
 * Writes applied sensor messages to the database in batches, after live state has them: the raw rows (one
 * statement per batch, arrays unnested by PostgreSQL) and the last state of each space that changed. Runs on its own
 * thread every 200 ms; the backlog is bounded by the ingestion endpoint, which refuses new batches (503) when it is
 * too long.
 */
@ApplicationScoped
public class SensorJournal {

    private static final Logger LOG = Logger.getLogger(SensorJournal.class);
    private static final int BATCH = 20_000;

    record Entry(long spaceId, SensorReading reading, Instant receivedAt) {}

    private final DataSource dataSource;
    private final Occupancy occupancy;
    private final ConcurrentLinkedQueue<Entry> queue = new ConcurrentLinkedQueue<>();
    private final AtomicInteger backlog = new AtomicInteger();
    private final Set<Long> dirty = ConcurrentHashMap.newKeySet();
    private final LongAdder persisted = new LongAdder();
    private ScheduledExecutorService writer;

    SensorJournal(DataSource dataSource, Occupancy occupancy) {
        this.dataSource = dataSource;
        this.occupancy = occupancy;
    }

    void start(@Observes StartupEvent event) {
        writer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "parking-sensor-journal");
            t.setDaemon(true);
            return t;
        });
        writer.scheduleWithFixedDelay(this::flushQuietly, 200, 200, TimeUnit.MILLISECONDS);
    }

    void stop(@Observes ShutdownEvent event) {
        if (writer != null) {
            writer.shutdown();
            try {
                writer.awaitTermination(5, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        flushQuietly();
    }

    public void record(long spaceId, SensorReading reading, Instant receivedAt) {
        queue.add(new Entry(spaceId, reading, receivedAt));
        dirty.add(spaceId);
        backlog.incrementAndGet();
    }

    public int backlog() {
        return backlog.get();
    }

    public long persistedCount() {
        return persisted.sum();
    }

    private void flushQuietly() {
        try {
            flush();
        } catch (RuntimeException e) {
            LOG.warn("parking sensor journal: will retry", e);
        }
    }

    /** Writes everything queued so far; returns how many messages. */
    public synchronized int flush() {
        int total = 0;
        while (true) {
            List<Entry> batch = new ArrayList<>(Math.min(BATCH, Math.max(16, backlog.get())));
            Entry e;
            while (batch.size() < BATCH && (e = queue.peek()) != null) {
                batch.add(e);
                queue.poll();
            }
            Set<Long> changed = new LinkedHashSet<>();
            for (Long id : dirty) {
                changed.add(id);
            }
            dirty.removeAll(changed);
            if (batch.isEmpty() && changed.isEmpty()) {
                return total;
            }
            try {
                write(batch, changed);
            } catch (SQLException ex) {
                // put them back in front is not possible with this queue: keep them for the next attempt
                dirty.addAll(changed);
                List<Entry> rest = new ArrayList<>(batch);
                Entry r;
                while ((r = queue.poll()) != null) {
                    rest.add(r);
                }
                queue.addAll(rest);
                throw new IllegalStateException("cannot write parking sensor events", ex);
            }
            backlog.addAndGet(-batch.size());
            persisted.add(batch.size());
            total += batch.size();
            if (batch.size() < BATCH) {
                return total;
            }
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
