package city.traffic.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import city.platform.geo.GeoPoint;
import city.testing.Tokens;
import city.traffic.internal.EmergencyTrips;
import city.traffic.internal.TrafficNetworks;
import city.traffic.internal.network.Road;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Ambulance trips and vehicle positions through the API, with real tokens: devices, operators, police, citizens. */
@QuarkusTest
class EmergencyApiTest {

    static String device;
    static String operator;
    static String police;
    static String citizen;

    @Inject
    TrafficNetworks networks;

    @Inject
    EmergencyTrips trips;

    @BeforeEach
    void tokens() {
        if (device == null) {
            device = Tokens.device();
            operator = Tokens.of("traffic-operator");
            police = Tokens.of("police");
            citizen = Tokens.of("citizen");
        }
    }

    static String vehicle() {
        return "AMB-" + ThreadLocalRandom.current().nextInt(100_000, 999_999);
    }

    static Map<String, Object> position(String vehicle, Instant at, GeoPoint p, double kmh) {
        return Map.of(
                "vehicleId",
                vehicle,
                "dateObserved",
                at.toString(),
                "location",
                Map.of("type", "Point", "coordinates", List.of(p.lon(), p.lat())),
                "speed",
                kmh,
                "heading",
                90);
    }

    String hospital() {
        return given().auth()
                .oauth2(device)
                .get("/api/v1/traffic/emergency/hospitals")
                .then()
                .statusCode(200)
                .body("size()", equalTo(5))
                .body("intersectionId", not(hasItem((String) null)))
                .extract()
                .path("[0].id");
    }

    String start(String vehicle, String origin) {
        String id = given().auth()
                .oauth2(device)
                .contentType(ContentType.JSON)
                .body(Map.of("vehicleId", vehicle, "originId", origin, "hospitalId", hospital()))
                .post("/api/v1/traffic/emergency/trips")
                .then()
                .statusCode(201)
                .body("status", equalTo("ACTIVE"))
                .body("vehicleId", equalTo(vehicle))
                .body("createdBy", equalTo("service-account-city-devices"))
                .extract()
                .path("id");
        return id;
    }

    @Test
    void theDispatchSystemStartsATripTheAmbulanceReportsAndOperatorsFollowIt() {
        String vehicle = vehicle();
        String origin = networks.current().signalisedIntersections().get(3).id();
        String id = start(vehicle, origin);
        List<String> route = given().auth()
                .oauth2(police)
                .get("/api/v1/traffic/emergency/trips?active=true")
                .then()
                .statusCode(200)
                .body("id", hasItem(id))
                .extract()
                .path("find { it.id == '" + id + "' }.routeRoadIds");
        Road first = networks.current().road(route.get(0));
        // two positions along the first road, through the public endpoint
        Instant now = Instant.now();
        GeoPoint a = networks.current().toGeo(first.points().get(0));
        GeoPoint b = networks.current()
                .toGeo(new city.traffic.internal.network.Point(
                        (first.points().get(0).x() + first.points().get(1).x()) / 2,
                        (first.points().get(0).y() + first.points().get(1).y()) / 2));
        given().auth()
                .oauth2(device)
                .contentType(ContentType.JSON)
                .body(List.of(position(vehicle, now.minusSeconds(5), a, 0), position(vehicle, now, b, 40)))
                .post("/api/v1/ingest/traffic/vehicle-positions")
                .then()
                .statusCode(202)
                .body("accepted", equalTo(2));
        await().atMost(Duration.ofSeconds(5))
                .until(() -> trips.trip(UUID.fromString(id)).orElseThrow().position() != null
                        && trips.trip(UUID.fromString(id)).orElseThrow().startedAt() != null);
        EmergencyTrips.TripView t = trips.trip(UUID.fromString(id)).orElseThrow();
        assertThat(t.startedAt()).isEqualTo(now.minusSeconds(5).truncatedTo(java.time.temporal.ChronoUnit.MICROS));
        assertThat(t.remainingMetres())
                .isCloseTo(t.routeMetres() - first.length() / 2, org.assertj.core.data.Offset.offset(5.0));
        assertThat(t.etaSeconds()).isPositive();
        given().auth()
                .oauth2(operator)
                .get("/api/v1/traffic/emergency/trips/" + id)
                .then()
                .statusCode(200)
                .body("position.speedKmh", equalTo(40.0f))
                .body("hospitalNameEn", equalTo(t.hospitalNameEn()));
        // an operator calls it off: finished, listed with the latest trips, no longer in progress
        given().auth()
                .oauth2(operator)
                .contentType(ContentType.JSON)
                .post("/api/v1/traffic/emergency/trips/" + id + "/cancel")
                .then()
                .statusCode(200)
                .body("status", equalTo("CANCELLED"));
        given().auth()
                .oauth2(operator)
                .get("/api/v1/traffic/emergency/trips?active=true")
                .then()
                .statusCode(200)
                .body("id", not(hasItem(id)));
        given().auth()
                .oauth2(operator)
                .get("/api/v1/traffic/emergency/trips")
                .then()
                .statusCode(200)
                .body("find { it.id == '" + id + "' }.status", equalTo("CANCELLED"));
        // the vehicle may start a new trip now
        String again = start(vehicle, origin);
        given().auth()
                .oauth2(device)
                .contentType(ContentType.JSON)
                .post("/api/v1/traffic/emergency/trips/" + again + "/cancel")
                .then()
                .statusCode(200);
    }

    @Test
    void badTripsAreProblemsNamingTheFieldsAndAVehicleRunsOneTripAtATime() {
        given().auth()
                .oauth2(operator)
                .contentType(ContentType.JSON)
                .body(Map.of("vehicleId", "x", "hospitalId", "H-NOWHERE"))
                .post("/api/v1/traffic/emergency/trips")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", containsInAnyOrder("vehicleId", "hospitalId", "originId"));
        given().auth()
                .oauth2(operator)
                .contentType(ContentType.JSON)
                .body(Map.of("vehicleId", "AMB-1", "originId", "nowhere", "hospitalId", hospital()))
                .post("/api/v1/traffic/emergency/trips")
                .then()
                .statusCode(400)
                .body("errors.field", containsInAnyOrder("originId"));
        String vehicle = vehicle();
        // from a position: the nearest intersection
        GeoPoint near = networks.current().signalisedIntersections().get(10).location();
        String id = given().auth()
                .oauth2(operator)
                .contentType(ContentType.JSON)
                .body(Map.of(
                        "vehicleId",
                        vehicle,
                        "originLat",
                        near.lat(),
                        "originLon",
                        near.lon(),
                        "hospitalId",
                        hospital()))
                .post("/api/v1/traffic/emergency/trips")
                .then()
                .statusCode(201)
                .body(
                        "originId",
                        equalTo(networks.current()
                                .signalisedIntersections()
                                .get(10)
                                .id()))
                .extract()
                .path("id");
        given().auth()
                .oauth2(operator)
                .contentType(ContentType.JSON)
                .body(Map.of("vehicleId", vehicle, "originId", "intersection_2_2", "hospitalId", hospital()))
                .post("/api/v1/traffic/emergency/trips")
                .then()
                .statusCode(409)
                .contentType("application/problem+json");
        given().auth()
                .oauth2(operator)
                .contentType(ContentType.JSON)
                .post("/api/v1/traffic/emergency/trips/" + id + "/cancel")
                .then()
                .statusCode(200);
        given().auth()
                .oauth2(operator)
                .get("/api/v1/traffic/emergency/trips/" + UUID.randomUUID())
                .then()
                .statusCode(404);
        given().auth()
                .oauth2(operator)
                .get("/api/v1/traffic/emergency/trips?limit=0")
                .then()
                .statusCode(400)
                .body("errors.field", hasItem("limit"));
    }

    @Test
    void aBadPositionBatchIsRefusedWholeWithEachBadItemNamed() {
        String vehicle = vehicle();
        String id = start(
                vehicle, networks.current().signalisedIntersections().get(5).id());
        GeoPoint ok = networks.current().signalisedIntersections().get(5).location();
        Map<String, Object> good = position(vehicle, Instant.now(), ok, 10);
        given().auth()
                .oauth2(device)
                .contentType(ContentType.JSON)
                .body(List.of(
                        good,
                        position("bad id!", Instant.now(), ok, 10),
                        Map.of(
                                "vehicleId",
                                vehicle,
                                "dateObserved",
                                Instant.now().toString(),
                                "location",
                                Map.of("type", "Point", "coordinates", List.of(121.0, 95.0))),
                        Map.of(
                                "vehicleId",
                                vehicle,
                                "dateObserved",
                                Instant.now().plusSeconds(3600).toString(),
                                "location",
                                Map.of("type", "Point", "coordinates", List.of(121.0, 31.0))),
                        Map.of(
                                "vehicleId",
                                vehicle,
                                "dateObserved",
                                Instant.now().toString())))
                .post("/api/v1/ingest/traffic/vehicle-positions")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body(
                        "errors.field",
                        containsInAnyOrder(
                                "[1].vehicleId", "[2].location.coordinates[1]", "[3].dateObserved", "[4].location"));
        assertThat(trips.trip(UUID.fromString(id)).orElseThrow().position()).isNull();
        given().auth()
                .oauth2(device)
                .contentType(ContentType.JSON)
                .post("/api/v1/traffic/emergency/trips/" + id + "/cancel")
                .then()
                .statusCode(200);
    }

    @Test
    void rolesOnEveryEndpoint() {
        String trips = "/api/v1/traffic/emergency/trips";
        given().get(trips).then().statusCode(401);
        given().contentType(ContentType.JSON)
                .body("[]")
                .post("/api/v1/ingest/traffic/vehicle-positions")
                .then()
                .statusCode(401);
        given().auth().oauth2(citizen).get(trips).then().statusCode(403);
        given().auth()
                .oauth2(citizen)
                .get("/api/v1/traffic/emergency/hospitals")
                .then()
                .statusCode(403);
        given().auth()
                .oauth2(citizen)
                .contentType(ContentType.JSON)
                .body(List.of())
                .post("/api/v1/ingest/traffic/vehicle-positions")
                .then()
                .statusCode(403);
        // police follow trips but do not start or end them; devices start them but do not read them
        given().auth().oauth2(police).get(trips).then().statusCode(200);
        given().auth()
                .oauth2(police)
                .contentType(ContentType.JSON)
                .body(Map.of("vehicleId", "AMB-9"))
                .post(trips)
                .then()
                .statusCode(403);
        given().auth()
                .oauth2(police)
                .contentType(ContentType.JSON)
                .post(trips + "/" + UUID.randomUUID() + "/cancel")
                .then()
                .statusCode(403);
        given().auth().oauth2(device).get(trips).then().statusCode(403);
        given().auth()
                .oauth2(operator)
                .contentType(ContentType.JSON)
                .body(List.of())
                .post("/api/v1/ingest/traffic/vehicle-positions")
                .then()
                .statusCode(403);
    }
}
