package city.parking.internal;

import static org.assertj.core.api.Assertions.assertThat;

import city.platform.geo.GeoPoint;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

class LotInfoTest {

    static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    static LotInfo lot(LocalTime opens, LocalTime closes) {
        return new LotInfo(
                "X1",
                "甲",
                "A",
                "offStreet",
                "",
                "",
                "",
                "",
                new GeoPoint(31.23, 121.47),
                opens,
                closes,
                new Tariff(0, 0, 0, null),
                null,
                true,
                List.of());
    }

    static boolean openAt(LotInfo lot, int hour, int minute) {
        return lot.openAt(
                ZonedDateTime.of(2026, 11, 30, hour, minute, 0, 0, SHANGHAI).toInstant(), SHANGHAI);
    }

    @Test
    void openingHoursIncludeTheOpeningMinuteAndExcludeTheClosingOne() {
        LotInfo mall = lot(LocalTime.of(7, 0), LocalTime.of(23, 0));
        assertThat(openAt(mall, 6, 59)).isFalse();
        assertThat(openAt(mall, 7, 0)).isTrue();
        assertThat(openAt(mall, 22, 59)).isTrue();
        assertThat(openAt(mall, 23, 0)).isFalse();
    }

    @Test
    void hoursMayRunOverMidnight() {
        LotInfo night = lot(LocalTime.of(18, 0), LocalTime.of(6, 0));
        assertThat(openAt(night, 23, 0)).isTrue();
        assertThat(openAt(night, 2, 0)).isTrue();
        assertThat(openAt(night, 12, 0)).isFalse();
    }

    @Test
    void withoutHoursALotIsAlwaysOpen() {
        assertThat(openAt(lot(null, null), 3, 0)).isTrue();
    }

    @Test
    void geodesicDistanceMatchesAKnownPair() {
        // People's Square to Lujiazui (Oriental Pearl Tower): about 2.5 km
        double m = new GeoPoint(31.2304, 121.4737).metresTo(new GeoPoint(31.2397, 121.4998));
        assertThat(m).isBetween(2600.0, 2750.0);
    }
}
