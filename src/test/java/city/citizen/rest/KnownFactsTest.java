package city.citizen.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;

/** "Once only" across modules: a form asking for a vehicle is filled with the plate registered for parking. */
@QuarkusTest
class KnownFactsTest {

    @Test
    @TestSecurity(user = "known-facts-citizen", roles = "citizen")
    void theInspectionBookingKnowsTheCitizensPlateAndSaysFromWhere() {
        String plate = "沪C" + ThreadLocalRandom.current().nextInt(10000, 99999);
        given().contentType(ContentType.JSON)
                .body(Map.of("plate", plate))
                .post("/api/v1/parking/vehicles")
                .then()
                .statusCode(201);
        given().contentType(ContentType.JSON)
                .body(Map.of("serviceCode", "PSB-022"))
                .post(Applications.MINE)
                .then()
                .statusCode(201)
                .body("data.plate", equalTo(plate))
                .body("sources.plate", equalTo("parking"));
    }
}
