package city.platform.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import city.testing.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

/** An HTML form sent to the JSON API gets a 415 problem that says what the API takes (after the security check). */
@QuarkusTest
class ApiTakesNoFormsTest {

    @Test
    void aFormToTheApiIsA415ProblemAndJsonStillWorks() {
        String citizen = Tokens.of("citizen");
        for (boolean multipart : new boolean[] {false, true}) {
            var request = multipart
                    ? given().multiPart("note", "hi")
                    : given().contentType("application/x-www-form-urlencoded; charset=UTF-8")
                            .formParam("note", "hi");
            request.auth()
                    .oauth2(citizen)
                    .post("/api/v1/payments/pay-codes")
                    .then()
                    .statusCode(415)
                    .contentType("application/problem+json")
                    .body("status", equalTo(415))
                    .body("detail", containsString("application/json"));
        }
        // without a token the security check comes first: a protected operation is a 401 problem, as before
        given().contentType("application/x-www-form-urlencoded")
                .formParam("a", "1")
                .post("/api/v1/simulation/live/pause")
                .then()
                .statusCode(401)
                .contentType("application/problem+json");
        // JSON still works
        given().auth()
                .oauth2(citizen)
                .contentType(ContentType.JSON)
                .post("/api/v1/payments/pay-codes")
                .then()
                .statusCode(201);
    }
}
