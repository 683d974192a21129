package city.parking.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;

import city.parking.ParkingFixtures;
import city.parking.internal.LotInfo;
import city.parking.internal.Occupancy;
import city.parking.internal.SensorJournal;
import city.parking.internal.SpaceStatus;
import city.testing.Tokens;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.config.EncoderConfig;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Sensors through the real endpoint with real device credentials, into live state and the database. */
@QuarkusTest
class ParkingIngestTest {

    static final String INGEST = "/api/v1/ingest/parking";
    static String device;

    @Inject
    Occupancy occupancy;

    @Inject
    SensorJournal journal;

    @Inject
    EntityManager em;

    LotInfo lot;

    @BeforeEach
    void setUp() {
        if (device == null) {
            device = Tokens.device();
        }
        lot = ParkingFixtures.lot(4);
    }

    static Map<String, Object> status(LotInfo.SpaceInfo s, boolean occupied, Instant at) {
        return Map.of("sensorId", s.sensorId(), "type", "status", "occupied", occupied, "observedAt", at.toString());
    }

    void post(Object body) {
        given().auth()
                .oauth2(device)
                .contentType(ContentType.JSON)
                .body(body)
                .when()
                .post(INGEST)
                .then()
                .statusCode(202);
    }

    SpaceStatus status(LotInfo.SpaceInfo s) {
        return occupancy.space(s.id()).orElseThrow().status();
    }

    void await(Runnable check) {
        Awaitility.await()
                .atMost(Duration.ofSeconds(5))
                .pollInterval(Duration.ofMillis(20))
                .untilAsserted(check::run);
    }

    @Test
    void statusChangesReachLiveStateAndTheLotCounts() {
        Instant t = Instant.now().minusSeconds(60).truncatedTo(ChronoUnit.SECONDS);
        LotInfo.SpaceInfo a = lot.spaces().get(0);
        LotInfo.SpaceInfo b = lot.spaces().get(1);
        assertThat(status(a)).isEqualTo(SpaceStatus.unknown);
        given().auth()
                .oauth2(device)
                .contentType(ContentType.JSON)
                .body(List.of(status(a, true, t), status(b, false, t)))
                .when()
                .post(INGEST)
                .then()
                .statusCode(202)
                .body("accepted", equalTo(2));
        await(() -> {
            assertThat(status(a)).isEqualTo(SpaceStatus.occupied);
            assertThat(status(b)).isEqualTo(SpaceStatus.free);
        });
        Occupancy.LotLive live = occupancy.lot(lot.id());
        assertThat(live.total()).isEqualTo(4);
        assertThat(live.occupied()).isEqualTo(1);
        assertThat(live.free()).isEqualTo(1);
        assertThat(live.unknown()).isEqualTo(2);
        // the public API says the same
        given().when()
                .get("/api/v1/parking/lots/" + lot.id())
                .then()
                .statusCode(200)
                .body("live.available", equalTo(1))
                .body("live.total", equalTo(4));
    }

    @Test
    void lateAndDuplicateMessagesChangeNothing() {
        Instant t = Instant.now().minusSeconds(120).truncatedTo(ChronoUnit.SECONDS);
        LotInfo.SpaceInfo a = lot.spaces().get(0);
        post(List.of(status(a, true, t)));
        // the car left a minute later, but the message reaches us after an older duplicate and an older "free"
        post(List.of(status(a, false, t.plusSeconds(60)), status(a, true, t), status(a, false, t.minusSeconds(30))));
        await(() -> assertThat(status(a)).isEqualTo(SpaceStatus.free));
        assertThat(occupancy.space(a.id()).orElseThrow().statusAt()).isEqualTo(t.plusSeconds(60));
        // a message older than the last one, arriving last, is ignored
        post(List.of(status(a, true, t.plusSeconds(30))));
        await(() -> assertThat(occupancy.ignoredCount()).isPositive());
        assertThat(status(a)).isEqualTo(SpaceStatus.free);
        assertThat(occupancy.lot(lot.id()).free()).isEqualTo(1);
        assertThat(occupancy.lot(lot.id()).occupied()).isZero();
    }

    @Test
    void aSilentSensorMakesItsSpaceUnknownNeverFree() {
        Instant t = Instant.now().minusSeconds(10).truncatedTo(ChronoUnit.SECONDS);
        LotInfo.SpaceInfo a = lot.spaces().get(0);
        post(List.of(status(a, false, t)));
        await(() -> assertThat(status(a)).isEqualTo(SpaceStatus.free));
        occupancy.markStale(t.plus(Duration.ofMinutes(14)));
        assertThat(status(a)).isEqualTo(SpaceStatus.free);
        occupancy.markStale(t.plus(Duration.ofMinutes(16)));
        assertThat(status(a)).isEqualTo(SpaceStatus.unknown);
        assertThat(occupancy.lot(lot.id()).free()).isZero();
        // a heartbeat without status: alive, but the space stays unknown until the sensor says what it sees
        post(List.of(Map.of(
                "sensorId",
                a.sensorId(),
                "type",
                "heartbeat",
                "batteryPct",
                15,
                "observedAt",
                t.plusSeconds(5).toString())));
        await(() ->
                assertThat(occupancy.space(a.id()).orElseThrow().batteryPct()).isEqualTo(15));
        assertThat(status(a)).isEqualTo(SpaceStatus.unknown);
        // the low battery shows among unhealthy sensors
        assertThat(occupancy.unhealthy(100_000)).anyMatch(s -> s.spaceId() == a.id());
        post(List.of(Map.of(
                "sensorId",
                a.sensorId(),
                "type",
                "heartbeat",
                "occupied",
                true,
                "observedAt",
                t.plusSeconds(6).toString())));
        await(() -> assertThat(status(a)).isEqualTo(SpaceStatus.occupied));
    }

    @Test
    void ndjsonIsAcceptedAndEverythingIsPersistedInBatches() {
        Instant t = Instant.now().minusSeconds(30).truncatedTo(ChronoUnit.SECONDS);
        StringBuilder body = new StringBuilder();
        for (LotInfo.SpaceInfo s : lot.spaces()) {
            body.append("{\"sensorId\":\"")
                    .append(s.sensorId())
                    .append("\",\"type\":\"status\",\"occupied\":true,\"observedAt\":\"")
                    .append(t)
                    .append("\"}\n");
        }
        given().config(RestAssured.config()
                        .encoderConfig(EncoderConfig.encoderConfig()
                                .encodeContentTypeAs("application/x-ndjson", ContentType.TEXT)))
                .auth()
                .oauth2(device)
                .contentType("application/x-ndjson")
                .body(body.toString())
                .when()
                .post(INGEST)
                .then()
                .statusCode(202)
                .body("accepted", equalTo(4));
        await(() -> assertThat(occupancy.lot(lot.id()).occupied()).isEqualTo(4));
        journal.flush();
        List<Long> ids = lot.spaces().stream().map(LotInfo.SpaceInfo::id).toList();
        long events = QuarkusTransaction.requiringNew().call(() -> (Long)
                em.createNativeQuery("select count(*) from parking.sensor_event where space_id in (:ids)", Long.class)
                        .setParameter("ids", ids)
                        .getSingleResult());
        long states = QuarkusTransaction.requiringNew().call(() -> (Long) em.createNativeQuery(
                        "select count(*) from parking.sensor_state where occupied and space_id in (:ids)", Long.class)
                .setParameter("ids", ids)
                .getSingleResult());
        assertThat(events).isEqualTo(4);
        assertThat(states).isEqualTo(4);
    }

    @Test
    void aBadBatchIsRefusedWholeNamingEachBadItem() {
        Instant t = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        LotInfo.SpaceInfo a = lot.spaces().get(0);
        long appliedBefore = occupancy.appliedCount();
        given().auth()
                .oauth2(device)
                .contentType(ContentType.JSON)
                .body(List.of(
                        status(a, true, t),
                        Map.of(
                                "sensorId",
                                "NO-SUCH-SENSOR",
                                "type",
                                "status",
                                "occupied",
                                true,
                                "observedAt",
                                t.toString()),
                        Map.of("sensorId", a.sensorId(), "type", "status", "observedAt", t.toString()),
                        Map.of(
                                "sensorId",
                                a.sensorId(),
                                "type",
                                "parked",
                                "occupied",
                                true,
                                "observedAt",
                                t.toString()),
                        Map.of(
                                "sensorId",
                                a.sensorId(),
                                "type",
                                "heartbeat",
                                "batteryPct",
                                140,
                                "observedAt",
                                t.toString()),
                        Map.of(
                                "sensorId",
                                a.sensorId(),
                                "type",
                                "status",
                                "occupied",
                                true,
                                "observedAt",
                                t.plus(Duration.ofHours(1)).toString())))
                .when()
                .post(INGEST)
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body(
                        "errors.field",
                        hasItems("[1].sensorId", "[2].occupied", "[3].type", "[4].batteryPct", "[5].observedAt"));
        assertThat(status(a)).isEqualTo(SpaceStatus.unknown);
        assertThat(occupancy.appliedCount()).isEqualTo(appliedBefore);

        given().auth()
                .oauth2(device)
                .contentType(ContentType.JSON)
                .body("{\"not\":\"an array\"}")
                .when()
                .post(INGEST)
                .then()
                .statusCode(400)
                .contentType("application/problem+json");
        given().auth()
                .oauth2(device)
                .contentType(ContentType.JSON)
                .body("[")
                .when()
                .post(INGEST)
                .then()
                .statusCode(400)
                .contentType("application/problem+json");
        given().auth()
                .oauth2(device)
                .contentType(ContentType.JSON)
                .body("[]")
                .when()
                .post(INGEST)
                .then()
                .statusCode(400);
    }

    @Test
    void onlyDevicesMayReport() {
        given().contentType(ContentType.JSON)
                .body("[]")
                .when()
                .post(INGEST)
                .then()
                .statusCode(401);
        given().auth()
                .oauth2(Tokens.of("citizen"))
                .contentType(ContentType.JSON)
                .body("[]")
                .when()
                .post(INGEST)
                .then()
                .statusCode(403);
    }
}
