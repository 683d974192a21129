package city.traffic.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;

import city.testing.Tokens;
import city.traffic.TrafficFixtures;
import city.traffic.internal.TrafficKpis;
import city.traffic.internal.TrafficNetworks;
import city.traffic.internal.network.Intersection;
import city.traffic.internal.network.Road;
import city.traffic.internal.network.RoadNetwork;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The control room's API: the map to draw, the city live (once and as a stream) and its figures. */
@QuarkusTest
class ControlRoomApiTest {

    @Inject
    TrafficNetworks networks;

    @Inject
    TrafficKpis kpis;

    @TestHTTPResource("/")
    URL base;

    @BeforeEach
    @AfterEach
    void freshSignals() {
        TrafficFixtures.freshSignals();
    }

    @Test
    @TestSecurity(user = "map-reader", roles = "police")
    void shouldDrawTheWholeNetworkFromItsOwnCoordinatesAndAnswer304WhenUnchanged() {
        RoadNetwork network = networks.current();
        Road road = network.roads().get(17);
        Intersection signalised = network.signalisedIntersections().get(3);
        io.restassured.response.Response first = given().get("/api/v1/traffic/map");
        first.then()
                .statusCode(200)
                .header("Cache-Control", org.hamcrest.Matchers.containsString("no-cache"))
                .body("networkId", equalTo((int) networks.currentInfo().id()))
                .body("intersections", hasSize(network.intersections().size()))
                .body("intersections.findAll { it.signalised }", hasSize(128))
                .body("intersections.findAll { it.virtual }", hasSize(48))
                .body("roads", hasSize(network.roads().size()))
                .body("roads.find { it.id == '" + road.id() + "' }.from", equalTo(road.from()))
                .body("roads.find { it.id == '" + road.id() + "' }.to", equalTo(road.to()))
                .body("roads.find { it.id == '" + road.id() + "' }.lanes", equalTo(road.laneCount()))
                .body(
                        "roads.find { it.id == '" + road.id() + "' }.nameZh",
                        equalTo(road.name().zh()))
                .body(
                        "roads.find { it.id == '" + road.id() + "' }.points",
                        hasSize(road.points().size()))
                .body(
                        "intersections.find { it.id == '" + signalised.id() + "' }.nameEn",
                        equalTo(signalised.name().en()));
        JsonPath map = first.jsonPath();
        float x = map.getFloat("intersections.find { it.id == '" + signalised.id() + "' }.x");
        float lat = map.getFloat("intersections.find { it.id == '" + signalised.id() + "' }.lat");
        assertThat((double) x).isCloseTo(signalised.position().x(), within(0.1));
        assertThat((double) lat).isCloseTo(signalised.location().lat(), within(1e-6));
        // the anchor's scale turns degrees into the plane's metres
        double metresNorth = (signalised.location().lat() - map.getDouble("anchor.lat"))
                * map.getDouble("anchor.metresPerDegreeLat");
        assertThat(metresNorth).isCloseTo(signalised.position().y(), within(0.5));
        String tag = first.header("ETag");
        assertThat(tag).isNotBlank();
        given().header("If-None-Match", tag).get("/api/v1/traffic/map").then().statusCode(304);
        given().header("If-None-Match", "\"something-else\"")
                .get("/api/v1/traffic/map")
                .then()
                .statusCode(200);
    }

    @Test
    @TestSecurity(user = "live-reader", roles = "traffic-operator")
    void shouldShowEachSignalsStageAndEachRoadsQueueAndSpeed() {
        TrafficFixtures.emptyLanes();
        Intersection x = TrafficFixtures.signalised(60);
        Road road = networks.current().incomingRoads(x.id()).get(0);
        Instant to = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        List<Map<String, Object>> readings = new ArrayList<>();
        for (int lane = 0; lane < road.laneCount(); lane++) {
            readings.add(TrafficFixtures.reading(road.id(), lane, to, 8, 0.6, 20.0 + 10 * lane, 14.0));
        }
        TrafficFixtures.post(readings);
        given().contentType(ContentType.JSON)
                .body(Map.of("phase", 2))
                .post("/api/v1/traffic/signals/" + x.id() + "/hold")
                .then()
                .statusCode(200);
        long last = TrafficFixtures.tick(60);
        JsonPath live = given().get("/api/v1/traffic/live")
                .then()
                .statusCode(200)
                .header("Cache-Control", "no-store")
                .body("signals", hasSize(128))
                .body("roads", hasSize(networks.current().roads().size()))
                .extract()
                .jsonPath();
        String signal = "signals.find { it.intersectionId == '" + x.id() + "' }";
        assertThat(live.getString(signal + ".stage")).isEqualTo("GREEN");
        assertThat(live.getInt(signal + ".phase")).isEqualTo(2);
        assertThat(live.getBoolean(signal + ".held")).isTrue();
        assertThat(live.getBoolean(signal + ".forced")).isFalse();
        assertThat(live.getString(signal + ".control")).isEqualTo("OPERATOR_HOLD");
        assertThat(live.getString(signal + ".mode")).isEqualTo("PLAN");
        Instant since = Instant.parse(live.getString(signal + ".since"));
        assertThat(since.getEpochSecond()).isBetween(last - 60, last);
        String r = "roads.find { it.roadId == '" + road.id() + "' }";
        assertThat(live.getDouble(r + ".queue")).isEqualTo(14.0 * road.laneCount());
        double meanSpeed = 0;
        for (int lane = 0; lane < road.laneCount(); lane++) {
            meanSpeed += (20.0 + 10 * lane) / road.laneCount();
        }
        assertThat(live.getDouble(r + ".speedKmh")).isCloseTo(meanSpeed, within(0.05));
        assertThat(live.getString(r + ".level")).isEqualTo("jam");
        // a road no detector reported: no speed, level unknown
        Road silent = networks.current().roads().stream()
                .filter(o -> o.from().startsWith("intersection_0_"))
                .findFirst()
                .orElseThrow();
        assertThat(live.getString("roads.find { it.roadId == '" + silent.id() + "' }.level"))
                .isEqualTo("unknown");
        assertThat(live.getString("roads.find { it.roadId == '" + silent.id() + "' }.speedKmh"))
                .isNull();

        // holding another phase: a clearance from the green one towards it, at once
        given().contentType(ContentType.JSON)
                .body(Map.of("phase", 0))
                .post("/api/v1/traffic/signals/" + x.id() + "/hold")
                .then()
                .statusCode(200);
        TrafficFixtures.tick(1);
        given().get("/api/v1/traffic/live")
                .then()
                .body(signal + ".stage", equalTo("YELLOW"))
                .body(signal + ".phase", equalTo(2))
                .body(signal + ".nextPhase", equalTo(0))
                .body(signal + ".held", equalTo(true));
    }

    @Test
    void shouldStreamTheWholePictureOnceAndThenOnlyWhatChanged() throws Exception {
        Intersection x = TrafficFixtures.signalised(61);
        TrafficFixtures.tick(2);
        HttpRequest request = HttpRequest.newBuilder(URI.create(base.toString() + "api/v1/traffic/live/stream"))
                .header("Authorization", "Bearer " + Tokens.of("police"))
                .header("Accept", "text/event-stream")
                .build();
        HttpResponse<Stream<String>> response =
                HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofLines());
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("text/event-stream");
        ObjectMapper json = new ObjectMapper();
        try (Stream<String> lines = response.body()) {
            Iterator<String> it = lines.iterator();
            JsonNode first = json.readTree(nextLive(it));
            assertThat(first.get("full").asBoolean()).isTrue();
            assertThat(first.get("signals")).hasSize(128);
            assertThat(first.get("roads")).hasSize(networks.current().roads().size());
            // nothing changed since: the next event is empty
            JsonNode quiet = json.readTree(nextLive(it));
            assertThat(quiet.get("full").asBoolean()).isFalse();
            assertThat(quiet.get("signals")).isEmpty();
            assertThat(quiet.get("roads")).isEmpty();
            // a signal that changes appears in a later event
            TrafficFixtures.tick(45);
            JsonNode changed = null;
            for (int i = 0; i < 5 && changed == null; i++) {
                JsonNode next = json.readTree(nextLive(it));
                assertThat(next.get("full").asBoolean()).isFalse();
                for (JsonNode s : next.get("signals")) {
                    if (s.get("intersectionId").asText().equals(x.id())) {
                        changed = s;
                    }
                }
            }
            assertThat(changed).as("the signal's change was streamed").isNotNull();
        }
    }

    /** The data of the next event named live, waiting at most 10 s. */
    private static String nextLive(Iterator<String> lines) throws Exception {
        return CompletableFuture.supplyAsync(() -> {
                    String event = null;
                    while (lines.hasNext()) {
                        String line = lines.next();
                        if (line.startsWith("event:")) {
                            event = line.substring(6).strip();
                        } else if (line.startsWith("data:") && "live".equals(event)) {
                            return line.substring(5).strip();
                        }
                    }
                    throw new IllegalStateException("the stream ended");
                })
                .get(10, TimeUnit.SECONDS);
    }

    @Test
    @TestSecurity(user = "kpi-reader", roles = "traffic-operator")
    void shouldComputeTheCityFiguresFromLiveStateAndIncidents() {
        TrafficFixtures.emptyLanes();
        Road road = networks.current().roads().get(250);
        Instant to = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        // 20 vehicles a minute at 30 km/h and 10 at 60 km/h: flow-weighted, 40 km/h
        TrafficFixtures.post(List.of(
                TrafficFixtures.reading(road.id(), 0, to, 20, 0.3, 30.0, 4.0),
                TrafficFixtures.reading(road.id(), 1, to, 10, 0.2, 60.0, 6.0)));
        JsonPath before = given().get("/api/v1/traffic/kpis")
                .then()
                .statusCode(200)
                .header("Cache-Control", "no-store")
                .extract()
                .jsonPath();
        assertThat(before.getDouble("now.averageSpeedKmh")).isEqualTo(40.0);
        assertThat(before.getDouble("now.totalQueue")).isEqualTo(10.0);
        int incidents = before.getInt("now.incidentsLastHour");

        Road crash = networks.current().roads().get(251);
        TrafficFixtures.accident(crash.id(), "cam-kpi/accident.jpg");
        Awaitility.await()
                .atMost(Duration.ofSeconds(5))
                .untilAsserted(() -> given().get("/api/v1/traffic/kpis")
                        .then()
                        .body("now.incidentsLastHour", equalTo(incidents + 1)));

        Instant at = Instant.now();
        kpis.sample(at.minusSeconds(30));
        kpis.sample(at);
        given().get("/api/v1/traffic/kpis")
                .then()
                .body("series.size()", org.hamcrest.Matchers.greaterThanOrEqualTo(2))
                .body("series[-1].at", equalTo(at.toString()))
                .body("series[-1].totalQueue", equalTo(10.0f))
                .body("series[-1].averageSpeedKmh", equalTo(40.0f))
                .body("series[-2].at", equalTo(at.minusSeconds(30).toString()))
                .body("now.at", notNullValue());
    }

    @Test
    void shouldOpenToOperatorsAndPoliceOnly() {
        for (String path : List.of("/api/v1/traffic/map", "/api/v1/traffic/live", "/api/v1/traffic/kpis")) {
            given().get(path).then().statusCode(401);
            given().auth().oauth2(Tokens.of("citizen")).get(path).then().statusCode(403);
            given().auth().oauth2(Tokens.of("police")).get(path).then().statusCode(200);
            given().auth()
                    .oauth2(Tokens.of("traffic-operator"))
                    .get(path)
                    .then()
                    .statusCode(200);
        }
        given().get("/api/v1/traffic/live/stream").then().statusCode(401);
    }

    @Test
    void shouldDescribeTheNewEndpointsInTheApiDocument() {
        given().accept("application/json")
                .get("/q/openapi")
                .then()
                .statusCode(200)
                .body("paths", org.hamcrest.Matchers.hasKey("/api/v1/traffic/map"))
                .body("paths", org.hamcrest.Matchers.hasKey("/api/v1/traffic/live"))
                .body("paths", org.hamcrest.Matchers.hasKey("/api/v1/traffic/live/stream"))
                .body("paths", org.hamcrest.Matchers.hasKey("/api/v1/traffic/kpis"))
                .body("paths", org.hamcrest.Matchers.hasKey("/api/v1/traffic/intersections/{id}"))
                .body("paths", org.hamcrest.Matchers.hasKey("/api/v1/traffic/intersections/{id}/history"))
                .body("paths.'/api/v1/traffic/kpis'.get.summary", org.hamcrest.Matchers.containsString("City-wide"));
    }
}
