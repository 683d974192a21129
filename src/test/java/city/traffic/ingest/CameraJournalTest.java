package city.traffic.ingest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import city.testing.Tokens;
import city.traffic.internal.TrafficNetworks;
import city.traffic.internal.network.Road;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

/** Camera events are in the journal before the 202, and what the in-memory consumer never applied is applied once. */
@QuarkusTest
class CameraJournalTest {

    @Inject
    CameraJournal journal;

    @Inject
    CameraEventsConsumer cameras;

    @Inject
    TrafficNetworks networks;

    @Inject
    EntityManager em;

    private long count(String sql, Object parameter) {
        return QuarkusTransaction.requiringNew()
                .call(() -> ((Number) em.createNativeQuery(sql)
                                .setParameter(1, parameter)
                                .getSingleResult())
                        .longValue());
    }

    private long violations(String plate) {
        return count("select count(*) from traffic.violation where plate = ?1", plate);
    }

    private long inJournal(UUID id) {
        return count("select count(*) from traffic.camera_event where id = ?1", id);
    }

    private static String plate() {
        return "沪J" + (10000 + (int) (Math.random() * 89999));
    }

    @Test
    void anAcknowledgedViolationTheConsumerNeverSawIsRecordedFromTheJournalOnce() {
        Road road = networks.current().roads().get(31);
        String plate = plate();
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
        CameraEvent red = new CameraEvent(
                UUID.randomUUID(), "RED_LIGHT", road.id(), 0, plate, null, null, "cam://journal/1", now, now);
        Road other = networks.current().roads().get(77);
        CameraEvent accident = new CameraEvent(
                UUID.randomUUID(), "ACCIDENT", other.id(), 0, null, null, null, "cam://journal/2", now, now);
        // what the endpoint does before its 202; the app "dies" before the channel hands the events over
        journal.append(List.of(red, accident)).join();
        assertThat(inJournal(red.id())).isEqualTo(1);
        assertThat(violations(plate)).isZero();

        // the next start applies what was received before it
        assertThat(cameras.recover(now.plusMillis(1))).isGreaterThanOrEqualTo(2);
        assertThat(violations(plate)).isEqualTo(1);
        assertThat(inJournal(red.id())).isZero();
        assertThat(inJournal(accident.id())).isZero();
        assertThat(count("select count(*) from traffic.incident where id = ?1", accident.id()))
                .isEqualTo(1);

        // the in-memory consumer running late, and another pass, change nothing
        cameras.consume(List.of(red, accident));
        cameras.drain();
        assertThat(cameras.recover(now.plusMillis(1))).isZero();
        Awaitility.await()
                .atMost(Duration.ofSeconds(5))
                .untilAsserted(() -> assertThat(inJournal(accident.id())).isZero());
        assertThat(violations(plate)).isEqualTo(1);
        assertThat(count("select count(*) from traffic.incident where id = ?1", accident.id()))
                .isEqualTo(1);
    }

    @Test
    void theAnswerComesOnceTheEventIsInTheJournalAndTheConsumerEmptiesIt() {
        Road road = networks.current().roads().get(32);
        String plate = plate();
        Instant at = Instant.now().minusSeconds(5).truncatedTo(ChronoUnit.SECONDS);
        given().auth()
                .oauth2(Tokens.device())
                .contentType(ContentType.JSON)
                .body(List.of(Map.of(
                        "type",
                        "RED_LIGHT",
                        "refRoadSegment",
                        road.id(),
                        "laneId",
                        0,
                        "plate",
                        plate,
                        "evidence",
                        "cam://journal/3",
                        "observedAt",
                        at.toString())))
                .when()
                .post("/api/v1/ingest/traffic/camera-events")
                .then()
                .statusCode(202);
        Awaitility.await().atMost(Duration.ofSeconds(5)).untilAsserted(() -> {
            cameras.drain();
            assertThat(violations(plate)).isEqualTo(1);
            assertThat(count("select count(*) from traffic.camera_event where plate = ?1", plate))
                    .isZero();
        });
    }
}
