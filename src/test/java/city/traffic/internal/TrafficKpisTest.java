package city.traffic.internal;

import static org.assertj.core.api.Assertions.assertThat;

import city.traffic.TrafficFixtures;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The city's figures: the flow-weighted speed, the incidents and arrivals counted, the two hours kept. */
@QuarkusTest
class TrafficKpisTest {

    /** A moment long before the other tests' incidents, so that only this test's rows count around it. */
    static final Instant AT = Instant.parse("2025-06-01T10:00:00Z");

    @Inject
    TrafficKpis kpis;

    @Inject
    TrafficNetworks networks;

    static LiveTraffic.LaneLive lane(double flowPerHour, Double speed) {
        return new LiveTraffic.LaneLive("r", 0, AT, 1, flowPerHour, 0.1, speed, 0.0);
    }

    @Test
    void theAverageSpeedIsWeightedByFlowOverTheLanesThatMeasuredOne() {
        assertThat(TrafficKpis.averageSpeed(List.of(lane(1200, 30.0), lane(600, 60.0))))
                .isEqualTo(40.0);
        // a lane without a speed, or without traffic, weighs nothing
        assertThat(TrafficKpis.averageSpeed(List.of(lane(1200, 30.0), lane(600, null), lane(0, 5.0))))
                .isEqualTo(30.0);
        assertThat(TrafficKpis.averageSpeed(List.of(lane(0, 50.0)))).isNull();
        assertThat(TrafficKpis.averageSpeed(List.of(new LiveTraffic.LaneLive("r", 0, null, 0, 0, 0, null, null))))
                .isNull();
    }

    private void incident(Duration detectedBefore, Duration arrivedAfterDetection) {
        Instant detected = AT.minus(detectedBefore);
        String onScene = arrivedAfterDetection == null ? "null" : "'" + detected.plus(arrivedAfterDetection) + "'";
        String road = networks.current().roads().get(3).id();
        TrafficFixtures.sql("insert into traffic.incident (id, kind, source, road_id, lat, lon, received_at,"
                + " detected_at, status, on_scene_at) values ('" + UUID.randomUUID() + "', 'ACCIDENT', 'CAMERA', '"
                + road + "', 31.23, 121.47, '" + detected + "', '" + detected + "', '"
                + (arrivedAfterDetection == null ? "DETECTED" : "ON_SCENE") + "', " + onScene + ")");
    }

    @Test
    void incidentsOfTheLastHourAndTheMeanTimeToArriveOverADay() {
        incident(Duration.ofMinutes(30), Duration.ofMinutes(8));
        incident(Duration.ofHours(5), Duration.ofMinutes(12));
        incident(Duration.ofHours(2), null);
        // more than a day before: not counted
        incident(Duration.ofHours(25), Duration.ofMinutes(40));
        // detected ten minutes before, but the unit arrives after the moment asked about
        incident(Duration.ofMinutes(10), Duration.ofMinutes(15));
        TrafficKpis.Kpis k = kpis.at(AT);
        assertThat(k.incidentsLastHour()).isEqualTo(2);
        assertThat(k.meanMinutesToArrival()).isEqualTo(10.0);
        assertThat(k.arrivals()).isEqualTo(2);
        // a day later, nothing of it counts any more
        TrafficKpis.Kpis later = kpis.at(AT.plus(Duration.ofDays(2)));
        assertThat(later.incidentsLastHour()).isZero();
        assertThat(later.meanMinutesToArrival()).isNull();
        assertThat(later.arrivals()).isZero();
    }

    @Test
    void theSeriesKeepsTwoHoursInTimeOrder() {
        Instant t0 = AT.plus(Duration.ofDays(10));
        kpis.sample(t0);
        kpis.sample(t0.plusSeconds(30));
        kpis.sample(t0.plus(Duration.ofHours(1)));
        assertThat(kpis.series())
                .extracting(TrafficKpis.Kpis::at)
                .containsExactly(t0, t0.plusSeconds(30), t0.plus(Duration.ofHours(1)));
        // more than two hours after the first: the first is forgotten
        kpis.sample(t0.plus(Duration.ofHours(2)).plusSeconds(10));
        assertThat(kpis.series())
                .extracting(TrafficKpis.Kpis::at)
                .containsExactly(
                        t0.plusSeconds(30),
                        t0.plus(Duration.ofHours(1)),
                        t0.plus(Duration.ofHours(2)).plusSeconds(10));
        // a sample earlier than the newest starts the series again from there
        kpis.sample(t0.plus(Duration.ofMinutes(90)));
        assertThat(kpis.series())
                .extracting(TrafficKpis.Kpis::at)
                .containsExactly(t0.plusSeconds(30), t0.plus(Duration.ofHours(1)), t0.plus(Duration.ofMinutes(90)));
    }
}
