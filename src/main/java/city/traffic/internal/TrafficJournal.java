package city.traffic.internal;

import city.platform.ingest.BatchJournal;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
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

    @Override
    protected void write(List<Entry> batch) throws SQLException {
        if (batch.isEmpty()) {
            return;
        }
        int n = batch.size();
        String[] road = new String[n];
        Integer[] lane = new Integer[n];
        Timestamp[] from = new Timestamp[n];
        Timestamp[] to = new Timestamp[n];
        Integer[] intensity = new Integer[n];
        Double[] occupancy = new Double[n];
        Double[] speed = new Double[n];
        Double[] queue = new Double[n];
        Timestamp[] received = new Timestamp[n];
        Map<Key, Sums> rollup = new HashMap<>();
        for (int i = 0; i < n; i++) {
            LaneReading r = batch.get(i).reading();
            road[i] = r.roadId();
            lane[i] = r.lane();
            from[i] = Timestamp.from(r.observedFrom());
            to[i] = Timestamp.from(r.observedTo());
            intensity[i] = r.intensity();
            occupancy[i] = r.occupancy();
            speed[i] = r.averageSpeedKmh();
            queue[i] = r.queueLength();
            received[i] = Timestamp.from(batch.get(i).receivedAt());
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
            try (PreparedStatement ps = c.prepareStatement("insert into traffic.lane_reading (road_id, lane,"
                    + " observed_from, observed_to, intensity, occupancy, average_speed, queue_length, received_at)"
                    + " select * from unnest(?::text[], ?::smallint[], ?::timestamptz[], ?::timestamptz[],"
                    + " ?::int[], ?::real[], ?::real[], ?::real[], ?::timestamptz[])")) {
                ps.setArray(1, c.createArrayOf("text", road));
                ps.setArray(2, c.createArrayOf("smallint", lane));
                ps.setArray(3, c.createArrayOf("timestamptz", from));
                ps.setArray(4, c.createArrayOf("timestamptz", to));
                ps.setArray(5, c.createArrayOf("int", intensity));
                ps.setArray(6, c.createArrayOf("float8", occupancy));
                ps.setArray(7, c.createArrayOf("float8", speed));
                ps.setArray(8, c.createArrayOf("float8", queue));
                ps.setArray(9, c.createArrayOf("timestamptz", received));
                ps.executeUpdate();
            }
            int m = rollup.size();
            String[] rRoad = new String[m];
            Integer[] rLane = new Integer[m];
            Timestamp[] rBucket = new Timestamp[m];
            Integer[] rReadings = new Integer[m];
            Integer[] rVehicles = new Integer[m];
            Double[] rOccupancy = new Double[m];
            Double[] rSpeed = new Double[m];
            Integer[] rSpeedReadings = new Integer[m];
            Double[] rQueue = new Double[m];
            int i = 0;
            for (Map.Entry<Key, Sums> e : rollup.entrySet()) {
                rRoad[i] = e.getKey().road();
                rLane[i] = e.getKey().lane();
                rBucket[i] = Timestamp.from(e.getKey().bucket());
                rReadings[i] = e.getValue().readings;
                rVehicles[i] = e.getValue().vehicles;
                rOccupancy[i] = e.getValue().occupancy;
                rSpeed[i] = e.getValue().speed;
                rSpeedReadings[i] = e.getValue().speedReadings;
                rQueue[i] = e.getValue().maxQueue;
                i++;
            }
            try (PreparedStatement ps = c.prepareStatement("insert into traffic.lane_rollup as r (road_id, lane,"
                    + " bucket, readings, vehicles, occupancy_sum, speed_sum, speed_readings, max_queue)"
                    + " select * from unnest(?::text[], ?::smallint[], ?::timestamptz[], ?::int[], ?::int[],"
                    + " ?::float8[], ?::float8[], ?::int[], ?::real[])"
                    + " on conflict (road_id, lane, bucket) do update set readings = r.readings + excluded.readings,"
                    + " vehicles = r.vehicles + excluded.vehicles,"
                    + " occupancy_sum = r.occupancy_sum + excluded.occupancy_sum,"
                    + " speed_sum = r.speed_sum + excluded.speed_sum,"
                    + " speed_readings = r.speed_readings + excluded.speed_readings,"
                    + " max_queue = greatest(r.max_queue, excluded.max_queue)")) {
                ps.setArray(1, c.createArrayOf("text", rRoad));
                ps.setArray(2, c.createArrayOf("smallint", rLane));
                ps.setArray(3, c.createArrayOf("timestamptz", rBucket));
                ps.setArray(4, c.createArrayOf("int", rReadings));
                ps.setArray(5, c.createArrayOf("int", rVehicles));
                ps.setArray(6, c.createArrayOf("float8", rOccupancy));
                ps.setArray(7, c.createArrayOf("float8", rSpeed));
                ps.setArray(8, c.createArrayOf("int", rSpeedReadings));
                ps.setArray(9, c.createArrayOf("float8", rQueue));
                ps.executeUpdate();
            }
            c.commit();
        }
    }

    /** Deletes raw readings received before {@code before}, a batch at a time; returns how many. */
    public int purge(Instant before) {
        int total = 0;
        try (Connection c = dataSource.getConnection();
                PreparedStatement ps = c.prepareStatement("delete from traffic.lane_reading where ctid in ("
                        + "select ctid from traffic.lane_reading where received_at < ? limit 50000)")) {
            ps.setTimestamp(1, Timestamp.from(before));
            int n;
            do {
                n = ps.executeUpdate();
                total += n;
            } while (n > 0);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot purge lane readings", e);
        }
        return total;
    }
}
