package city.traffic.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;

import city.testing.Tokens;
import city.traffic.internal.LiveTraffic;
import city.traffic.internal.TrafficJournal;
import city.traffic.internal.TrafficNetworks;
import city.traffic.internal.network.CityFlowFormat;
import city.traffic.internal.network.DefaultCity;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Detector readings through the real endpoint into live lane state, the database and its roll-up. */
@QuarkusTest
class TrafficIngestTest {

    static final String INGEST = "/api/v1/ingest/traffic";
    static String device;

    @Inject
    LiveTraffic live;

    @Inject
    TrafficJournal journal;

    @Inject
    TrafficNetworks networks;

    @Inject
    EntityManager em;

    @BeforeEach
    void token() {
        if (device == null) {
            device = Tokens.device();
        }
    }

    /** A road of the default city: intersection_1_1 eastwards. */
    String road() {
        return networks.current().roads().get(0).id();
    }

    static Map<String, Object> reading(String road, int lane, Instant to, int vehicles, double occupancy) {
        return Map.of(
                "refRoadSegment",
                road,
                "laneId",
                lane,
                "dateObservedFrom",
                to.minusSeconds(60).toString(),
                "dateObservedTo",
                to.toString(),
                "intensity",
                vehicles,
                "occupancy",
                occupancy,
                "averageVehicleSpeed",
                32.5,
                "queueLength",
                4.0);
    }

    @Test
    void readingsReachLiveStateAndArePersistedWithTheirRollup() {
        String road = road();
        Instant to = Instant.now().truncatedTo(ChronoUnit.SECONDS).minusSeconds(30);
        given().auth()
                .oauth2(device)
                .contentType(ContentType.JSON)
                .body(List.of(reading(road, 0, to, 12, 0.2), reading(road, 1, to, 9, 0.15)))
                .when()
                .post(INGEST)
                .then()
                .statusCode(202)
                .body("accepted", equalTo(2));
        Awaitility.await()
                .atMost(Duration.ofSeconds(5))
                .untilAsserted(() ->
                        assertThat(live.lane(road, 0).orElseThrow().intensity()).isEqualTo(12));
        LiveTraffic.LaneLive lane = live.lane(road, 0).orElseThrow();
        assertThat(lane.flowPerHour()).isEqualTo(720.0);
        assertThat(lane.queueLength()).isEqualTo(4.0);
        // an older reading of the same lane changes nothing
        given().auth()
                .oauth2(device)
                .contentType(ContentType.JSON)
                .body(List.of(reading(road, 0, to.minusSeconds(60), 50, 0.9)))
                .when()
                .post(INGEST)
                .then()
                .statusCode(202);
        Awaitility.await()
                .atMost(Duration.ofSeconds(5))
                .untilAsserted(() -> assertThat(live.ignoredCount()).isPositive());
        assertThat(live.lane(road, 0).orElseThrow().intensity()).isEqualTo(12);
        journal.flush();
        Number vehicles = QuarkusTransaction.requiringNew().call(() -> (Number)
                em.createNativeQuery("select sum(vehicles) from traffic.lane_rollup where road_id = ?1 and bucket = ?2")
                        .setParameter(1, road)
                        .setParameter(2, TrafficJournal.bucket(to))
                        .getSingleResult());
        assertThat(vehicles.intValue()).isEqualTo(21);
        given().auth()
                .oauth2(Tokens.of("traffic-operator"))
                .when()
                .get("/api/v1/traffic/lanes/" + road + "/0")
                .then()
                .statusCode(200)
                .body("intensity", equalTo(12));
    }

    @Test
    void aBadBatchIsRefusedWholeNamingEachBadItem() {
        String road = road();
        Instant to = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        long applied = live.appliedCount();
        given().auth()
                .oauth2(device)
                .contentType(ContentType.JSON)
                .body(List.of(
                        reading(road, 0, to, 5, 0.1),
                        reading("no-such-road", 0, to, 5, 0.1),
                        reading(road, 9, to, 5, 0.1),
                        reading(road, 0, to, 5, 1.5),
                        reading(road, 0, to.plus(Duration.ofHours(1)), 5, 0.1),
                        Map.of("refRoadSegment", road, "laneId", 0)))
                .when()
                .post(INGEST)
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body(
                        "errors.field",
                        hasItems("[1].laneId", "[2].laneId", "[3].occupancy", "[4].dateObservedTo", "[5].intensity"));
        assertThat(live.appliedCount()).isEqualTo(applied);
    }

    @Test
    void onlyDevicesReportAndOnlyStaffRead() {
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
        given().auth()
                .oauth2(Tokens.of("citizen"))
                .when()
                .get("/api/v1/traffic/network")
                .then()
                .statusCode(403);
        given().auth()
                .oauth2(Tokens.of("police"))
                .when()
                .get("/api/v1/traffic/network")
                .then()
                .statusCode(200)
                .body("signalised", equalTo(128));
    }

    @Test
    @TestSecurity(user = "traffic-ops-1", roles = "traffic-operator")
    void anInvalidNetworkImportsNothingAndAValidOneReplacesTheActiveNetwork() throws IOException {
        long before = networks.currentInfo().id();
        given().contentType(ContentType.JSON)
                .body("{\"intersections\":[{\"id\":\"a\"}],\"roads\":[{\"id\":\"r\",\"startIntersection\":\"x\"}]}")
                .queryParam("name", "broken")
                .when()
                .post("/api/v1/traffic/networks")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors.size()", org.hamcrest.Matchers.greaterThan(2));
        assertThat(networks.currentInfo().id()).isEqualTo(before);
        String small;
        try (InputStream in = getClass().getResourceAsStream("/traffic/roadnet_2x2.json")) {
            small = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        try {
            given().contentType(ContentType.JSON)
                    .body(small)
                    .queryParam("name", "2x2 test grid")
                    .when()
                    .post("/api/v1/traffic/networks")
                    .then()
                    .statusCode(201)
                    .body("name", equalTo("2x2 test grid"))
                    .body("signalised", equalTo(4));
            assertThat(networks.current().signalisedIntersections()).hasSize(4);
            assertThat(live.hasLane("road_1_1_0", 0)).isTrue();
            given().when()
                    .get("/api/v1/traffic/network/roadnet.json")
                    .then()
                    .statusCode(200)
                    .body("roads.size()", equalTo(24));
        } finally {
            networks.replace("默认城市 Default city", CityFlowFormat.exportRoadnet(DefaultCity.build()), "test");
        }
        assertThat(networks.current().signalisedIntersections()).hasSize(128);
    }
}
