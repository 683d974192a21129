package city.platform.security;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import city.testing.CodeFlow;
import city.testing.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The platform's HTTP rules, as an outside tester tried them: cookies, headers, odd text, odd numbers. */
@QuarkusTest
class HttpHardeningTest {

    private static final String EVIL = "https://evil.example";

    @Test
    void theApiRefusesTheBrowsersSessionCookieForEveryKindOfRequest() {
        Map<String, String> citizen = CodeFlow.signIn("/wallet", "citizen", "citizen-demo");
        // the session is real: the page it was made for opens with it
        given().cookies(citizen).redirects().follow(false).get("/wallet").then().statusCode(200);
        // a cross-site text/plain POST with no body, a form post, a JSON post and a read: all anonymous on the API
        given().cookies(citizen)
                .header("Origin", EVIL)
                .contentType("text/plain")
                .post("/api/v1/payments/pay-codes")
                .then()
                .statusCode(401)
                .contentType("application/problem+json");
        given().cookies(citizen)
                .header("Origin", EVIL)
                .contentType("application/x-www-form-urlencoded")
                .formParam("x", "1")
                .post("/api/v1/payments/pay-codes")
                .then()
                .statusCode(401);
        given().cookies(citizen)
                .contentType(ContentType.JSON)
                .body("{}")
                .post("/api/v1/payments/pay-codes")
                .then()
                .statusCode(401);
        given().cookies(citizen).get("/api/v1/payments/wallet").then().statusCode(401);

        Map<String, String> operator = CodeFlow.signIn("/traffic", "traffic-operator", "traffic-operator-demo");
        given().cookies(operator)
                .redirects()
                .follow(false)
                .get("/traffic")
                .then()
                .statusCode(200);
        given().cookies(operator)
                .header("Origin", EVIL)
                .contentType("text/plain")
                .post("/api/v1/simulation/live/pause")
                .then()
                .statusCode(401);
        String signal = given().auth()
                .oauth2(Tokens.of("traffic-operator"))
                .get("/api/v1/traffic/signals")
                .then()
                .statusCode(200)
                .extract()
                .path("[0].intersectionId");
        given().cookies(operator)
                .header("Origin", EVIL)
                .contentType("text/plain")
                .post("/api/v1/traffic/signals/" + signal + "/release")
                .then()
                .statusCode(401);
        // the same call with the operator's bearer token goes through
        given().auth()
                .oauth2(Tokens.of("traffic-operator"))
                .contentType(ContentType.JSON)
                .post("/api/v1/traffic/signals/" + signal + "/release")
                .then()
                .statusCode(200);
    }

    @Test
    void aVisitorWhoOpensAProtectedPageManyTimesIsNeverLockedOut() {
        Map<String, String> jar = new java.util.HashMap<>();
        for (int i = 0; i < 60; i++) {
            Response r = given().cookies(jar).redirects().follow(false).get("/wallet");
            assertThat(r.statusCode()).as("visit " + i).isEqualTo(302);
            jar.putAll(r.cookies());
        }
        assertThat(jar.keySet().stream().filter(n -> n.startsWith("q_auth"))).hasSizeLessThanOrEqualTo(1);
        given().cookies(jar).get("/").then().statusCode(200);
        given().cookies(jar).get("/api/v1/citizen/services").then().statusCode(200);
    }

    @Test
    void everyAnswerCarriesTheSecurityHeaders() {
        Response page = given().get("/parking");
        page.then()
                .statusCode(200)
                .header("X-Content-Type-Options", "nosniff")
                .header("X-Frame-Options", "DENY")
                .header("Referrer-Policy", "strict-origin-when-cross-origin")
                .header("Content-Security-Policy", containsString("script-src 'self'"))
                .header("Content-Security-Policy", containsString("frame-ancestors 'none'"))
                .header("Content-Type", containsString("charset=UTF-8"));
        given().get("/api/v1/citizen/services")
                .then()
                .header("X-Content-Type-Options", "nosniff")
                .header("X-Frame-Options", "DENY");
        given().get("/no/such/page").then().statusCode(404).header("X-Content-Type-Options", "nosniff");
        String csrf = page.getDetailedCookie("city-csrf") == null
                ? given().get("/").getHeader("Set-Cookie")
                : page.getHeaders().getValues("Set-Cookie").stream()
                        .filter(c -> c.startsWith("city-csrf="))
                        .findFirst()
                        .orElseThrow();
        assertThat(csrf).containsIgnoringCase("SameSite=Lax").containsIgnoringCase("HttpOnly");
    }

    @Test
    void aControlCharacterInAnyTextIsRefusedNamingTheFieldAndNothingIsStored() {
        String citizen = Tokens.of("citizen");
        int before = given().auth()
                .oauth2(citizen)
                .get("/api/v1/payments/payments")
                .then()
                .statusCode(200)
                .extract()
                .path("totalItems");
        given().auth()
                .oauth2(citizen)
                .contentType(ContentType.JSON)
                .header("Idempotency-Key", UUID.randomUUID().toString())
                .body("{\"merchant\":\"tea-house\",\"amountFen\":100,\"note\":\"a\\u0000b\"}")
                .post("/api/v1/payments/payments")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("note"))
                .body("errors[0].message", containsString("U+0000"));
        given().auth()
                .oauth2(citizen)
                .contentType(ContentType.JSON)
                .header("Idempotency-Key", UUID.randomUUID().toString())
                .body("{\"merchant\":\"tea-house\",\"amountFen\":100,\"note\":\"a\\ud800b\"}")
                .post("/api/v1/payments/payments")
                .then()
                .statusCode(400)
                .body("errors[0].message", containsString("surrogate"));
        given().auth().oauth2(citizen).get("/api/v1/payments/payments").then().body("totalItems", equalTo(before));
        // a device batch: the item is named, and the batch is refused rather than answered 202 and dropped
        given().auth()
                .oauth2(Tokens.device())
                .contentType(ContentType.JSON)
                .body(List.of(Map.of(
                        "type",
                        "RED_LIGHT",
                        "refRoadSegment",
                        "r1",
                        "plate",
                        "沪A12345",
                        "evidence",
                        "cam\u0000001",
                        "observedAt",
                        "2026-12-07T08:00:00Z")))
                .post("/api/v1/ingest/traffic/camera-events")
                .then()
                .statusCode(400)
                .body("errors.field", hasItem("[0].evidence"));
        // a query parameter on the API, and on a page (the friendly error page, in the layout)
        given().queryParam("q", "a\u0000b")
                .get("/api/v1/citizen/services")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("q"));
        given().queryParam("q", "a\u0000b")
                .get("/services")
                .then()
                .statusCode(400)
                .contentType(containsString("text/html"))
                .body(containsString("U+0000"));
    }

    @Test
    void numbersAndTypesAreTakenAsTyped() {
        String citizen = Tokens.of("citizen");
        for (String amount : List.of("100.9", "\"100\"", "true", "1e400")) {
            given().auth()
                    .oauth2(citizen)
                    .contentType(ContentType.JSON)
                    .header("Idempotency-Key", UUID.randomUUID().toString())
                    .body("{\"merchant\":\"tea-house\",\"amountFen\":" + amount + "}")
                    .post("/api/v1/payments/payments")
                    .then()
                    .statusCode(400)
                    .contentType("application/problem+json")
                    .body("detail", org.hamcrest.Matchers.not(containsString("HTTP 400 Bad Request")));
        }
        given().auth()
                .oauth2(citizen)
                .contentType(ContentType.JSON)
                .header("Idempotency-Key", UUID.randomUUID().toString())
                .body("{\"merchant\":\"tea-house\",\"amountFen\":100.9}")
                .post("/api/v1/payments/payments")
                .then()
                .body("errors[0].field", equalTo("amountFen"))
                .body("errors[0].message", containsString("whole number"));
    }

    @Test
    void everyApiErrorIsAProblemWithADetail() {
        given().contentType(ContentType.JSON)
                .post("/api/v1/payments/pay-codes")
                .then()
                .statusCode(401)
                .header("WWW-Authenticate", containsString("Bearer"))
                .contentType("application/problem+json")
                .body("detail", containsString("bearer token"));
        given().auth()
                .oauth2("eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJ4In0.c2ln")
                .get("/api/v1/payments/wallet")
                .then()
                .statusCode(401)
                .contentType("application/problem+json")
                .body("detail", containsString("refused"));
    }

    @Test
    void aChunkedBodyOverTheLimitIsStoppedAtTheLimitNotReadInFull() throws Exception {
        long[] sent = {0};
        java.io.InputStream endless = new java.io.InputStream() {
            private final int total = 64 * 1024 * 1024;

            @Override
            public int read() {
                return sent[0]++ < total ? '[' : -1;
            }

            @Override
            public int read(byte[] b, int off, int len) {
                if (sent[0] >= total) {
                    return -1;
                }
                int n = (int) Math.min(len, total - sent[0]);
                java.util.Arrays.fill(b, off, off + n, (byte) '[');
                sent[0] += n;
                return n;
            }
        };
        var client = java.net.http.HttpClient.newHttpClient();
        var request = java.net.http.HttpRequest.newBuilder(
                        java.net.URI.create("http://localhost:8081/api/v1/ingest/traffic/camera-events"))
                .header("Content-Type", "application/json")
                .header("Authorization", "Bearer " + Tokens.device())
                .POST(java.net.http.HttpRequest.BodyPublishers.ofInputStream(() -> endless))
                .build();
        int status;
        try {
            status = client.send(request, java.net.http.HttpResponse.BodyHandlers.ofString())
                    .statusCode();
        } catch (java.io.IOException closed) {
            // the server may close the connection while the client still sends: that is the point
            status = 413;
        }
        assertThat(status).isEqualTo(413);
        // what the loopback socket buffers hold comes on top of what the server read (2 MB): some MB, never the 64
        assertThat(sent[0]).as("bytes the client got to send").isLessThan(24L * 1024 * 1024);
    }

    @Test
    void aClientThatHammersTheLoginIsToldToWait() {
        String address = "203.0.113." + (1 + new java.util.Random().nextInt(250));
        int allowed = 0;
        Response refused = null;
        for (int i = 0; i < 25 && refused == null; i++) {
            Response r = given().header("X-Forwarded-For", address)
                    .redirects()
                    .follow(false)
                    .get("/login");
            if (r.statusCode() == 429) {
                refused = r;
            } else {
                allowed++;
            }
        }
        assertThat(allowed).isEqualTo(20);
        assertThat(refused).isNotNull();
        assertThat(Integer.parseInt(refused.header("Retry-After"))).isBetween(1, 60);
        assertThat(refused.contentType()).contains("text/html");
        // another address is another client
        given().header("X-Forwarded-For", "198.51.100.9")
                .redirects()
                .follow(false)
                .get("/login")
                .then()
                .statusCode(org.hamcrest.Matchers.not(429));
    }

    @Test
    void eachKindOfCallCountsAgainstItsOwnLimit() {
        var limits = io.quarkus.arc.Arc.container().instance(RateLimits.class).get();
        assertThat(limits.ruleFor("POST", "/api/v1/ingest/traffic")
                        .orElseThrow()
                        .name())
                .isEqualTo("ingest");
        assertThat(limits.ruleFor("POST", "/api/v1/payments/metro/taps")
                        .orElseThrow()
                        .name())
                .isEqualTo("ingest");
        assertThat(limits.ruleFor("POST", "/api/v1/payments/payments")
                        .orElseThrow()
                        .name())
                .isEqualTo("money");
        assertThat(limits.ruleFor("GET", "/api/v1/payments/wallet")).isEmpty();
    }
}
