package city.traffic.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class IncidentDetectorTest {

    static final Instant T = Instant.parse("2026-11-30T02:00:00Z");

    static LaneReading reading(String road, int minute, int vehicles, double occupancy, Double speed) {
        return new LaneReading(
                road,
                0,
                T.plusSeconds(60L * minute),
                T.plusSeconds(60L * minute + 60),
                vehicles,
                occupancy,
                speed,
                null);
    }

    @Test
    void aSuddenSpeedDropWithOccupancyUpHereAndDownDownstreamIsAnIncident() {
        IncidentDetector d = new IncidentDetector();
        List<String> downstream = List.of("down");
        for (int m = 0; m < 5; m++) {
            assertThat(d.observe(reading("up", m, 15, 0.15, 48.0), downstream, () -> -1))
                    .isEmpty();
            assertThat(d.observe(reading("down", m, 15, 0.15, 50.0), List.of(), () -> -1))
                    .isEmpty();
        }
        // downstream empties as the blockage holds traffic back
        d.observe(reading("down", 5, 2, 0.02, 55.0), List.of(), () -> -1);
        d.observe(reading("down", 6, 1, 0.01, 55.0), List.of(), () -> -1);
        assertThat(d.observe(reading("up", 6, 4, 0.55, 9.0), downstream, () -> -1))
                .contains(IncidentDetector.Kind.SPEED_DROP);
    }

    @Test
    void ordinaryCongestionThatReachesDownstreamIsNot() {
        IncidentDetector d = new IncidentDetector();
        List<String> downstream = List.of("down");
        for (int m = 0; m < 5; m++) {
            d.observe(reading("up", m, 15, 0.15, 48.0), downstream, () -> -1);
            d.observe(reading("down", m, 15, 0.5, 30.0), List.of(), () -> -1);
        }
        // the speed drops, but downstream is as full: a queue, not an incident
        assertThat(d.observe(reading("up", 6, 4, 0.55, 9.0), downstream, () -> -1))
                .isEmpty();
    }

    @Test
    void aGradualSlowdownIsNot() {
        IncidentDetector d = new IncidentDetector();
        Optional<IncidentDetector.Kind> found = Optional.empty();
        double speed = 50;
        for (int m = 0; m < 30 && found.isEmpty(); m++) {
            speed *= 0.9;
            found = d.observe(reading("up", m, 10, Math.min(0.6, 0.1 + m * 0.02), speed), List.of(), () -> -1);
        }
        assertThat(found).isEmpty();
    }

    @Test
    void aVehicleStoppedOverTheDetectorIsAStall() {
        IncidentDetector d = new IncidentDetector();
        assertThat(d.observe(reading("up", 0, 0, 0.95, 0.0), List.of(), () -> -1))
                .contains(IncidentDetector.Kind.STALLED_VEHICLE);
        assertThat(d.observe(reading("up", 1, 0, 0.95, null), List.of(), () -> -1))
                .contains(IncidentDetector.Kind.STALLED_VEHICLE);
        assertThat(d.observe(reading("up", 2, 3, 0.95, 5.0), List.of(), () -> -1))
                .isEmpty();
    }

    @Test
    void aQueueStandingAtARedLightIsNotAStallButOneThatDoesNotMoveOnGreenIs() {
        IncidentDetector d = new IncidentDetector();
        assertThat(d.observe(reading("up", 0, 0, 1.0, null), List.of(), () -> 0))
                .as("red all along")
                .isEmpty();
        assertThat(d.observe(reading("up", 1, 0, 1.0, null), List.of(), () -> IncidentDetector.GREEN_SECONDS - 1))
                .as("green came too late in the interval for the queue to reach the detector")
                .isEmpty();
        assertThat(d.observe(reading("up", 2, 0, 1.0, null), List.of(), () -> IncidentDetector.GREEN_SECONDS))
                .contains(IncidentDetector.Kind.STALLED_VEHICLE);
    }

    @Test
    void finesFollowTheLaw() {
        assertThat(Violations.fineFen(Violations.Kind.RED_LIGHT, null, null)).isEqualTo(20_000);
        assertThat(Violations.fineFen(Violations.Kind.SPEEDING, 55.0, 50.0)).isEqualTo(20_000);
        assertThat(Violations.fineFen(Violations.Kind.SPEEDING, 60.0, 50.0)).isEqualTo(100_000);
        assertThat(Violations.fineFen(Violations.Kind.SPEEDING, 75.0, 50.0)).isEqualTo(100_000);
        assertThat(Violations.fineFen(Violations.Kind.SPEEDING, 76.0, 50.0)).isEqualTo(200_000);
        assertThat(Violations.fineFen(Violations.Kind.SPEEDING, 50.0, 50.0)).isZero();
    }
}
