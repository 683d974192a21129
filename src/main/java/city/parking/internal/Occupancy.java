package city.parking.internal;

import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.LongAdder;
import javax.sql.DataSource;

/**
 * Live occupancy: the state of every space from its sensor, and running counts per lot. Sensor messages are applied
 * in the order of the sensor's own clock: a message older than (or as old as) the last one applied for that sensor
 * is a duplicate or came late, and changes nothing. A sensor not heard from for
 * {@code city.parking.sensor-stale-after} makes its space {@code unknown}, never {@code free}, until it reports its
 * status again.
 */
@ApplicationScoped
public class Occupancy {

    /** What applying a sensor message did. */
    public enum Outcome {
        APPLIED,
        /** Same or older sensor time than the last applied: a duplicate or a late message. */
        OUT_OF_ORDER,
        UNKNOWN_SENSOR
    }

    /** A space whose car came or went, as the sensor saw it. */
    public record Change(long spaceId, String lotId, boolean occupied, Instant at) {}

    /** What applying a message did, and the arrival or departure it showed, if any. */
    public record Result(Outcome outcome, Change change) {}

    /** The live state of one space. */
    public record SpaceLive(
            long spaceId, SpaceStatus status, Instant statusAt, Instant seenAt, Integer batteryPct, boolean stale) {}

    /** The live counts of one lot. */
    public record LotLive(
            String lotId,
            int total,
            int free,
            int occupied,
            int unknown,
            int closed,
            int freeEv,
            int freeAccessible,
            Instant modifiedAt) {

        /** Occupied spaces among those whose status is known (free or occupied), to three decimals; 0 if none. */
        public double occupancyRate() {
            return rate(occupied, free + occupied);
        }
    }

    /** {@code part / whole} to three decimals, 0 for an empty whole. */
    public static double rate(int part, int whole) {
        return whole == 0 ? 0 : Math.round(1000.0 * part / whole) / 1000.0;
    }

    private static final class SpaceState {
        final LotInfo.SpaceInfo info;
        Boolean occupied;
        Instant statusAt;
        Instant seenAt;
        Integer battery;
        boolean stale;
        boolean closed;

        SpaceState(LotInfo.SpaceInfo info) {
            this.info = info;
        }

        SpaceStatus status() {
            if (closed) {
                return SpaceStatus.closed;
            }
            if (stale || occupied == null) {
                return SpaceStatus.unknown;
            }
            return occupied ? SpaceStatus.occupied : SpaceStatus.free;
        }
    }

    private static final class Counts {
        final AtomicInteger total = new AtomicInteger();
        final AtomicInteger free = new AtomicInteger();
        final AtomicInteger occupied = new AtomicInteger();
        final AtomicInteger unknown = new AtomicInteger();
        final AtomicInteger closed = new AtomicInteger();
        final AtomicInteger freeEv = new AtomicInteger();
        final AtomicInteger freeAccessible = new AtomicInteger();
        volatile Instant modifiedAt = Instant.EPOCH;

        void add(SpaceState s, SpaceStatus status, int delta) {
            switch (status) {
                case free -> {
                    free.addAndGet(delta);
                    if (s.info.ev()) {
                        freeEv.addAndGet(delta);
                    }
                    if (s.info.accessible()) {
                        freeAccessible.addAndGet(delta);
                    }
                }
                case occupied -> occupied.addAndGet(delta);
                case closed -> closed.addAndGet(delta);
                case unknown -> unknown.addAndGet(delta);
            }
        }
    }

    private final DataSource dataSource;
    private final Duration staleAfter;
    private final int lowBattery;
    private final Map<Long, SpaceState> spaces = new ConcurrentHashMap<>();
    private final Map<String, Counts> lots = new ConcurrentHashMap<>();
    private final LongAdder applied = new LongAdder();
    private final LongAdder ignored = new LongAdder();

    Occupancy(DataSource dataSource, ParkingConfig config) {
        this.dataSource = dataSource;
        this.staleAfter = config.sensorStaleAfter();
        this.lowBattery = config.lowBatteryPct();
    }

    /** Takes in the spaces of these lots with their last persisted sensor state (at start, or when a lot changes). */
    public void load(List<LotInfo> read, Instant now) {
        Map<Long, SpaceState> fresh = new ConcurrentHashMap<>();
        for (LotInfo lot : read) {
            for (LotInfo.SpaceInfo s : lot.spaces()) {
                fresh.put(s.id(), new SpaceState(s));
            }
        }
        if (fresh.isEmpty() && read.isEmpty()) {
            return;
        }
        String lotList = read.size() == 1 ? " where s.lot_id = ?" : "";
        try (Connection c = dataSource.getConnection();
                PreparedStatement ps = c.prepareStatement("select s.id, s.closed, st.occupied, st.status_at,"
                        + " st.seen_at, st.battery_pct from parking.space s"
                        + " left join parking.sensor_state st on st.space_id = s.id" + lotList)) {
            if (read.size() == 1) {
                ps.setString(1, read.get(0).id());
            }
            ps.setFetchSize(5000);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    SpaceState s = fresh.get(rs.getLong(1));
                    if (s == null) {
                        continue;
                    }
                    s.closed = rs.getBoolean(2);
                    boolean occ = rs.getBoolean(3);
                    s.occupied = rs.wasNull() ? null : occ;
                    s.statusAt = instant(rs.getTimestamp(4));
                    s.seenAt = instant(rs.getTimestamp(5));
                    int battery = rs.getInt(6);
                    s.battery = rs.wasNull() ? null : battery;
                    s.stale = s.seenAt == null || s.seenAt.plus(staleAfter).isBefore(now);
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the sensor states", e);
        }
        spaces.putAll(fresh);
        for (LotInfo lot : read) {
            Counts counts = new Counts();
            for (LotInfo.SpaceInfo info : lot.spaces()) {
                SpaceState s = fresh.get(info.id());
                counts.total.incrementAndGet();
                counts.add(s, s.status(), 1);
                if (s.statusAt != null && s.statusAt.isAfter(counts.modifiedAt)) {
                    counts.modifiedAt = s.statusAt;
                }
            }
            lots.put(lot.id(), counts);
        }
    }

    private static Instant instant(Timestamp t) {
        return t == null ? null : t.toInstant();
    }

    /** Applies one sensor message to live state. */
    public Result apply(LotInfo.SpaceInfo space, SensorReading r) {
        SpaceState s = spaces.get(space.id());
        if (s == null) {
            ignored.increment();
            return new Result(Outcome.UNKNOWN_SENSOR, null);
        }
        Counts counts = lots.get(space.lotId());
        synchronized (s) {
            if (s.seenAt == null || r.at().isAfter(s.seenAt)) {
                s.seenAt = r.at();
            }
            if (r.batteryPct() != null && r.kind() == SensorReading.Kind.heartbeat) {
                s.battery = r.batteryPct();
            }
            if (r.occupied() == null) {
                // a heartbeat without status: the sensor lives, but its space stays unknown if it was stale
                applied.increment();
                return new Result(Outcome.APPLIED, null);
            }
            if (s.statusAt != null && !r.at().isAfter(s.statusAt)) {
                ignored.increment();
                return new Result(Outcome.OUT_OF_ORDER, null);
            }
            SpaceStatus before = s.status();
            Boolean wasOccupied = s.stale ? null : s.occupied;
            s.occupied = r.occupied();
            s.statusAt = r.at();
            s.stale = false;
            SpaceStatus after = s.status();
            if (before != after) {
                counts.add(s, before, -1);
                counts.add(s, after, 1);
            }
            counts.modifiedAt = r.at().isAfter(counts.modifiedAt) ? r.at() : counts.modifiedAt;
            applied.increment();
            boolean moved = !r.occupied().equals(wasOccupied);
            return new Result(
                    Outcome.APPLIED, moved ? new Change(space.id(), space.lotId(), r.occupied(), r.at()) : null);
        }
    }

    /** Makes {@code unknown} every space whose sensor was last heard before {@code now} minus the stale period. */
    public int markStale(Instant now) {
        Instant limit = now.minus(staleAfter);
        int marked = 0;
        for (SpaceState s : spaces.values()) {
            synchronized (s) {
                if (!s.stale && (s.seenAt == null || s.seenAt.isBefore(limit))) {
                    SpaceStatus before = s.status();
                    s.stale = true;
                    SpaceStatus after = s.status();
                    if (before != after) {
                        Counts counts = lots.get(s.info.lotId());
                        counts.add(s, before, -1);
                        counts.add(s, after, 1);
                        counts.modifiedAt = now;
                    }
                    marked++;
                }
            }
        }
        return marked;
    }

    /** Opens or closes a space for parking (works, events). */
    public void setClosed(long spaceId, boolean closed, Instant now) {
        SpaceState s = spaces.get(spaceId);
        if (s == null) {
            return;
        }
        synchronized (s) {
            SpaceStatus before = s.status();
            s.closed = closed;
            SpaceStatus after = s.status();
            if (before != after) {
                Counts counts = lots.get(s.info.lotId());
                counts.add(s, before, -1);
                counts.add(s, after, 1);
                counts.modifiedAt = now;
            }
        }
    }

    public Optional<SpaceLive> space(long spaceId) {
        SpaceState s = spaces.get(spaceId);
        if (s == null) {
            return Optional.empty();
        }
        synchronized (s) {
            return Optional.of(new SpaceLive(s.info.id(), s.status(), s.statusAt, s.seenAt, s.battery, s.stale));
        }
    }

    public LotLive lot(String lotId) {
        Counts c = lots.get(lotId);
        if (c == null) {
            return new LotLive(lotId, 0, 0, 0, 0, 0, 0, 0, null);
        }
        return new LotLive(
                lotId,
                c.total.get(),
                c.free.get(),
                c.occupied.get(),
                c.unknown.get(),
                c.closed.get(),
                c.freeEv.get(),
                c.freeAccessible.get(),
                Instant.EPOCH.equals(c.modifiedAt) ? null : c.modifiedAt);
    }

    /** Spaces whose sensor is stale or whose battery is low, for the operators' sensor-health list. */
    public List<SpaceLive> unhealthy(int limit) {
        List<SpaceLive> out = new ArrayList<>();
        for (SpaceState s : spaces.values()) {
            synchronized (s) {
                if (s.stale || (s.battery != null && s.battery <= lowBattery)) {
                    out.add(new SpaceLive(s.info.id(), s.status(), s.statusAt, s.seenAt, s.battery, s.stale));
                }
            }
        }
        out.sort((a, b) -> Long.compare(a.spaceId(), b.spaceId()));
        return out.size() > limit ? out.subList(0, limit) : out;
    }

    /** Counts of unhealthy sensors: {stale, lowBattery}. */
    public int[] health() {
        int stale = 0;
        int low = 0;
        for (SpaceState s : spaces.values()) {
            if (s.stale) {
                stale++;
            }
            Integer b = s.battery;
            if (b != null && b <= lowBattery) {
                low++;
            }
        }
        return new int[] {stale, low};
    }

    public int lowBatteryPct() {
        return lowBattery;
    }

    public long appliedCount() {
        return applied.sum();
    }

    public long ignoredCount() {
        return ignored.sum();
    }

    /** The sensor state rows to persist for these spaces. */
    public List<Object[]> stateRows(Iterable<Long> spaceIds) {
        List<Object[]> rows = new ArrayList<>();
        for (Long id : spaceIds) {
            SpaceState s = spaces.get(id);
            if (s != null) {
                synchronized (s) {
                    rows.add(new Object[] {id, s.occupied, s.statusAt, s.seenAt, s.battery});
                }
            }
        }
        return rows;
    }
}
