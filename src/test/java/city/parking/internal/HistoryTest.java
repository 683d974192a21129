package city.parking.internal;

import static org.assertj.core.api.Assertions.assertThat;

import city.parking.ParkingFixtures;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The 5-minute history, what it predicts, and how long rows are kept. */
@QuarkusTest
class HistoryTest {

    @Inject
    History history;

    @Inject
    SensorJournal journal;

    @Test
    void bucketsStartEveryFiveMinutes() {
        assertThat(History.bucket(Instant.parse("2026-11-30T10:04:59.9Z")))
                .isEqualTo(Instant.parse("2026-11-30T10:00:00Z"));
        assertThat(History.bucket(Instant.parse("2026-11-30T10:05:00Z")))
                .isEqualTo(Instant.parse("2026-11-30T10:05:00Z"));
    }

    @Test
    void thePredictionOfAnHourIsTheMeanOfThatHourInPastWeeks() {
        LotInfo lot = ParkingFixtures.lot(4);
        ParkingFixtures.allFree(lot);
        // Monday 30 November 2026, 09:10 in Shanghai: 4 free; a week earlier at the same hour: 2 free
        Instant monday = Instant.parse("2026-11-30T01:10:00Z");
        history.snapshot(monday);
        ParkingFixtures.sensor(lot.spaces().get(0), true, Instant.now());
        ParkingFixtures.sensor(lot.spaces().get(1), true, Instant.now());
        history.snapshot(monday.minus(Duration.ofDays(7)));
        var nine = history.prediction(lot.id(), monday.plusSeconds(1)).stream()
                .filter(h -> h.dayOfWeek() == 1 && h.hour() == 9)
                .findFirst()
                .orElseThrow();
        assertThat(nine.expectedFree()).isEqualTo(3.0);
        assertThat(nine.samples()).isEqualTo(2);
        // nine weeks back is beyond what predictions use
        history.snapshot(monday.minus(Duration.ofDays(63)));
        assertThat(history.prediction(lot.id(), monday.plusSeconds(1)).stream()
                        .filter(h -> h.dayOfWeek() == 1 && h.hour() == 9)
                        .findFirst()
                        .orElseThrow()
                        .samples())
                .isEqualTo(2);
        assertThat(history.purgeHistory(monday.minus(Duration.ofDays(30)))).isPositive();
        assertThat(history.points(lot.id(), monday.minus(Duration.ofDays(70)), monday.minus(Duration.ofDays(30))))
                .isEmpty();
    }

    @Test
    void rawSensorRowsAreKeptForTheRetentionPeriodOnly() {
        LotInfo lot = ParkingFixtures.lot(2);
        ParkingFixtures.allFree(lot);
        journal.flush();
        assertThat(history.purgeSensorEvents(Instant.now().minus(Duration.ofDays(7))))
                .isZero();
        assertThat(history.purgeSensorEvents(Instant.now().plusSeconds(60))).isGreaterThanOrEqualTo(2);
    }
}
