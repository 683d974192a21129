package city.platform.security;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

import city.testing.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

/** The JSON API against tokens from the real Keycloak: roles come from the realm, never a login redirect. */
@QuarkusTest
class RealTokenSecurityTest {

    private static final String RETIRE = "/api/v1/citizen/services/NO-SUCH-SERVICE";

    @Test
    void shouldAnswer401WithoutAToken() {
        given().redirects()
                .follow(false)
                .delete(RETIRE)
                .then()
                .statusCode(401)
                .header("Location", nullValue())
                .header("WWW-Authenticate", startsWith("Bearer"));
    }

    @Test
    void shouldAnswer401ForAForgedToken() {
        given().auth()
                .oauth2("eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJ4In0.c2lnbmF0dXJl")
                .redirects()
                .follow(false)
                .delete(RETIRE)
                .then()
                .statusCode(401);
    }

    @Test
    void shouldAnswer403ForACitizenToken() {
        given().auth()
                .oauth2(Tokens.of("citizen"))
                .delete(RETIRE)
                .then()
                .statusCode(403)
                .contentType("application/problem+json");
    }

    @Test
    void shouldLetStaffRolesChangeTheCatalogue() {
        given().auth()
                .oauth2(Tokens.of("service-clerk"))
                .contentType(ContentType.JSON)
                .body(city.citizen.rest.ServiceCatalogueResourceTest.service("TST-TOKEN"))
                .post("/api/v1/citizen/services")
                .then()
                .statusCode(201)
                .body("code", equalTo("TST-TOKEN"));
        given().auth()
                .oauth2(Tokens.of("city-admin"))
                .delete("/api/v1/citizen/services/TST-TOKEN")
                .then()
                .statusCode(204);
        given().auth()
                .oauth2(Tokens.of("service-clerk"))
                .delete(RETIRE)
                .then()
                .statusCode(404)
                .contentType("application/problem+json");
    }
}
