package city.traffic.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;

import city.testing.Tokens;
import city.traffic.TrafficFixtures;
import city.traffic.internal.SignalControl;
import city.traffic.internal.TrafficJournal;
import city.traffic.internal.TrafficNetworks;
import city.traffic.internal.network.Intersection;
import city.traffic.internal.network.Movement;
import city.traffic.internal.network.Road;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** One intersection over the API: movements, phases and controller, and its approaches' last hours. */
@QuarkusTest
class IntersectionApiTest {

    @Inject
    TrafficNetworks networks;

    @Inject
    SignalControl control;

    @Inject
    TrafficJournal journal;

    @BeforeEach
    @AfterEach
    void freshSignals() {
        TrafficFixtures.freshSignals();
    }

    @Test
    @TestSecurity(user = "x-reader", roles = "police")
    void shouldDescribeMovementsPhasesAndTheControllerNow() {
        Intersection x = TrafficFixtures.signalised(62);
        control.setMode(x.id(), SignalControl.Mode.ACTUATED);
        TrafficFixtures.tick(3);
        Movement left = x.movements().stream()
                .filter(m -> m.type().name().equals("LEFT"))
                .findFirst()
                .orElseThrow();
        JsonPath body = given().get("/api/v1/traffic/intersections/" + x.id())
                .then()
                .statusCode(200)
                .body("id", equalTo(x.id()))
                .body("nameZh", equalTo(x.name().zh()))
                .body("signalised", equalTo(true))
                .body("movements", hasSize(x.movements().size()))
                .body("phases", hasSize(4))
                .body("phases.minGreenSeconds", hasItem(10))
                .body("phases[0].plannedGreenSeconds", equalTo(30))
                .body("yellowSeconds", equalTo(3))
                .body("allRedSeconds", equalTo(2))
                .body("controller", equalTo("ACTUATED"))
                .body("state.mode", equalTo("ACTUATED"))
                .body("state.intersectionId", equalTo(x.id()))
                .extract()
                .jsonPath();
        String m = "movements[" + left.index() + "]";
        assertThat(body.getString(m + ".type")).isEqualTo("LEFT");
        assertThat(body.getString(m + ".fromRoad")).isEqualTo(left.fromRoad());
        assertThat(body.getString(m + ".toRoad")).isEqualTo(left.toRoad());
        assertThat(body.getList(m + ".fromLanes", Integer.class)).isEqualTo(left.fromLanes());
        // the phase that serves the movement lists it, and the movement names the phase
        int phase = control.phaseFor(x.id(), left.fromRoad(), left.toRoad());
        assertThat(body.getList(m + ".phases", Integer.class)).containsExactly(phase);
        assertThat(body.getList("phases[" + phase + "].movements", Integer.class))
                .contains(left.index());
        // the default city's grid: roads into it come from the four directions
        assertThat(body.getList("movements.bound", String.class)).contains("N", "E", "S", "W");
    }

    @Test
    @TestSecurity(user = "x-reader-2", roles = "traffic-operator")
    void shouldAnswer404ForAnUnknownIntersectionAndDescribeOneWithoutSignal() {
        given().get("/api/v1/traffic/intersections/no-such-place")
                .then()
                .statusCode(404)
                .contentType("application/problem+json");
        Intersection edge = networks.current().virtualIntersections().get(0);
        given().get("/api/v1/traffic/intersections/" + edge.id())
                .then()
                .statusCode(200)
                .body("signalised", equalTo(false))
                .body("virtual", equalTo(true))
                .body("phases", hasSize(0))
                .body("controller", equalTo(null));
    }

    @Test
    @TestSecurity(user = "x-history", roles = "traffic-operator")
    void shouldSumEachApproachsLanesPerFiveMinutesFromTheRollUp() {
        Intersection x = TrafficFixtures.signalised(100);
        List<Road> in = networks.current().incomingRoads(x.id());
        Road road = in.get(0);
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        Instant bucket = TrafficJournal.bucket(now);
        // two readings a lane in the bucket before this one: vehicles add up, the queue is each lane's longest
        Instant earlier = bucket.minusSeconds(200);
        List<Map<String, Object>> readings = new ArrayList<>();
        for (int lane = 0; lane < road.laneCount(); lane++) {
            readings.add(TrafficFixtures.reading(road.id(), lane, earlier, 10, 0.2, 30.0, 3.0 + lane));
            readings.add(TrafficFixtures.reading(road.id(), lane, earlier.plusSeconds(60), 5, 0.2, 30.0, 1.0));
        }
        TrafficFixtures.post(readings);
        journal.flush();
        JsonPath h = given().get("/api/v1/traffic/intersections/" + x.id() + "/history?minutes=60")
                .then()
                .statusCode(200)
                .body("intersectionId", equalTo(x.id()))
                .body("minutes", equalTo(60))
                .body("bucketSeconds", equalTo(300))
                .body("roads", hasSize(in.size()))
                .extract()
                .jsonPath();
        String b = "roads.find { it.roadId == '" + road.id() + "' }.buckets.find { it.start == '"
                + TrafficJournal.bucket(earlier) + "' }";
        int lanes = road.laneCount();
        assertThat(h.getInt(b + ".vehicles")).isEqualTo(15 * lanes);
        assertThat(h.getInt(b + ".readings")).isEqualTo(2 * lanes);
        assertThat(h.getDouble(b + ".flowPerHour")).isEqualTo(15.0 * lanes * 12);
        double queue = 0;
        for (int lane = 0; lane < lanes; lane++) {
            queue += 3.0 + lane;
        }
        assertThat(h.getDouble(b + ".queue")).isEqualTo(queue);
        // the window is whole 5-minute intervals, the one under way included
        assertThat(Instant.parse(h.getString("to"))).isEqualTo(bucket.plusSeconds(300));
        assertThat(Instant.parse(h.getString("from")))
                .isEqualTo(bucket.plusSeconds(300).minusSeconds(3600));
        // another road of the intersection has no readings in that interval
        assertThat(h.getList("roads.find { it.roadId == '" + in.get(1).id() + "' }.buckets.findAll { it.start == '"
                        + TrafficJournal.bucket(earlier) + "' }"))
                .isEmpty();
    }

    @Test
    @TestSecurity(user = "x-history-bad", roles = "police")
    void shouldRefuseMinutesOutsideFiveToADay() {
        String id = TrafficFixtures.signalised(100).id();
        for (String minutes : List.of("4", "1441", "-5", "an-hour")) {
            given().get("/api/v1/traffic/intersections/" + id + "/history?minutes=" + minutes)
                    .then()
                    .statusCode(400)
                    .contentType("application/problem+json")
                    .body("errors[0].field", equalTo("minutes"));
        }
        given().get("/api/v1/traffic/intersections/" + id + "/history?minutes=5")
                .then()
                .statusCode(200);
        given().get("/api/v1/traffic/intersections/" + id + "/history?minutes=1440")
                .then()
                .statusCode(200);
        given().get("/api/v1/traffic/intersections/" + id + "/history").then().body("minutes", equalTo(60));
        given().get("/api/v1/traffic/intersections/nowhere/history").then().statusCode(404);
    }

    @Test
    void shouldOpenToOperatorsAndPoliceOnly() {
        String id = TrafficFixtures.signalised(63).id();
        for (String path :
                List.of("/api/v1/traffic/intersections/" + id, "/api/v1/traffic/intersections/" + id + "/history")) {
            given().get(path).then().statusCode(401);
            given().auth().oauth2(Tokens.of("citizen")).get(path).then().statusCode(403);
            given().auth().oauth2(Tokens.of("police")).get(path).then().statusCode(200);
        }
    }
}
