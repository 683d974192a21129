package city.parking.internal;

import city.platform.geo.GeoPoint;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;

/** What the live screens and the search need to know of a lot, read once and kept in memory. */
public record LotInfo(
        String id,
        String nameZh,
        String nameEn,
        String category,
        String districtZh,
        String districtEn,
        String addressZh,
        String addressEn,
        GeoPoint location,
        LocalTime opens,
        LocalTime closes,
        Tariff tariff,
        Integer maxStayMinutes,
        boolean active,
        List<SpaceInfo> spaces) {

    /** A bay of the lot. */
    public record SpaceInfo(long id, String lotId, String label, String sensorId, boolean ev, boolean accessible) {}

    public int capacity() {
        return spaces.size();
    }

    public boolean openDayAndNight() {
        return opens == null;
    }

    /** Whether the lot lets cars in at that instant; hours may run over midnight (closes before opens). */
    public boolean openAt(Instant at, ZoneId zone) {
        if (opens == null) {
            return true;
        }
        LocalTime t = at.atZone(zone).toLocalTime();
        return opens.isBefore(closes)
                ? !t.isBefore(opens) && t.isBefore(closes)
                : !t.isBefore(opens) || t.isBefore(closes);
    }
}
