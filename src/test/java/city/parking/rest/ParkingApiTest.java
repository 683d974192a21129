package city.parking.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.lessThanOrEqualTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.startsWith;

import city.parking.ParkingFixtures;
import city.parking.internal.History;
import city.parking.internal.LotInfo;
import city.payments.LedgerStaysBalanced;
import city.payments.TestMoney;
import city.testing.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The parking JSON API: finding, FIWARE views, booking over HTTP, operators, roles. */
@QuarkusTest
class ParkingApiTest implements LedgerStaysBalanced {

    static final String PEOPLES_SQUARE = "lat=31.2304&lon=121.4737";

    @Inject
    History history;

    @Test
    void nearbyFindsSeededLotsSortedByWalkingDistanceOrPrice() {
        List<Integer> distances = given().when()
                .get("/api/v1/parking/lots/nearby?" + PEOPLES_SQUARE + "&radius=1500")
                .then()
                .statusCode(200)
                .body("size()", greaterThan(5))
                .body("walkingMetres", everyItem(lessThanOrEqualTo(1500)))
                .extract()
                .path("walkingMetres");
        assertThat(distances).isSorted();
        List<Integer> prices = given().when()
                .get("/api/v1/parking/lots/nearby?" + PEOPLES_SQUARE + "&radius=3000&sort=price&stay=120")
                .then()
                .statusCode(200)
                .extract()
                .path("priceFen");
        assertThat(prices).isSorted();
        // a radius too small for any lot is an empty list, not an error
        given().when()
                .get("/api/v1/parking/lots/nearby?lat=31.0&lon=121.0&radius=100")
                .then()
                .statusCode(200)
                .body("size()", equalTo(0));
    }

    @Test
    void filtersKeepLotsWithSuchASpaceFree() {
        LotInfo lot = ParkingFixtures.lot(3);
        ParkingFixtures.allFree(lot);
        String at = "lat=" + lot.location().lat() + "&lon=" + lot.location().lon();
        given().when()
                .get("/api/v1/parking/lots/nearby?" + at + "&radius=100&ev=true&accessible=true")
                .then()
                .statusCode(200)
                .body("id", hasItem(lot.id()))
                .body("find { it.id == '" + lot.id() + "' }.freeEv", equalTo(1))
                .body("find { it.id == '" + lot.id() + "' }.available", equalTo(3));
        // the EV bay taken: the lot leaves the EV search but stays in the plain one
        ParkingFixtures.sensor(lot.spaces().get(0), true, Instant.now());
        List<String> ev = given().when()
                .get("/api/v1/parking/lots/nearby?" + at + "&radius=100&ev=true")
                .then()
                .statusCode(200)
                .extract()
                .path("id");
        assertThat(ev).doesNotContain(lot.id());
        given().when()
                .get("/api/v1/parking/lots/nearby?" + at + "&radius=100&available=true")
                .then()
                .statusCode(200)
                .body("id", hasItem(lot.id()));
    }

    @Test
    void badSearchesAreProblemsNamingTheFields() {
        given().when()
                .get("/api/v1/parking/lots/nearby?lat=91&radius=10&sort=cheapest&limit=0")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", containsInAnyOrder("lat", "lon", "radius", "sort", "limit"));
        given().when().get("/api/v1/parking/lots/NOPE").then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void fiwareViewsUseTheModelsFieldNamesAndStatusValues() {
        LotInfo lot = ParkingFixtures.lot(2);
        ParkingFixtures.sensor(lot.spaces().get(0), true, Instant.now());
        given().when()
                .get("/api/v1/parking/fiware/parkings/" + lot.id())
                .then()
                .statusCode(200)
                .body("id", equalTo("urn:ngsi-ld:OffStreetParking:" + lot.id()))
                .body("type", equalTo("OffStreetParking"))
                .body("totalSpotNumber", equalTo(2))
                .body("occupiedSpotNumber", equalTo(1))
                .body("availableSpotNumber", equalTo(0))
                .body("location.type", equalTo("Point"))
                .body("location.coordinates[0]", equalTo((float) lot.location().lon()))
                .body("location.coordinates[1]", equalTo((float) lot.location().lat()))
                .body("occupancyModified", notNullValue())
                .body("chargeType", hasItems("firstIntervalPrice", "additionalIntervalPrice", "maximum"));
        given().when()
                .get("/api/v1/parking/fiware/spots?refParkingSite=urn:ngsi-ld:OffStreetParking:" + lot.id())
                .then()
                .statusCode(200)
                .body("size()", equalTo(2))
                .body("type", everyItem(equalTo("ParkingSpot")))
                .body("status", containsInAnyOrder("occupied", "unknown"))
                .body("refParkingSite", everyItem(equalTo("urn:ngsi-ld:OffStreetParking:" + lot.id())))
                .body("refDevice[0]", startsWith("urn:ngsi-ld:Device:TS-"))
                .body("category[0]", hasItems("offStreet", "electricChargingStation"));
        given().when()
                .get("/api/v1/parking/fiware/parkings")
                .then()
                .statusCode(200)
                .body("size()", greaterThanOrEqualTo(300));
    }

    @Test
    void predictionsComeFromTheFiveMinuteHistory() {
        LotInfo lot = ParkingFixtures.lot(4);
        ParkingFixtures.allFree(lot);
        ParkingFixtures.sensor(lot.spaces().get(0), true, Instant.now());
        Instant lastWeek = Instant.now().minus(java.time.Duration.ofDays(7));
        history.snapshot(Instant.now().minusSeconds(300));
        history.snapshot(Instant.now());
        given().when()
                .get("/api/v1/parking/lots/" + lot.id() + "/history?hours=1")
                .then()
                .statusCode(200)
                .body("size()", greaterThanOrEqualTo(1))
                .body("free[0]", equalTo(3));
        given().when()
                .get("/api/v1/parking/lots/" + lot.id() + "/prediction")
                .then()
                .statusCode(200)
                .body("size()", greaterThanOrEqualTo(1))
                .body("[0].expectedFree", equalTo(3.0f))
                .body("[0].occupancyRate", equalTo(0.25f));
        assertThat(lastWeek).isBefore(Instant.now());
    }

    @Test
    @TestSecurity(user = "api-driver-1", roles = "citizen")
    void aDriverBooksOverHttpWithAnIdempotencyKey() {
        TestMoney.fund("api-driver-1", 10_000);
        LotInfo lot = ParkingFixtures.lot(2);
        ParkingFixtures.allFree(lot);
        String key = UUID.randomUUID().toString();
        Map<String, Object> body =
                Map.of("lotId", lot.id(), "plate", "沪C12345", "windowMinutes", 20, "stayMinutes", 90);
        String id = given().contentType(ContentType.JSON)
                .header("Idempotency-Key", key)
                .body(body)
                .when()
                .post("/api/v1/parking/bookings")
                .then()
                .statusCode(201)
                .body("status", equalTo("BOOKED"))
                .body("holdFen", equalTo(1600))
                .extract()
                .path("id");
        given().contentType(ContentType.JSON)
                .header("Idempotency-Key", key)
                .body(body)
                .when()
                .post("/api/v1/parking/bookings")
                .then()
                .statusCode(201)
                .body("id", equalTo(id));
        given().when().get("/api/v1/parking/bookings").then().statusCode(200).body("id", hasItem(id));
        given().contentType(ContentType.JSON)
                .when()
                .post("/api/v1/parking/bookings/" + id + "/cancel")
                .then()
                .statusCode(200)
                .body("status", equalTo("CANCELLED"));
        assertThat(TestMoney.available("api-driver-1")).isEqualTo(TestMoney.balance("api-driver-1"));

        // bad input: each field named, nothing booked
        given().contentType(ContentType.JSON)
                .header("Idempotency-Key", UUID.randomUUID().toString())
                .body(Map.of(
                        "lotId",
                        "NOPE",
                        "plate",
                        "12345",
                        "windowMinutes",
                        3,
                        "stayMinutes",
                        5,
                        "arriveFrom",
                        "2020-01-01T00:00:00Z"))
                .when()
                .post("/api/v1/parking/bookings")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", hasItems("lotId", "plate", "windowMinutes", "stayMinutes", "arriveFrom"));
        given().contentType(ContentType.JSON)
                .body(body)
                .when()
                .post("/api/v1/parking/bookings")
                .then()
                .statusCode(400)
                .body("errors.field", hasItem("Idempotency-Key"));
    }

    @Test
    @TestSecurity(user = "ops-1", roles = "parking-operator")
    void operatorsSeeTheCityAndChangePricesWithAnAuditTrail() {
        LotInfo lot = ParkingFixtures.lot(3);
        given().when()
                .get("/api/v1/parking/admin/overview")
                .then()
                .statusCode(200)
                .body("lots", greaterThanOrEqualTo(300))
                .body("spaces", greaterThan(1000));
        int version = given().when()
                .get("/api/v1/parking/admin/lots")
                .then()
                .statusCode(200)
                .extract()
                .path("find { it.id == '" + lot.id() + "' }.version");
        given().contentType(ContentType.JSON)
                .body(Map.of("firstHourFen", 1500, "perHourFen", 800, "dailyMaxFen", 6000, "version", version))
                .when()
                .put("/api/v1/parking/admin/lots/" + lot.id() + "/prices")
                .then()
                .statusCode(200)
                .body("firstHourFen", equalTo(1500));
        // a second change from the same stale version is refused
        given().contentType(ContentType.JSON)
                .body(Map.of("firstHourFen", 100, "perHourFen", 100, "version", version))
                .when()
                .put("/api/v1/parking/admin/lots/" + lot.id() + "/prices")
                .then()
                .statusCode(409);
        given().when()
                .get("/api/v1/parking/admin/price-changes?lotId=" + lot.id())
                .then()
                .statusCode(200)
                .body("size()", equalTo(1))
                .body("[0].changedBy", equalTo("ops-1"))
                .body("[0].oldFirstHourFen", equalTo(1000))
                .body("[0].newFirstHourFen", equalTo(1500));
        // new searches price with the new tariff
        given().when()
                .get("/api/v1/parking/lots/" + lot.id())
                .then()
                .statusCode(200)
                .body("live.firstHourFen", equalTo(1500));
        // closing a space takes it out of the free ones
        ParkingFixtures.allFree(lot);
        given().contentType(ContentType.JSON)
                .body(Map.of("closed", true))
                .when()
                .put("/api/v1/parking/admin/lots/" + lot.id() + "/spaces/"
                        + lot.spaces().get(0).id() + "/closed")
                .then()
                .statusCode(204);
        given().when().get("/api/v1/parking/lots/" + lot.id()).then().body("live.available", equalTo(2));
        given().when().get("/api/v1/parking/admin/revenue?days=7").then().statusCode(200);
        given().when().get("/api/v1/parking/admin/revenue?days=0").then().statusCode(400);
        given().contentType(ContentType.JSON)
                .body(Map.of("id", "bad id", "nameZh", "", "category", "garage"))
                .when()
                .post("/api/v1/parking/admin/lots")
                .then()
                .statusCode(400)
                .body("errors.field", hasItems("id", "nameZh", "category", "lat", "spaces"));
    }

    @Test
    void rolesWithRealTokens() {
        given().when().get("/api/v1/parking/bookings").then().statusCode(401);
        given().auth()
                .oauth2(Tokens.of("citizen"))
                .when()
                .get("/api/v1/parking/admin/overview")
                .then()
                .statusCode(403);
        // every person is a citizen, so the operator may book too; a device may not
        given().auth()
                .oauth2(Tokens.device())
                .when()
                .get("/api/v1/parking/bookings")
                .then()
                .statusCode(403);
        given().auth()
                .oauth2(Tokens.of("parking-operator"))
                .when()
                .get("/api/v1/parking/admin/overview")
                .then()
                .statusCode(200);
        given().auth()
                .oauth2(Tokens.of("citizen"))
                .when()
                .get("/api/v1/parking/vehicles")
                .then()
                .statusCode(200);
        given().auth()
                .oauth2(Tokens.of("citizen"))
                .contentType(ContentType.JSON)
                .body(Map.of(
                        "lotId", "P0001", "plate", "沪A1", "at", Instant.now().toString()))
                .when()
                .post("/api/v1/parking/gates/entries")
                .then()
                .statusCode(403);
    }
}
