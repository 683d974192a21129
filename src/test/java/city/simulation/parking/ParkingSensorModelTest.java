package city.simulation.parking;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ParkingSensorModelTest {

    static List<ParkingSensorModel.Bay> bays(int lots, int perLot, boolean onStreet) {
        List<ParkingSensorModel.Bay> out = new ArrayList<>();
        for (int l = 0; l < lots; l++) {
            for (int b = 0; b < perLot; b++) {
                out.add(new ParkingSensorModel.Bay("S-" + l + "-" + b, "L" + l, onStreet));
            }
        }
        return out;
    }

    static ParkingSensorModel model(long seed) {
        return new ParkingSensorModel(bays(10, 200, false), seed, Duration.ofMinutes(90), Duration.ofMinutes(5));
    }

    /** Monday 30 November 2026, 10:00 in Shanghai. */
    static final Instant MORNING =
            ZonedDateTime.of(2026, 11, 30, 10, 0, 0, 0, ParkingSensorModel.CITY).toInstant();

    @Test
    void theSameSeedGivesTheSameCity() {
        ParkingSensorModel a = model(7);
        ParkingSensorModel b = model(7);
        assertThat(a.start(MORNING)).isEqualTo(b.start(MORNING));
        assertThat(a.tick(MORNING.plusSeconds(2), Duration.ofSeconds(2)))
                .isEqualTo(b.tick(MORNING.plusSeconds(2), Duration.ofSeconds(2)));
        assertThat(model(8).start(MORNING)).isNotEqualTo(model(7).start(MORNING));
    }

    @Test
    void occupancyFollowsTheDailyProfile() {
        ParkingSensorModel m = model(1);
        m.start(ZonedDateTime.of(2026, 11, 30, 3, 0, 0, 0, ParkingSensorModel.CITY)
                .toInstant());
        double night = rate(m);
        Instant t = ZonedDateTime.of(2026, 11, 30, 3, 0, 0, 0, ParkingSensorModel.CITY)
                .toInstant();
        // simulate to the early afternoon in one-minute steps: the garages fill
        for (int i = 0; i < 10 * 60; i++) {
            t = t.plusSeconds(60);
            m.tick(t, Duration.ofMinutes(1));
        }
        double afternoon = rate(m);
        assertThat(night).isLessThan(0.4);
        assertThat(afternoon).isGreaterThan(night + 0.25);
        double target = 0;
        for (int i = 0; i < m.size(); i++) {
            target += ParkingSensorModel.targetRate(false, t.atZone(ParkingSensorModel.CITY), 0);
        }
        assertThat(afternoon).isCloseTo(target / m.size(), org.assertj.core.data.Offset.offset(0.15));
    }

    static double rate(ParkingSensorModel m) {
        int taken = 0;
        for (int i = 0; i < m.size(); i++) {
            taken += m.occupied(i) ? 1 : 0;
        }
        return (double) taken / m.size();
    }

    @Test
    void sensorsReportEveryChangeAndBeatEveryFiveMinutesExceptTheDeadOnes() {
        ParkingSensorModel m = model(3);
        List<ParkingSensorModel.Message> first = m.start(MORNING);
        int dead = 0;
        for (int i = 0; i < m.size(); i++) {
            dead += m.dead(i) ? 1 : 0;
        }
        assertThat(dead).isBetween(1, 30);
        assertThat(first).hasSize(m.size() - dead);
        Map<String, Integer> heartbeats = new HashMap<>();
        Map<String, Boolean> last = new HashMap<>();
        first.forEach(msg -> last.put(msg.sensorId(), msg.occupied()));
        Instant t = MORNING;
        for (int i = 0; i < 300; i++) {
            t = t.plusSeconds(2);
            for (ParkingSensorModel.Message msg : m.tick(t, Duration.ofSeconds(2))) {
                if (msg.type().equals("heartbeat")) {
                    heartbeats.merge(msg.sensorId(), 1, Integer::sum);
                    assertThat(msg.occupied()).isEqualTo(last.get(msg.sensorId()));
                    assertThat(msg.batteryPct()).isBetween(0, 100);
                } else {
                    // a status message is a change
                    assertThat(msg.occupied()).isNotEqualTo(last.get(msg.sensorId()));
                    last.put(msg.sensorId(), msg.occupied());
                    assertThat(msg.observedAt()).isBeforeOrEqualTo(t).isAfter(t.minusSeconds(2));
                }
            }
        }
        // ten minutes: every live sensor beat twice
        assertThat(heartbeats).hasSize(m.size() - dead);
        assertThat(heartbeats.values()).allMatch(n -> n == 2);
    }
}
