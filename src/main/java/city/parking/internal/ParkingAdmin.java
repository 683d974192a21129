package city.parking.internal;

import city.platform.db.SqlStates;
import city.platform.rest.Problem;
import city.platform.rest.ProblemException;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.ws.rs.core.Response;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import javax.sql.DataSource;

/** What parking operators change and read: lots, prices (with their history), closed spaces, revenue. */
@ApplicationScoped
public class ParkingAdmin {

    /** Money of the stays that ended on one day (city time). */
    public record DayRevenue(LocalDate day, int sessions, long chargedFen, long paidFen, long owedFen) {}

    /** The whole city at a glance. */
    public record Overview(
            int lots,
            int spaces,
            int free,
            int occupied,
            int unknown,
            int closed,
            double occupancyRate,
            int staleSensors,
            int lowBatterySensors,
            long eventsApplied,
            long eventsIgnored,
            long eventsPersisted,
            int journalBacklog) {}

    private final EntityManager em;
    private final DataSource dataSource;
    private final LotDirectory directory;
    private final Occupancy occupancy;
    private final SensorJournal journal;
    private final Clock clock;

    ParkingAdmin(
            EntityManager em,
            DataSource dataSource,
            LotDirectory directory,
            Occupancy occupancy,
            SensorJournal journal,
            Clock clock) {
        this.em = em;
        this.dataSource = dataSource;
        this.directory = directory;
        this.occupancy = occupancy;
        this.journal = journal;
        this.clock = clock;
    }

    public LotInfo createLot(LotInput in) {
        List<Problem.FieldError> errors = new ArrayList<>();
        if ((in.opens() == null) != (in.closes() == null)) {
            errors.add(new Problem.FieldError("closes", "give both opening and closing time, or neither"));
        }
        int ev = in.evSpaces() == null ? 0 : in.evSpaces();
        int accessible = in.accessibleSpaces() == null ? 0 : in.accessibleSpaces();
        if (ev > in.spaces()) {
            errors.add(new Problem.FieldError("evSpaces", "more than the spaces of the lot"));
        }
        if (accessible > in.spaces()) {
            errors.add(new Problem.FieldError("accessibleSpaces", "more than the spaces of the lot"));
        }
        if (in.dailyMaxFen() != null && in.dailyMaxFen() < in.firstHourFen()) {
            errors.add(new Problem.FieldError("dailyMaxFen", "cannot be below the first hour's price"));
        }
        if (!errors.isEmpty()) {
            throw new ProblemException(Response.Status.BAD_REQUEST, "Some fields are invalid.", errors);
        }
        String prefix = in.sensorPrefix() == null || in.sensorPrefix().isBlank() ? "S-" + in.id() : in.sensorPrefix();
        try {
            QuarkusTransaction.requiringNew().run(() -> {
                Lot lot = new Lot();
                lot.id = in.id();
                lot.nameZh = in.nameZh().strip();
                lot.nameEn = in.nameEn().strip();
                lot.category = in.category();
                lot.districtZh = Objects.requireNonNullElse(in.districtZh(), "");
                lot.districtEn = Objects.requireNonNullElse(in.districtEn(), "");
                lot.addressZh = Objects.requireNonNullElse(in.addressZh(), "");
                lot.addressEn = Objects.requireNonNullElse(in.addressEn(), "");
                lot.lat = in.lat();
                lot.lon = in.lon();
                lot.opens = in.opens();
                lot.closes = in.closes();
                lot.freeMinutes = in.freeMinutes() == null ? 15 : in.freeMinutes();
                lot.firstHourFen = in.firstHourFen();
                lot.perHourFen = in.perHourFen();
                lot.dailyMaxFen = in.dailyMaxFen();
                lot.maxStayMinutes = in.maxStayMinutes();
                lot.updatedAt = clock.instant();
                em.persist(lot);
                for (int i = 1; i <= in.spaces(); i++) {
                    Space s = new Space();
                    s.lotId = lot.id;
                    s.label = String.format("%03d", i);
                    s.sensorId = String.format("%s-%04d", prefix, i);
                    s.ev = i <= ev;
                    s.accessible = i > in.spaces() - accessible;
                    em.persist(s);
                }
                em.flush();
            });
        } catch (RuntimeException e) {
            if (SqlStates.is(e, SqlStates.UNIQUE_VIOLATION)) {
                throw ProblemException.conflict("A lot with this id, or a sensor with these ids, exists already.");
            }
            throw e;
        }
        return reload(in.id());
    }

    private LotInfo reload(String lotId) {
        List<LotInfo> read = directory.load(lotId);
        occupancy.load(read, clock.instant());
        return read.get(0);
    }

    /** Changes a lot's tariff and records who did it; future stays and bookings pay the new prices. */
    public LotInfo changePrices(String lotId, PriceInput in, String userId, String userName) {
        if (in.dailyMaxFen() != null && in.dailyMaxFen() < in.firstHourFen()) {
            throw ProblemException.invalidField("dailyMaxFen", "cannot be below the first hour's price");
        }
        QuarkusTransaction.requiringNew().run(() -> {
            Lot lot = em.find(Lot.class, lotId, LockModeType.PESSIMISTIC_WRITE);
            if (lot == null) {
                throw ProblemException.notFound("No lot " + lotId + ".");
            }
            if (lot.version != in.version()) {
                throw ProblemException.conflict(
                        ParkingProblemTypes.LOT_CHANGED,
                        "Someone changed this lot meanwhile; reload it and try again.");
            }
            em.createNativeQuery("insert into parking.price_change (lot_id, changed_at, changed_by, changed_by_name,"
                            + " old_first_hour_fen, old_per_hour_fen, old_daily_max_fen, new_first_hour_fen,"
                            + " new_per_hour_fen, new_daily_max_fen) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                    .setParameter(1, lotId)
                    .setParameter(2, clock.instant())
                    .setParameter(3, userId)
                    .setParameter(4, userName)
                    .setParameter(5, lot.firstHourFen)
                    .setParameter(6, lot.perHourFen)
                    .setParameter(7, lot.dailyMaxFen)
                    .setParameter(8, in.firstHourFen())
                    .setParameter(9, in.perHourFen())
                    .setParameter(10, in.dailyMaxFen())
                    .executeUpdate();
            lot.firstHourFen = in.firstHourFen();
            lot.perHourFen = in.perHourFen();
            lot.dailyMaxFen = in.dailyMaxFen();
            if (in.freeMinutes() != null) {
                lot.freeMinutes = in.freeMinutes();
            }
            lot.updatedAt = clock.instant();
        });
        return reload(lotId);
    }

    public int lotVersion(String lotId) {
        return QuarkusTransaction.requiringNew().call(() -> {
            Lot lot = em.find(Lot.class, lotId);
            if (lot == null) {
                throw ProblemException.notFound("No lot " + lotId + ".");
            }
            return lot.version;
        });
    }

    /** Closes a space (works, an event) or opens it again. */
    public void setSpaceClosed(String lotId, long spaceId, boolean closed) {
        int n = QuarkusTransaction.requiringNew()
                .call(() -> em.createQuery("update Space s set s.closed = :c where s.id = :id and s.lotId = :lot")
                        .setParameter("c", closed)
                        .setParameter("id", spaceId)
                        .setParameter("lot", lotId)
                        .executeUpdate());
        if (n == 0) {
            throw ProblemException.notFound("No space " + spaceId + " in lot " + lotId + ".");
        }
        occupancy.setClosed(spaceId, closed, clock.instant());
    }

    public List<PriceChangeView> priceChanges(String lotId, int limit) {
        List<PriceChangeView> out = new ArrayList<>();
        String where = lotId == null ? "" : " where lot_id = ?";
        try (Connection c = dataSource.getConnection();
                PreparedStatement ps = c.prepareStatement("select lot_id, changed_at, changed_by, changed_by_name,"
                        + " old_first_hour_fen, old_per_hour_fen, old_daily_max_fen, new_first_hour_fen,"
                        + " new_per_hour_fen, new_daily_max_fen from parking.price_change" + where
                        + " order by changed_at desc, id desc limit " + Math.max(1, Math.min(limit, 500)))) {
            if (lotId != null) {
                ps.setString(1, lotId);
            }
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new PriceChangeView(
                            rs.getString(1),
                            rs.getTimestamp(2).toInstant(),
                            rs.getString(3),
                            rs.getString(4),
                            rs.getLong(5),
                            rs.getLong(6),
                            (Long) rs.getObject(7),
                            rs.getLong(8),
                            rs.getLong(9),
                            (Long) rs.getObject(10)));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read price changes", e);
        }
        return out;
    }

    /** Money of the stays that ended in the last {@code days} days, by day in city time. */
    public List<DayRevenue> revenueByDay(int days) {
        List<DayRevenue> out = new ArrayList<>();
        try (Connection c = dataSource.getConnection();
                PreparedStatement ps = c.prepareStatement("select (ended_at at time zone 'Asia/Shanghai')::date,"
                        + " count(*), coalesce(sum(charge_fen), 0), coalesce(sum(paid_fen), 0),"
                        + " coalesce(sum(owed_fen), 0) from parking.session"
                        + " where status = 'CLOSED' and ended_at >= ? group by 1 order by 1")) {
            ps.setTimestamp(1, Timestamp.from(clock.instant().minus(Duration.ofDays(days))));
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new DayRevenue(
                            rs.getObject(1, LocalDate.class),
                            rs.getInt(2),
                            rs.getLong(3),
                            rs.getLong(4),
                            rs.getLong(5)));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read parking revenue", e);
        }
        return out;
    }

    public Overview overview() {
        int lots = 0;
        int spaces = 0;
        int free = 0;
        int occupied = 0;
        int unknown = 0;
        int closed = 0;
        for (LotInfo lot : directory.lots()) {
            Occupancy.LotLive live = occupancy.lot(lot.id());
            lots++;
            spaces += live.total();
            free += live.free();
            occupied += live.occupied();
            unknown += live.unknown();
            closed += live.closed();
        }
        int[] health = occupancy.health();
        return new Overview(
                lots,
                spaces,
                free,
                occupied,
                unknown,
                closed,
                Occupancy.rate(occupied, free + occupied),
                health[0],
                health[1],
                occupancy.appliedCount(),
                occupancy.ignoredCount(),
                journal.persistedCount(),
                journal.backlog());
    }
}
