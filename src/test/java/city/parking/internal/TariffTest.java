package city.parking.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The price of a stay at every boundary: grace period, first hour, partial hours, daily cap, overnight. */
class TariffTest {

    static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    /** 15 free minutes, 10 yuan the first hour, 8 each further hour, at most 60 a day. */
    static final Tariff GARAGE = new Tariff(15, 1000, 800, 6000L);
    /** No grace, no cap: on-street. */
    static final Tariff STREET = new Tariff(0, 1200, 1500, null);

    static Instant at(int day, int hour, int minute) {
        return ZonedDateTime.of(2026, 11, day, hour, minute, 0, 0, SHANGHAI).toInstant();
    }

    static long price(Tariff t, Instant from, Instant to) {
        return t.charge(from, to, SHANGHAI);
    }

    @Test
    void staysWithinTheGracePeriodAreFree() {
        assertThat(price(GARAGE, at(2, 10, 0), at(2, 10, 0))).isZero();
        assertThat(price(GARAGE, at(2, 10, 0), at(2, 10, 15))).isZero();
        assertThat(price(GARAGE, at(2, 10, 0), at(2, 10, 15).plusSeconds(1))).isEqualTo(1000);
    }

    @Test
    void withoutGraceEvenAMinuteIsTheFirstHour() {
        assertThat(price(STREET, at(2, 10, 0), at(2, 10, 0))).isZero();
        assertThat(price(STREET, at(2, 10, 0), at(2, 10, 1))).isEqualTo(1200);
    }

    @Test
    void theFirstHourThenEachStartedHour() {
        assertThat(price(GARAGE, at(2, 10, 0), at(2, 11, 0))).isEqualTo(1000);
        assertThat(price(GARAGE, at(2, 10, 0), at(2, 11, 0).plusSeconds(1))).isEqualTo(1800);
        assertThat(price(GARAGE, at(2, 10, 0), at(2, 12, 0))).isEqualTo(1800);
        assertThat(price(GARAGE, at(2, 10, 0), at(2, 12, 1))).isEqualTo(2600);
        assertThat(price(STREET, at(2, 10, 0), at(2, 13, 30))).isEqualTo(1200 + 3 * 1500);
    }

    @Test
    void aDayCostsAtMostTheDailyMaximum() {
        // 10:00 to 17:00: 10 + 6 x 8 = 58 yuan, under the cap; to 18:00 it would be 66: capped at 60
        assertThat(price(GARAGE, at(2, 10, 0), at(2, 17, 0))).isEqualTo(5800);
        assertThat(price(GARAGE, at(2, 10, 0), at(2, 18, 0))).isEqualTo(6000);
        assertThat(price(GARAGE, at(2, 0, 0), at(2, 23, 59))).isEqualTo(6000);
        assertThat(price(STREET, at(2, 0, 0), at(2, 23, 0))).isEqualTo(1200 + 22 * 1500);
    }

    @Test
    void overnightEachCalendarDayHasItsOwnCap() {
        // 22:00 to 08:00 next day: day 1 has 22:00 and 23:00 (10 + 8), day 2 has 00:00..07:00 (8 x 8 = 64 -> 60)
        Map<LocalDate, Long> days = GARAGE.breakdown(at(2, 22, 0), at(3, 8, 0), SHANGHAI);
        assertThat(days)
                .containsExactly(
                        Map.entry(LocalDate.of(2026, 11, 2), 1800L), Map.entry(LocalDate.of(2026, 11, 3), 6000L));
        assertThat(price(GARAGE, at(2, 22, 0), at(3, 8, 0))).isEqualTo(7800);
        // three whole days: three caps
        assertThat(price(GARAGE, at(2, 0, 0), at(5, 0, 0))).isEqualTo(3 * 6000);
    }

    @Test
    void daysAreCountedInCityTimeNotUtc() {
        // 07:30 to 08:30 in Shanghai is 23:30 to 00:30 UTC: still one day, one first hour + one further hour
        assertThat(GARAGE.breakdown(at(2, 7, 30), at(2, 8, 31), SHANGHAI)).hasSize(1);
    }

    @Test
    void aCapBelowTheFirstHourStillCaps() {
        Tariff t = new Tariff(0, 1000, 500, 800L);
        assertThat(t.charge(at(2, 9, 0), at(2, 12, 0), SHANGHAI)).isEqualTo(800);
    }

    @Test
    void refusesNonsense() {
        assertThatThrownBy(() -> GARAGE.charge(at(2, 10, 0), at(2, 9, 0), SHANGHAI))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Tariff(0, -1, 0, null)).isInstanceOf(IllegalArgumentException.class);
    }
}
