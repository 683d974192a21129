package city.platform.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/** API problems speak the client's Accept-Language, English when it names none; pages keep Chinese first. */
@QuarkusTest
class ApiLanguageTest {

    @Test
    void aClientThatAsksForNoLanguageGetsEnglishProblems() {
        given().urlEncodingEnabled(false)
                .get("/api/v1/citizen/services?size=500")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body(containsString("100"))
                .body(not(containsString("最大")));
    }

    @Test
    void aClientThatAsksForChineseGetsChineseProblems() {
        given().header("Accept-Language", "zh-CN")
                .get("/api/v1/citizen/services?size=500")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body(containsString("最大"));
    }
}
