package city.parking.internal;

import city.platform.geo.GeoPoint;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Time;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import javax.sql.DataSource;

/**
 * Every lot and space in memory (a few hundred lots, tens of thousands of spaces): searches and sensor events never
 * wait for the database. Reloaded lot by lot when an operator changes one.
 */
@ApplicationScoped
public class LotDirectory {

    private final DataSource dataSource;
    private final Map<String, LotInfo> lots = new ConcurrentHashMap<>();
    private final Map<String, LotInfo.SpaceInfo> bySensor = new ConcurrentHashMap<>();
    private final Map<Long, LotInfo.SpaceInfo> bySpace = new ConcurrentHashMap<>();

    LotDirectory(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** Reads every lot, or only the one named; returns the lots read. */
    public List<LotInfo> load(String onlyLot) {
        String where = onlyLot == null ? "" : " where l.id = ?";
        Map<String, List<LotInfo.SpaceInfo>> spaces = new HashMap<>();
        List<LotInfo> read = new ArrayList<>();
        try (Connection c = dataSource.getConnection()) {
            try (PreparedStatement ps = c.prepareStatement(
                    "select s.id, s.lot_id, s.label, s.sensor_id, s.ev, s.accessible from parking.space s"
                            + " join parking.lot l on l.id = s.lot_id" + where + " order by s.lot_id, s.id")) {
                if (onlyLot != null) {
                    ps.setString(1, onlyLot);
                }
                ps.setFetchSize(5000);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        LotInfo.SpaceInfo s = new LotInfo.SpaceInfo(
                                rs.getLong(1),
                                rs.getString(2),
                                rs.getString(3),
                                rs.getString(4),
                                rs.getBoolean(5),
                                rs.getBoolean(6));
                        spaces.computeIfAbsent(s.lotId(), k -> new ArrayList<>())
                                .add(s);
                    }
                }
            }
            try (PreparedStatement ps = c.prepareStatement("select l.id, l.name_zh, l.name_en, l.category,"
                    + " l.district_zh, l.district_en, l.address_zh, l.address_en, l.lat, l.lon, l.opens, l.closes,"
                    + " l.free_minutes, l.first_hour_fen, l.per_hour_fen, l.daily_max_fen, l.max_stay_minutes,"
                    + " l.active from parking.lot l" + where)) {
                if (onlyLot != null) {
                    ps.setString(1, onlyLot);
                }
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        long max = rs.getLong(16);
                        Long dailyMax = rs.wasNull() ? null : max;
                        int stay = rs.getInt(17);
                        Integer maxStay = rs.wasNull() ? null : stay;
                        String id = rs.getString(1);
                        read.add(new LotInfo(
                                id,
                                rs.getString(2),
                                rs.getString(3),
                                rs.getString(4),
                                rs.getString(5),
                                rs.getString(6),
                                rs.getString(7),
                                rs.getString(8),
                                new GeoPoint(rs.getDouble(9), rs.getDouble(10)),
                                time(rs.getTime(11)),
                                time(rs.getTime(12)),
                                new Tariff(rs.getInt(13), rs.getLong(14), rs.getLong(15), dailyMax),
                                maxStay,
                                rs.getBoolean(18),
                                List.copyOf(spaces.getOrDefault(id, List.of()))));
                    }
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the parking lots", e);
        }
        for (LotInfo lot : read) {
            lots.put(lot.id(), lot);
            for (LotInfo.SpaceInfo s : lot.spaces()) {
                bySensor.put(s.sensorId(), s);
                bySpace.put(s.id(), s);
            }
        }
        return read;
    }

    private static LocalTime time(Time t) {
        return t == null ? null : t.toLocalTime();
    }

    public Optional<LotInfo> lot(String id) {
        return Optional.ofNullable(id == null ? null : lots.get(id));
    }

    public Collection<LotInfo> lots() {
        return lots.values();
    }

    public Optional<LotInfo.SpaceInfo> sensor(String sensorId) {
        return Optional.ofNullable(bySensor.get(sensorId));
    }

    public Optional<LotInfo.SpaceInfo> space(long spaceId) {
        return Optional.ofNullable(bySpace.get(spaceId));
    }
}
