package city.traffic.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;

import city.testing.Tokens;
import city.traffic.internal.CityWeather;
import city.traffic.internal.SignalControl;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Weather stations through the public endpoint: the worst fresh observation sets every signal's clearance. */
@QuarkusTest
class WeatherApiTest {

    static String device;
    static String operator;

    @Inject
    CityWeather weather;

    @Inject
    SignalControl control;

    @Inject
    EntityManager em;

    @BeforeEach
    void tokens() {
        if (device == null) {
            device = Tokens.device();
            operator = Tokens.of("traffic-operator");
        }
    }

    @AfterEach
    void clear() {
        weather.reset();
    }

    static Map<String, Object> observation(String station, Instant at, double rain, Double visibility) {
        Map<String, Object> m = new HashMap<>();
        m.put("stationCode", station);
        m.put("dateObserved", at.toString());
        m.put("precipitation", rain);
        m.put("temperature", 14.5);
        m.put("relativeHumidity", 0.8);
        m.put("windSpeed", 3.2);
        if (visibility != null) {
            m.put("visibility", visibility);
        }
        return m;
    }

    void post(Object body) {
        given().auth()
                .oauth2(device)
                .contentType(ContentType.JSON)
                .body(body)
                .post("/api/v1/ingest/traffic/weather")
                .then()
                .statusCode(202);
    }

    long stored(String station) {
        return QuarkusTransaction.requiringNew()
                .call(() -> ((Number) em.createNativeQuery(
                                        "select count(*) from traffic.weather_observation where station_id = ?1")
                                .setParameter(1, station)
                                .getSingleResult())
                        .longValue());
    }

    @Test
    void heavyRainAnywhereLengthensEveryClearanceUntilItStops() {
        String a = "WS-" + UUID.randomUUID().toString().substring(0, 8);
        String b = "WS-" + UUID.randomUUID().toString().substring(0, 8);
        String old = "WS-" + UUID.randomUUID().toString().substring(0, 8);
        Instant now = Instant.now();
        post(List.of(
                observation(a, now, 0.5, 8000.0),
                observation(b, now, 6.0, 3000.0),
                // fog, but an hour ago: it no longer counts
                observation(old, now.minus(Duration.ofHours(1)), 0, 50.0)));
        await().atMost(Duration.ofSeconds(5)).until(() -> control.weather().adverse());
        given().auth()
                .oauth2(operator)
                .get("/api/v1/traffic/weather")
                .then()
                .statusCode(200)
                .body("precipitation", equalTo(6.0f))
                .body("visibility", equalTo(3000.0f))
                .body("adverse", equalTo(true))
                .body("extraClearanceSeconds", equalTo(2))
                .body("stations.stationId", containsInAnyOrder(a, b));
        assertThat(control.weather().precipitationMmPerHour()).isEqualTo(6.0);
        assertThat(stored(a) + stored(b) + stored(old)).isEqualTo(3);
        // station b: the rain stops; a late report of the earlier downpour changes nothing
        post(List.of(observation(b, now.plusSeconds(60), 0.2, 9000.0)));
        await().atMost(Duration.ofSeconds(5)).until(() -> !control.weather().adverse());
        post(List.of(observation(b, now.plusSeconds(30), 8.0, 9000.0)));
        await().atMost(Duration.ofSeconds(5)).until(() -> stored(b) == 3);
        assertThat(control.weather().adverse()).isFalse();
        assertThat(weather.view().precipitation()).isEqualTo(0.5);
        // fog now: visibility under 200 m is adverse too
        post(List.of(observation(a, now.plusSeconds(90), 0, 120.0)));
        await().atMost(Duration.ofSeconds(5)).until(() -> control.weather().adverse());
        assertThat(control.weather().visibilityMetres()).isEqualTo(120.0);
    }

    @Test
    void aBadBatchIsRefusedWholeAndNothingIsStored() {
        String a = "WS-" + UUID.randomUUID().toString().substring(0, 8);
        Map<String, Object> noRain = observation(a, Instant.now(), 0, null);
        noRain.remove("precipitation");
        Map<String, Object> humid = observation(a, Instant.now(), 1, null);
        humid.put("relativeHumidity", 2);
        given().auth()
                .oauth2(device)
                .contentType(ContentType.JSON)
                .body(List.of(
                        observation(a, Instant.now(), 1, null),
                        noRain,
                        humid,
                        observation(a, Instant.now().plus(Duration.ofHours(2)), 1, null),
                        observation("bad station!", Instant.now(), 1, null)))
                .post("/api/v1/ingest/traffic/weather")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body(
                        "errors.field",
                        containsInAnyOrder(
                                "[1].precipitation", "[2].relativeHumidity", "[3].dateObserved", "[4].stationCode"));
        assertThat(stored(a)).isZero();
    }

    @Test
    void onlyDevicesReportAndOnlyStaffRead() {
        given().contentType(ContentType.JSON)
                .body("[]")
                .post("/api/v1/ingest/traffic/weather")
                .then()
                .statusCode(401);
        given().auth()
                .oauth2(operator)
                .contentType(ContentType.JSON)
                .body(List.of(observation("WS-X", Instant.now(), 1, null)))
                .post("/api/v1/ingest/traffic/weather")
                .then()
                .statusCode(403);
        given().get("/api/v1/traffic/weather").then().statusCode(401);
        given().auth()
                .oauth2(Tokens.of("citizen"))
                .get("/api/v1/traffic/weather")
                .then()
                .statusCode(403);
        given().auth()
                .oauth2(Tokens.of("police"))
                .get("/api/v1/traffic/weather")
                .then()
                .statusCode(200);
    }
}
