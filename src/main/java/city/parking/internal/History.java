package city.parking.internal;

import city.platform.db.BulkSql;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;

/**
 * The per-lot occupancy history (one row per lot every 5 minutes, written from live state) and what it predicts:
 * the expected number of free spaces of a lot for each hour of the week, the mean over the last eight weeks.
 */
@ApplicationScoped
public class History {

    /** Expected free spaces in one hour of the week; {@code dayOfWeek} 1 is Monday. */
    public record HourOfWeek(int dayOfWeek, int hour, double expectedFree, double occupancyRate, int samples) {}

    /** One 5-minute row of a lot's history. */
    public record Point(Instant at, int total, int free, int occupied, int unknown) {}

    private final DataSource dataSource;
    private final LotDirectory directory;
    private final Occupancy occupancy;

    History(DataSource dataSource, LotDirectory directory, Occupancy occupancy) {
        this.dataSource = dataSource;
        this.directory = directory;
        this.occupancy = occupancy;
    }

    /** The start of the 5-minute interval an instant falls in. */
    public static Instant bucket(Instant at) {
        long epochMinutes = at.truncatedTo(ChronoUnit.MINUTES).getEpochSecond() / 60;
        return Instant.ofEpochSecond((epochMinutes - Math.floorMod(epochMinutes, 5)) * 60);
    }

    private record Row(String lotId, Instant bucket, Occupancy.LotLive live) {}

    private static final BulkSql.Insert<Row> ROWS = BulkSql.<Row>insert(
                    "insert into parking.occupancy_history (lot_id, bucket, total, free, occupied, unknown)")
            .column("text", Row::lotId)
            .column("timestamptz", Row::bucket)
            .column("int", r -> r.live().total())
            .column("int", r -> r.live().free())
            .column("int", r -> r.live().occupied())
            .column("int", r -> r.live().unknown())
            .then("on conflict (lot_id, bucket) do update set total = excluded.total,"
                    + " free = excluded.free, occupied = excluded.occupied, unknown = excluded.unknown");

    /** Writes every lot's live counts as the row of the 5-minute interval {@code now} falls in; returns the rows. */
    public int snapshot(Instant now) {
        Instant bucket = bucket(now);
        List<Row> rows = directory.lots().stream()
                .map(lot -> new Row(lot.id(), bucket, occupancy.lot(lot.id())))
                .toList();
        try (Connection c = dataSource.getConnection()) {
            ROWS.execute(c, rows);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot write the occupancy history", e);
        }
        return rows.size();
    }

    /** The lot's expected free spaces per hour of the week (city time), from the eight weeks before {@code now}. */
    public List<HourOfWeek> prediction(String lotId, Instant now) {
        List<HourOfWeek> out = new ArrayList<>();
        try (Connection c = dataSource.getConnection();
                PreparedStatement ps = c.prepareStatement("select"
                        + " extract(isodow from bucket at time zone 'Asia/Shanghai')::int as dow,"
                        + " extract(hour from bucket at time zone 'Asia/Shanghai')::int as hour,"
                        + " avg(free), avg(case when total - unknown > 0 then occupied::float / (total - unknown) end),"
                        + " count(*)"
                        + " from parking.occupancy_history where lot_id = ? and bucket >= ? and bucket < ?"
                        + " group by 1, 2 order by 1, 2")) {
            ps.setString(1, lotId);
            ps.setTimestamp(2, Timestamp.from(now.minus(Duration.ofDays(56))));
            ps.setTimestamp(3, Timestamp.from(now));
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    double rate = rs.getDouble(4);
                    out.add(new HourOfWeek(
                            rs.getInt(1),
                            rs.getInt(2),
                            Math.round(rs.getDouble(3) * 10) / 10.0,
                            Math.round(rate * 1000) / 1000.0,
                            rs.getInt(5)));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the occupancy history", e);
        }
        return out;
    }

    /** The lot's rows between two instants, oldest first. */
    public List<Point> points(String lotId, Instant from, Instant to) {
        List<Point> out = new ArrayList<>();
        try (Connection c = dataSource.getConnection();
                PreparedStatement ps = c.prepareStatement("select bucket, total, free, occupied, unknown"
                        + " from parking.occupancy_history where lot_id = ? and bucket >= ? and bucket < ?"
                        + " order by bucket")) {
            ps.setString(1, lotId);
            ps.setTimestamp(2, Timestamp.from(from));
            ps.setTimestamp(3, Timestamp.from(to));
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new Point(
                            rs.getTimestamp(1).toInstant(), rs.getInt(2), rs.getInt(3), rs.getInt(4), rs.getInt(5)));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the occupancy history", e);
        }
        return out;
    }

    /** Deletes history rows older than {@code before}, a batch at a time; returns how many. */
    public int purgeHistory(Instant before) {
        try (Connection c = dataSource.getConnection()) {
            return BulkSql.purge(c, "parking.occupancy_history", "bucket < ?", before);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot purge the occupancy history", e);
        }
    }

    /** Deletes raw sensor rows received before {@code before}, a batch at a time; returns how many. */
    public int purgeSensorEvents(Instant before) {
        try (Connection c = dataSource.getConnection()) {
            return BulkSql.purge(c, "parking.sensor_event", "received_at < ?", before);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot purge parking sensor events", e);
        }
    }
}
