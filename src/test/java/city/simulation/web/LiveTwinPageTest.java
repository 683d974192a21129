package city.simulation.web;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import city.platform.security.Roles;
import city.simulation.live.LiveTwin;
import city.simulation.live.LiveTwinFixtures;
import city.testing.PageForm;
import city.traffic.TrafficFixtures;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import jakarta.inject.Inject;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The live twin's control panel: its state, its forms, what it refuses and keeps. */
@QuarkusTest
class LiveTwinPageTest {

    private static final String PAGE = "/traffic/twin/live";

    @Inject
    LiveTwin twin;

    private final Instant started = Instant.now().minusSeconds(1);

    @AfterEach
    void stopTheTwinAndForgetWhatItReported() throws InterruptedException {
        LiveTwinFixtures.stopAndForget(twin, started);
    }

    @Test
    @TestSecurity(user = "live-page", roles = Roles.TRAFFIC_OPERATOR)
    void showsTheTwinsStateInBothLanguagesAndRefusesTriggersWhenItIsOff() {
        twin.end();
        String zh = given().get(PAGE).then().statusCode(200).extract().asString();
        assertThat(zh)
                .contains("<h1>数字孪生：实时城市</h1>")
                .contains("<dd data-field=\"running\">否</dd>")
                .contains("action=\"/traffic/twin/live/accident\"")
                .contains("<label for=\"roadId\">");
        String en = given().cookie("lang", "en")
                .get(PAGE)
                .then()
                .statusCode(200)
                .extract()
                .asString();
        assertThat(en).contains("<h1>Twin: the live city</h1>").contains("Ruijin Hospital");
        PageForm form = PageForm.get(PAGE);
        String refused = form.post()
                .formParam("roadId", "road_1_1_0")
                .post(PAGE + "/accident")
                .then()
                .statusCode(409)
                .extract()
                .asString();
        assertThat(refused).contains("孪生城市未开启").contains("value=\"road_1_1_0\"");
        assertThat(given().get("/traffic/twin").then().extract().asString()).contains("href=\"/traffic/twin/live\"");
    }

    @Test
    @TestSecurity(user = "live-page", roles = Roles.TRAFFIC_OPERATOR)
    void itsFormsPauseSpeedUpAndCrashAVehicleAndKeepWhatWasTypedWhenRefused() throws InterruptedException {
        TrafficFixtures.freshSignals();
        twin.begin();
        for (int i = 0; i < 60; i++) {
            twin.advance(1);
            TrafficFixtures.tick(1);
        }
        PageForm form = PageForm.get(PAGE);
        form.post().post(PAGE + "/pause").then().statusCode(303);
        assertThat(twin.status().paused()).isTrue();
        String paused = given().get(PAGE + "?done=paused").then().extract().asString();
        assertThat(paused).contains("已暂停。").contains("id=\"resume\"");
        form.post().post(PAGE + "/resume").then().statusCode(303);
        assertThat(twin.status().paused()).isFalse();
        form.post().formParam("speed", "10").post(PAGE + "/speed").then().statusCode(303);
        assertThat(twin.status().speed()).isEqualTo(10);
        String badSpeed = form.post()
                .formParam("speed", "99")
                .post(PAGE + "/speed")
                .then()
                .statusCode(400)
                .extract()
                .asString();
        assertThat(badSpeed).contains("倍速为 1 到 20 之间的整数");
        assertThat(twin.status().speed()).isEqualTo(10);
        String noRoad = form.post()
                .formParam("roadId", "no_such_road")
                .post(PAGE + "/accident")
                .then()
                .statusCode(400)
                .extract()
                .asString();
        assertThat(noRoad).contains("value=\"no_such_road\"").contains("aria-invalid=\"true\"");
        String badOrigin = form.post()
                .formParam("originId", "路口 1")
                .post(PAGE + "/ambulance")
                .then()
                .statusCode(400)
                .extract()
                .asString();
        assertThat(badOrigin).contains("value=\"路口 1\"").contains("originId-error");
        twin.flush();
        long before = twin.status().cameraEventsSent();
        form.post().formParam("roadId", "").post(PAGE + "/accident").then().statusCode(303);
        twin.flush();
        assertThat(twin.status().cameraEventsSent())
                .as("the camera reported it")
                .isEqualTo(before + 1);
        String status =
                given().get(PAGE + "/status").then().statusCode(200).extract().asString();
        assertThat(status).contains("\"running\":true").contains("\"speed\":10");
    }

    @Test
    @TestSecurity(user = "someone", roles = Roles.CITIZEN)
    void isForTrafficOperatorsOnly() {
        given().get(PAGE).then().statusCode(403);
    }
}
