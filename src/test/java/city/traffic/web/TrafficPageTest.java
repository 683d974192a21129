package city.traffic.web;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;

import city.testing.PageForm;
import city.traffic.TrafficFixtures;
import city.traffic.internal.IncidentDesk;
import city.traffic.internal.IncidentView;
import city.traffic.internal.TrafficNetworks;
import city.traffic.internal.network.Road;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import jakarta.enterprise.inject.spi.CDI;
import jakarta.inject.Inject;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.Iterator;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The control room page: the map, figures, incidents and their dispatch, its stream, in both languages. */
@QuarkusTest
class TrafficPageTest {

    @Inject
    TrafficNetworks networks;

    @Inject
    IncidentDesk desk;

    @TestHTTPResource("/")
    URL base;

    @BeforeEach
    void start() {
        TrafficFixtures.freshSignals();
        TrafficFixtures.allUnitsAvailable();
    }

    @AfterEach
    void end() {
        TrafficFixtures.freshSignals();
        TrafficFixtures.allUnitsAvailable();
    }

    private IncidentView accident(int road) {
        Road r = networks.current().roads().get(road);
        return desk.raise("ACCIDENT", "CAMERA", r.id(), 1, "page test", Instant.now());
    }

    @Test
    @TestSecurity(user = "room-police", roles = "police")
    void shouldShowTheCityLiveInChineseFirstAndInEnglish() {
        TrafficFixtures.tick(8);
        String zh = given().get("/traffic")
                .then()
                .statusCode(200)
                .header("Cache-Control", "no-store")
                .extract()
                .asString();
        assertThat(zh)
                .contains("<html lang=\"zh-CN\">")
                .contains("交通指挥中心")
                .contains("全市交通概况")
                .contains("平均车速")
                .contains("data-testid=\"network-map\"")
                .contains("data-stream=\"/traffic/stream\"")
                .contains("/webjars/uplot/1.6.30/dist/uPlot.iife.min.js")
                .contains("/static/traffic-room.js")
                .contains("进行中的救护车行程")
                .contains("畅通（每车道排队少于 5 辆）");
        // every signal on the map, every road, each signal linked to its page and named in the table
        assertThat(zh.split("data-sig=\"", -1)).hasSize(129);
        assertThat(zh.split("data-sig-row=\"", -1)).hasSize(129);
        assertThat(zh.split("<path class=\"road ", -1))
                .hasSize(networks.current().roads().size() + 1);
        String id = TrafficFixtures.signalised(0).id();
        assertThat(zh).contains("href=\"/traffic/intersections/" + id + "\"");
        // eight seconds after a fresh start every signal is green on its first phase
        assertThat(zh)
                .contains("class=\"sig st-green\" data-sig=\"" + id + "\"")
                .contains(">相位 1 绿灯<");
        given().cookie("lang", "en")
                .get("/traffic")
                .then()
                .statusCode(200)
                .body(containsString("<html lang=\"en\">"))
                .body(containsString("Traffic control room"))
                .body(containsString("The city at a glance"))
                .body(containsString("Ambulance trips in progress"))
                .body(containsString(">Phase 1 green<"));
    }

    @Test
    @TestSecurity(user = "room-operator", roles = "traffic-operator")
    void shouldDispatchMarkOnSceneAndClearAnIncidentFromItsButtons() {
        IncidentView incident = accident(140);
        PageForm page = PageForm.get("/traffic");
        assertThat(page.body())
                .contains("data-incident=\"" + incident.id() + "\"")
                .contains("action=\"/traffic/incidents/" + incident.id() + "/dispatch\"")
                .contains("交通事故");
        page.post()
                .post("/traffic/incidents/" + incident.id() + "/dispatch")
                .then()
                .statusCode(303)
                .header("Location", containsString("/traffic?done=dispatched&incident=" + incident.id()));
        IncidentView dispatched = desk.find(incident.id()).orElseThrow();
        assertThat(dispatched.status()).isEqualTo("DISPATCHED");
        assertThat(dispatched.unitId()).isNotNull();
        long minutes = Math.max(1, Math.round(dispatched.etaSeconds() / 60.0));
        given().get("/traffic?done=dispatched&incident=" + incident.id())
                .then()
                .statusCode(200)
                .body(containsString("data-testid=\"notice\""))
                .body(containsString("已派出 " + dispatched.unitId()))
                .body(containsString("预计 " + minutes + " 分钟到达"))
                .body(containsString("action=\"/traffic/incidents/" + incident.id() + "/on-scene\""));

        // the list's script asks for JSON
        page.post()
                .header("Accept", "application/json")
                .post("/traffic/incidents/" + incident.id() + "/on-scene")
                .then()
                .statusCode(200)
                .contentType(startsWith("application/json"))
                .body("status", equalTo("ON_SCENE"))
                .body("unitId", equalTo(dispatched.unitId()));
        page.post()
                .post("/traffic/incidents/" + incident.id() + "/clear")
                .then()
                .statusCode(303)
                .header("Location", containsString("done=cleared"));
        assertThat(desk.find(incident.id()).orElseThrow().status()).isEqualTo("CLEARED");
        assertThat(given().get("/traffic").asString()).doesNotContain("data-incident=\"" + incident.id() + "\"");
    }

    @Test
    @TestSecurity(user = "room-police-busy", roles = "police")
    void shouldSayInWordsWhenNoUnitIsFree() {
        IncidentView incident = accident(141);
        PageForm page = PageForm.get("/traffic", "en");
        TrafficFixtures.sql("update traffic.police_unit set status = 'OFF_DUTY'");
        page.post()
                .cookie("lang", "en")
                .post("/traffic/incidents/" + incident.id() + "/dispatch")
                .then()
                .statusCode(409)
                .contentType(startsWith("text/html"))
                .body(containsString("data-testid=\"error\""))
                .body(containsString("No police unit is free now"));
        page.post()
                .header("Accept", "application/json")
                .post("/traffic/incidents/" + incident.id() + "/dispatch")
                .then()
                .statusCode(409)
                .body("message", containsString("现在没有空闲的警员可派"));
        assertThat(desk.find(incident.id()).orElseThrow().status()).isEqualTo("DETECTED");
        page.post()
                .post("/traffic/incidents/" + UUID.randomUUID() + "/on-scene")
                .then()
                .statusCode(404)
                .body(containsString("找不到相关记录"));
    }

    @Test
    @TestSecurity(user = "room-stream", roles = "police")
    void shouldStreamSignalsAndEveryNewIncident() throws Exception {
        TrafficFixtures.tick(2);
        HttpRequest request = HttpRequest.newBuilder(URI.create(base + "traffic/stream"))
                .header("Accept", "text/event-stream")
                .build();
        HttpResponse<Stream<String>> response =
                HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofLines());
        assertThat(response.statusCode()).isEqualTo(200);
        ObjectMapper json = new ObjectMapper();
        try (Stream<String> lines = response.body()) {
            Iterator<String> it = lines.iterator();
            JsonNode live = json.readTree(next(it, "live"));
            assertThat(live.get("full").asBoolean()).isTrue();
            assertThat(live.get("signals")).hasSize(128);
            IncidentView raised = accident(142);
            JsonNode incident = json.readTree(next(it, "incident"));
            assertThat(incident.get("id").asText()).isEqualTo(raised.id().toString());
            assertThat(incident.get("status").asText()).isEqualTo("DETECTED");
        }
        given().get("/traffic/incidents")
                .then()
                .statusCode(200)
                .body("status", org.hamcrest.Matchers.everyItem(org.hamcrest.Matchers.not("CLEARED")));
    }

    /** The data of the next event of that name, waiting at most 10 s. */
    static String next(Iterator<String> lines, String name) throws Exception {
        return CompletableFuture.supplyAsync(() -> {
                    String event = null;
                    while (lines.hasNext()) {
                        String line = lines.next();
                        if (line.startsWith("event:")) {
                            event = line.substring(6).strip();
                        } else if (line.startsWith("data:") && name.equals(event)) {
                            return line.substring(5).strip();
                        }
                    }
                    throw new IllegalStateException("the stream ended");
                })
                .get(10, TimeUnit.SECONDS);
    }

    @Test
    @TestSecurity(user = "room-token", roles = "police")
    void shouldGiveAFormTokenThatGoesWithItsCookie() {
        IncidentView incident = accident(143);
        io.restassured.response.Response token = given().get("/traffic/form-token");
        token.then()
                .statusCode(200)
                .header("Cache-Control", "no-store")
                .body("name", equalTo("csrf-token"))
                .body("header", equalTo("X-CSRF-TOKEN"));
        new PageForm("", token.cookie("city-csrf"), token.jsonPath().getString("token"))
                .post()
                .header("Accept", "application/json")
                .post("/traffic/incidents/" + incident.id() + "/clear")
                .then()
                .statusCode(200)
                .body("status", equalTo("CLEARED"));
        // a token that does not go with the cookie is refused
        IncidentView other = accident(144);
        PageForm page = PageForm.get("/traffic");
        new PageForm("", page.csrfCookie(), token.jsonPath().getString("token"))
                .post()
                .post("/traffic/incidents/" + other.id() + "/clear")
                .then()
                .statusCode(400);
    }

    @Test
    @TestSecurity(user = "room-admin-home", roles = "traffic-operator")
    void shouldBeLinkedFromTheStaffHome() {
        given().get("/admin")
                .then()
                .statusCode(200)
                .body(containsString("href=\"/traffic\""))
                .body(containsString("交通指挥中心"))
                .body(containsString("href=\"/traffic/network\""));
    }

    @Test
    @TestSecurity(user = "room-trips", roles = "traffic-operator")
    void shouldServeTheAmbulanceTripsUnderWayToThePanel() {
        var network = CDI.current()
                .select(city.traffic.internal.TrafficNetworks.class)
                .get()
                .current();
        var trips =
                CDI.current().select(city.traffic.internal.EmergencyTrips.class).get();
        var hospital = trips.hospitals().get(1);
        var trip = trips.create(
                new city.traffic.internal.EmergencyTrips.NewTrip(
                        "AMB-ROOM-1", network.signalisedIntersections().get(7).id(), null, null, hospital.id(), true),
                "room-trips");
        try {
            given().get("/traffic/emergency/trips")
                    .then()
                    .statusCode(200)
                    .header("Cache-Control", "no-store")
                    .body("find { it.id == '" + trip.id() + "' }.vehicleId", equalTo("AMB-ROOM-1"))
                    .body("find { it.id == '" + trip.id() + "' }.hospitalNameEn", equalTo(hospital.nameEn()))
                    .body(
                            "find { it.id == '" + trip.id() + "' }.routeRoadIds.size()",
                            equalTo(trip.routeRoadIds().size()));
        } finally {
            trips.cancel(trip.id());
        }
        given().get("/traffic/emergency/trips")
                .then()
                .statusCode(200)
                .body("id", not(hasItem(trip.id().toString())));
    }

    @Test
    @TestSecurity(user = "room-citizen", roles = "citizen")
    void shouldBeClosedToCitizens() {
        given().get("/traffic").then().statusCode(403);
        given().get("/traffic/incidents").then().statusCode(403);
    }

    @Test
    void shouldSendAnonymousPeopleToSignIn() {
        String keycloak = ConfigProvider.getConfig().getValue("city.keycloak.url", String.class);
        given().redirects()
                .follow(false)
                .get("/traffic")
                .then()
                .statusCode(302)
                .header("Location", startsWith(keycloak + "/realms/city/protocol/openid-connect/auth"));
    }
}
