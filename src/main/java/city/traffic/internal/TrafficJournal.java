package city.traffic.internal;

import city.platform.db.BulkSql;
import city.platform.ingest.BatchJournal;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;

/**
 * Persists applied lane readings in batches: the raw rows in one statement (arrays unnested by PostgreSQL), and
 * the per-lane 5-minute roll-up, aggregated in memory per batch and added to the stored sums.
 */
@ApplicationScoped
public class TrafficJournal extends BatchJournal<TrafficJournal.Entry> {

    /** A reading and when the API received it. */
    public record Entry(LaneReading reading, Instant receivedAt) {}

    private record Key(String road, int lane, Instant bucket) {}

    private static final class Sums {
        int readings;
        int vehicles;
        double occupancy;
        double speed;
        int speedReadings;
        Double maxQueue;
    }

    private final DataSource dataSource;

    TrafficJournal(DataSource dataSource) {
        super("traffic-readings", 50_000);
        this.dataSource = dataSource;
    }

    void start(@Observes StartupEvent event) {
        startWriting(200);
    }

    void stop(@Observes ShutdownEvent event) {
        stopWriting();
    }

    /** The start of the 5-minute interval an instant falls in. */
    public static Instant bucket(Instant at) {
        long s = at.getEpochSecond();
        return Instant.ofEpochSecond(s - Math.floorMod(s, 300));
    }

    private static final BulkSql.Insert<Entry> READINGS = BulkSql.<Entry>insert("insert into traffic.lane_reading"
                    + " (road_id, lane, observed_from, observed_to, intensity, occupancy, average_speed, queue_length,"
                    + " received_at)")
            .column("text", e -> e.reading().roadId())
            .column("smallint", e -> e.reading().lane())
            .column("timestamptz", e -> e.reading().observedFrom())
            .column("timestamptz", e -> e.reading().observedTo())
            .column("int", e -> e.reading().intensity())
            .column("real", "float8", e -> e.reading().occupancy())
            .column("real", "float8", e -> e.reading().averageSpeedKmh())
            .column("real", "float8", e -> e.reading().queueLength())
            .column("timestamptz", Entry::receivedAt);

    private static final BulkSql.Insert<Map.Entry<Key, Sums>> ROLLUP = BulkSql.<Map.Entry<Key, Sums>>insert(
                    "insert into traffic.lane_rollup as r (road_id, lane, bucket, readings, vehicles, occupancy_sum,"
                            + " speed_sum, speed_readings, max_queue)")
            .column("text", e -> e.getKey().road())
            .column("smallint", e -> e.getKey().lane())
            .column("timestamptz", e -> e.getKey().bucket())
            .column("int", e -> e.getValue().readings)
            .column("int", e -> e.getValue().vehicles)
            .column("float8", e -> e.getValue().occupancy)
            .column("float8", e -> e.getValue().speed)
            .column("int", e -> e.getValue().speedReadings)
            .column("real", "float8", e -> e.getValue().maxQueue)
            .then("on conflict (road_id, lane, bucket) do update set readings = r.readings + excluded.readings,"
                    + " vehicles = r.vehicles + excluded.vehicles,"
                    + " occupancy_sum = r.occupancy_sum + excluded.occupancy_sum,"
                    + " speed_sum = r.speed_sum + excluded.speed_sum,"
                    + " speed_readings = r.speed_readings + excluded.speed_readings,"
                    + " max_queue = greatest(r.max_queue, excluded.max_queue)");

    @Override
    protected void write(List<Entry> batch) throws SQLException {
        if (batch.isEmpty()) {
            return;
        }
        Map<Key, Sums> rollup = new HashMap<>();
        for (Entry entry : batch) {
            LaneReading r = entry.reading();
            Sums s = rollup.computeIfAbsent(new Key(r.roadId(), r.lane(), bucket(r.observedTo())), k -> new Sums());
            s.readings++;
            s.vehicles += r.intensity();
            s.occupancy += r.occupancy();
            if (r.averageSpeedKmh() != null) {
                s.speed += r.averageSpeedKmh();
                s.speedReadings++;
            }
            if (r.queueLength() != null && (s.maxQueue == null || r.queueLength() > s.maxQueue)) {
                s.maxQueue = r.queueLength();
            }
        }
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            READINGS.execute(c, batch);
            ROLLUP.execute(c, rollup.entrySet());
            c.commit();
        }
    }

    /** Deletes raw readings received before {@code before}, a batch at a time; returns how many. */
    public int purge(Instant before) {
        try (Connection c = dataSource.getConnection()) {
            return BulkSql.purge(c, "traffic.lane_reading", "received_at < ?", before);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot purge lane readings", e);
        }
    }
}
