package city.traffic.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import city.testing.Tokens;
import city.traffic.ingest.ReadingBatch;
import city.traffic.ingest.ReadingsConsumer;
import city.traffic.internal.LaneReading;
import city.traffic.internal.SignalControl;
import city.traffic.internal.TrafficNetworks;
import city.traffic.internal.network.Intersection;
import city.traffic.internal.network.Movement;
import city.traffic.internal.network.MovementType;
import city.traffic.internal.network.Road;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The control loop and operators' overrides through the API. */
@QuarkusTest
class SignalApiTest {

    @Inject
    SignalControl control;

    @Inject
    TrafficNetworks networks;

    @Inject
    ReadingsConsumer readings;

    void run(int seconds) {
        for (int i = 0; i < seconds; i++) {
            control.tickNext();
        }
    }

    Intersection intersection(int i) {
        return networks.current().signalisedIntersections().get(i);
    }

    @Test
    @TestSecurity(user = "ops-signals", roles = "traffic-operator")
    void operatorsHoldForceAndReleaseAndEachActionIsRecorded() {
        String id = intersection(5).id();
        run(2);
        given().when()
                .get("/api/v1/traffic/signals")
                .then()
                .statusCode(200)
                .body("size()", equalTo(128))
                .body("intersectionId", hasItem(id));
        given().contentType(ContentType.JSON)
                .body(Map.of("phase", 2))
                .when()
                .post("/api/v1/traffic/signals/" + id + "/hold")
                .then()
                .statusCode(200);
        run(60);
        given().when()
                .get("/api/v1/traffic/signals/" + id)
                .then()
                .statusCode(200)
                .body("phase", equalTo(2))
                .body("stage", equalTo("GREEN"))
                .body("control", equalTo("OPERATOR_HOLD"));
        given().contentType(ContentType.JSON)
                .body(Map.of("greens", List.of(5, 20, 20, 20)))
                .when()
                .post("/api/v1/traffic/signals/" + id + "/force-plan")
                .then()
                .statusCode(400);
        given().contentType(ContentType.JSON)
                .body(Map.of("phase", 9))
                .when()
                .post("/api/v1/traffic/signals/" + id + "/hold")
                .then()
                .statusCode(400);
        given().contentType(ContentType.JSON)
                .when()
                .post("/api/v1/traffic/signals/" + id + "/release")
                .then()
                .statusCode(200);
        run(200);
        given().when().get("/api/v1/traffic/signals/" + id).then().body("control", equalTo("CONTROLLER"));
        given().when()
                .get("/api/v1/traffic/signals/actions?intersection=" + id)
                .then()
                .statusCode(200)
                .body("action", org.hamcrest.Matchers.contains("RELEASE", "HOLD"))
                .body("by[0]", equalTo("ops-signals"));
        given().when()
                .get("/api/v1/traffic/signals/control-loop")
                .then()
                .statusCode(200)
                .body("ticks", org.hamcrest.Matchers.greaterThan(200));
    }

    @Test
    @TestSecurity(user = "ops-signals-2", roles = "traffic-operator")
    void maxPressureServesTheApproachWithTheLongQueue() {
        Intersection x = intersection(40);
        // the through movement of the first approach gets a long queue; every other lane is empty
        Movement target = x.movements().stream()
                .filter(m -> m.type() == MovementType.STRAIGHT)
                .findFirst()
                .orElseThrow();
        int phase = control.phaseFor(x.id(), target.fromRoad(), target.toRoad());
        assertThat(phase).isNotNegative();
        given().contentType(ContentType.JSON)
                .body(Map.of("mode", "MAX_PRESSURE"))
                .when()
                .put("/api/v1/traffic/signals/" + x.id() + "/controller")
                .then()
                .statusCode(200)
                .body("mode", equalTo("MAX_PRESSURE"));
        Instant now = Instant.now();
        List<LaneReading> batch = new ArrayList<>();
        for (Road road : networks.current().incomingRoads(x.id())) {
            for (int lane = 0; lane < road.laneCount(); lane++) {
                double queue = road.id().equals(target.fromRoad()) ? 25 : 0;
                batch.add(new LaneReading(road.id(), lane, now.minusSeconds(60), now, 5, 0.3, 20.0, queue));
            }
        }
        readings.consume(new ReadingBatch(batch, now));
        run(60);
        assertThat(control.view(x.id()).phase()).isEqualTo(phase);
    }

    @Test
    void policeSeeButDoNotSteer() {
        String id = intersection(7).id();
        given().auth()
                .oauth2(Tokens.of("police"))
                .when()
                .get("/api/v1/traffic/signals/" + id)
                .then()
                .statusCode(200);
        given().auth()
                .oauth2(Tokens.of("police"))
                .contentType(ContentType.JSON)
                .body(Map.of("phase", 1))
                .when()
                .post("/api/v1/traffic/signals/" + id + "/hold")
                .then()
                .statusCode(403);
        given().auth()
                .oauth2(Tokens.of("citizen"))
                .when()
                .get("/api/v1/traffic/signals")
                .then()
                .statusCode(403);
    }
}
