package city.traffic.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasItem;

import city.platform.rest.ProblemException;
import city.testing.Tokens;
import city.traffic.ingest.CameraEventsConsumer;
import city.traffic.ingest.ReadingBatch;
import city.traffic.ingest.ReadingsConsumer;
import city.traffic.internal.IncidentDesk;
import city.traffic.internal.IncidentView;
import city.traffic.internal.LaneReading;
import city.traffic.internal.TrafficNetworks;
import city.traffic.internal.network.Road;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

/** From camera events and readings to alerts, dispatch and violations, over the API. */
@QuarkusTest
class IncidentApiTest {

    static final String CAMERA = "/api/v1/ingest/traffic/camera-events";

    @Inject
    TrafficNetworks networks;

    @Inject
    IncidentDesk desk;

    @Inject
    ReadingsConsumer readings;

    @Inject
    CameraEventsConsumer cameras;

    @Inject
    EntityManager em;

    Road road(int i) {
        return networks.current().roads().get(i);
    }

    void allUnitsAvailable() {
        QuarkusTransaction.requiringNew().run(() -> {
            em.createNativeQuery("update traffic.police_unit set status = 'AVAILABLE', incident_id = null")
                    .executeUpdate();
            em.createNativeQuery("update traffic.incident set status = 'CLEARED' where status <> 'CLEARED'")
                    .executeUpdate();
        });
    }

    @Test
    @TestSecurity(user = "police-1", roles = "police")
    void aCameraAccidentIsAnAlertAtOnceThenDispatchedToTheNearestUnitAndCleared() {
        allUnitsAvailable();
        Road road = road(101);
        given().auth()
                .oauth2(Tokens.device())
                .contentType(ContentType.JSON)
                .body(List.of(Map.of(
                        "type",
                        "ACCIDENT",
                        "refRoadSegment",
                        road.id(),
                        "laneId",
                        0,
                        "evidence",
                        "cam-17/2026-11-30T02-00-01.jpg",
                        "observedAt",
                        Instant.now().toString())))
                .when()
                .post(CAMERA)
                .then()
                .statusCode(202);
        IncidentView alert = Awaitility.await()
                .atMost(Duration.ofSeconds(1))
                .until(
                        () -> desk.open().stream()
                                .filter(i -> i.roadId().equals(road.id()))
                                .findFirst()
                                .orElse(null),
                        i -> i != null);
        assertThat(alert.alertLatencyMicros()).isLessThan(1_000_000);
        assertThat(alert.kind()).isEqualTo("ACCIDENT");

        String unit = given().contentType(ContentType.JSON)
                .body("{}")
                .when()
                .post("/api/v1/traffic/incidents/" + alert.id() + "/dispatch")
                .then()
                .statusCode(200)
                .body("status", equalTo("DISPATCHED"))
                .body("etaSeconds", greaterThan(0))
                .extract()
                .path("unitId");
        given().contentType(ContentType.JSON)
                .body("{}")
                .when()
                .post("/api/v1/traffic/incidents/" + alert.id() + "/dispatch")
                .then()
                .statusCode(409);
        given().when()
                .get("/api/v1/traffic/police-units")
                .then()
                .body("find { it.id == '" + unit + "' }.status", equalTo("DISPATCHED"));
        given().contentType(ContentType.JSON)
                .when()
                .post("/api/v1/traffic/incidents/" + alert.id() + "/on-scene")
                .then()
                .statusCode(200)
                .body("status", equalTo("ON_SCENE"));
        given().contentType(ContentType.JSON)
                .when()
                .post("/api/v1/traffic/incidents/" + alert.id() + "/clear")
                .then()
                .statusCode(200)
                .body("status", equalTo("CLEARED"))
                .body("clearedAt", org.hamcrest.Matchers.notNullValue());
        given().when()
                .get("/api/v1/traffic/police-units")
                .then()
                .body("find { it.id == '" + unit + "' }.status", equalTo("AVAILABLE"))
                .body("find { it.id == '" + unit + "' }.intersectionId", equalTo(road.from()));
        given().when()
                .get("/api/v1/traffic/incidents/latency")
                .then()
                .statusCode(200)
                .body("alerts", greaterThan(0));
        // only the alerts raised since an instant: none in the future, this one since just before it
        given().when()
                .get("/api/v1/traffic/incidents/latency?since=" + Instant.now().plusSeconds(60))
                .then()
                .statusCode(200)
                .body("alerts", equalTo(0));
        given().when()
                .get("/api/v1/traffic/incidents/latency?since="
                        + alert.detectedAt().minusMillis(1))
                .then()
                .statusCode(200)
                .body("alerts", greaterThan(0))
                .body("p99Micros", org.hamcrest.Matchers.lessThan(1_000_000));
        given().when()
                .get("/api/v1/traffic/incidents/latency?since=yesterday")
                .then()
                .statusCode(400)
                .body("errors.field", org.hamcrest.Matchers.hasItem("since"));
    }

    @Test
    void theNearestUnitGoesAndNoUnitGoesTwice() throws Exception {
        allUnitsAvailable();
        List<UUID> incidents = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            incidents.add(desk.raise("ACCIDENT", "CAMERA", road(200 + i * 7).id(), 0, "test", Instant.now())
                    .id());
        }
        ExecutorService pool = Executors.newFixedThreadPool(10);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Object>> results = new ArrayList<>();
        for (UUID id : incidents) {
            results.add(pool.submit(() -> {
                start.await();
                try {
                    return desk.dispatch(id, null, "test");
                } catch (ProblemException e) {
                    return e;
                }
            }));
        }
        start.countDown();
        Set<String> units = new HashSet<>();
        int dispatched = 0;
        int refused = 0;
        for (Future<Object> f : results) {
            Object r = f.get();
            if (r instanceof IncidentView v) {
                dispatched++;
                assertThat(units.add(v.unitId()))
                        .as("unit " + v.unitId() + " sent twice")
                        .isTrue();
            } else if (r instanceof ProblemException e && e.status().getStatusCode() == 409) {
                refused++;
            }
        }
        pool.shutdown();
        assertThat(dispatched).isEqualTo(12);
        assertThat(refused).isEqualTo(8);
        allUnitsAvailable();
    }

    @Test
    void aReadingShowingAStalledVehicleRaisesAnAlertBeforeTheBatchIsDone() {
        Road road = road(333);
        Instant to = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        Instant received = Instant.now();
        readings.consume(new ReadingBatch(
                List.of(new LaneReading(road.id(), 0, to.minusSeconds(60), to, 0, 0.97, 0.0, 12.0)), received));
        IncidentView alert = desk.open().stream()
                .filter(i -> i.roadId().equals(road.id()))
                .findFirst()
                .orElseThrow();
        assertThat(alert.kind()).isEqualTo("STALLED_VEHICLE");
        assertThat(alert.source()).isEqualTo("DETECTOR");
        assertThat(alert.alertLatencyMicros()).isLessThan(1_000_000);
        // the same stall reported again is the same incident
        readings.consume(new ReadingBatch(
                List.of(new LaneReading(road.id(), 0, to, to.plusSeconds(60), 0, 0.97, 0.0, 14.0)), Instant.now()));
        assertThat(desk.open().stream().filter(i -> i.roadId().equals(road.id())))
                .hasSize(1);
    }

    @Test
    @TestSecurity(user = "police-2", roles = "police")
    void violationsAreRecordedOnceWithTheirFineAndFoundByPlate() {
        Road road = road(42);
        String plate = "沪E" + (10000 + (int) (Math.random() * 89999));
        Instant at = Instant.now().truncatedTo(ChronoUnit.SECONDS).minusSeconds(5);
        Map<String, Object> red = Map.of(
                "type",
                "RED_LIGHT",
                "refRoadSegment",
                road.id(),
                "plate",
                plate,
                "evidence",
                "cam-3/red.jpg",
                "observedAt",
                at.toString());
        Map<String, Object> fast = Map.of(
                "type",
                "SPEEDING",
                "refRoadSegment",
                road.id(),
                "plate",
                plate,
                "speedKmh",
                70,
                "speedLimitKmh",
                50,
                "evidence",
                "cam-3/radar.jpg",
                "observedAt",
                at.plusSeconds(1).toString());
        for (int i = 0; i < 2; i++) {
            given().auth()
                    .oauth2(Tokens.device())
                    .contentType(ContentType.JSON)
                    .body(List.of(red, fast))
                    .when()
                    .post(CAMERA)
                    .then()
                    .statusCode(202);
        }
        Awaitility.await().atMost(Duration.ofSeconds(5)).untilAsserted(() -> {
            cameras.drain();
            given().when()
                    .get("/api/v1/traffic/violations?plate=" + plate)
                    .then()
                    .statusCode(200)
                    .body("size()", equalTo(2))
                    .body("find { it.kind == 'RED_LIGHT' }.fineFen", equalTo(20000))
                    .body("find { it.kind == 'SPEEDING' }.fineFen", equalTo(100000));
        });
        // a violation without a plate, or speeding without a speed, is refused whole
        given().auth()
                .oauth2(Tokens.device())
                .contentType(ContentType.JSON)
                .body(List.of(
                        Map.of(
                                "type",
                                "RED_LIGHT",
                                "refRoadSegment",
                                road.id(),
                                "evidence",
                                "x",
                                "observedAt",
                                at.toString()),
                        Map.of(
                                "type",
                                "SPEEDING",
                                "refRoadSegment",
                                road.id(),
                                "plate",
                                plate,
                                "evidence",
                                "x",
                                "observedAt",
                                at.toString()),
                        Map.of(
                                "type",
                                "PARKING",
                                "refRoadSegment",
                                "nope",
                                "evidence",
                                "x",
                                "observedAt",
                                at.toString())))
                .when()
                .post(CAMERA)
                .then()
                .statusCode(400)
                .body(
                        "errors.field",
                        org.hamcrest.Matchers.hasItems("[0].plate", "[1].speedKmh", "[2].type", "[2].refRoadSegment"));
        given().when().get("/api/v1/traffic/incidents").then().statusCode(200);
    }

    @Test
    void rolesOnIncidents() {
        given().when().get("/api/v1/traffic/incidents").then().statusCode(401);
        given().auth()
                .oauth2(Tokens.of("citizen"))
                .when()
                .get("/api/v1/traffic/incidents")
                .then()
                .statusCode(403);
        given().auth()
                .oauth2(Tokens.of("traffic-operator"))
                .when()
                .get("/api/v1/traffic/police-units")
                .then()
                .statusCode(200)
                .body("size()", greaterThan(11))
                .body("id", hasItem("TP-01"));
        given().auth()
                .oauth2(Tokens.device())
                .when()
                .get("/api/v1/traffic/violations")
                .then()
                .statusCode(403);
    }
}
