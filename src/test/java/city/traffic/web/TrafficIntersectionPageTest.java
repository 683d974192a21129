package city.traffic.web;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

import city.testing.PageForm;
import city.traffic.TrafficFixtures;
import city.traffic.internal.IncidentDesk;
import city.traffic.internal.SignalActions;
import city.traffic.internal.SignalControl;
import city.traffic.internal.TrafficJournal;
import city.traffic.internal.TrafficNetworks;
import city.traffic.internal.network.Intersection;
import city.traffic.internal.network.Road;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** An intersection's page: what it is, what it shows, its history, and operators changing its control. */
@QuarkusTest
class TrafficIntersectionPageTest {

    @Inject
    SignalControl control;

    @Inject
    SignalActions actions;

    @Inject
    TrafficNetworks networks;

    @Inject
    TrafficJournal journal;

    @Inject
    IncidentDesk desk;

    @BeforeEach
    @AfterEach
    void freshSignals() {
        TrafficFixtures.freshSignals();
    }

    static String page(Intersection x) {
        return "/traffic/intersections/" + x.id();
    }

    @Test
    @TestSecurity(user = "x-page-police", roles = "police")
    void shouldShowMovementsPhasesAndHistoryReadOnlyToThePoliceInBothLanguages() {
        Intersection x = TrafficFixtures.signalised(101);
        Road road = networks.current().incomingRoads(x.id()).get(0);
        Instant to = Instant.now().truncatedTo(ChronoUnit.SECONDS).minusSeconds(120);
        TrafficFixtures.post(List.of(
                TrafficFixtures.reading(road.id(), 0, to, 9, 0.2, 25.0, 7.0),
                TrafficFixtures.reading(road.id(), 1, to, 3, 0.2, 25.0, 2.0)));
        journal.flush();
        TrafficFixtures.tick(8);
        String zh = given().get(page(x)).then().statusCode(200).extract().asString();
        assertThat(zh)
                .contains("<html lang=\"zh-CN\">")
                .contains(x.name().zh())
                .contains("data-testid=\"movements\"")
                .contains("data-stream=\"/traffic/stream?intersection=" + x.id() + "\"")
                .contains("data-testid=\"queue-chart\"")
                .contains("相位 1 绿灯")
                .contains("路网配时方案（定时）")
                .contains("黄灯 3 秒 + 全红 2 秒")
                // read-only for the police
                .contains("data-testid=\"read-only\"")
                .doesNotContain("id=\"mode-submit\"")
                .doesNotContain("action=\"/traffic/intersections/" + x.id() + "/hold");
        // four phase cards, the first current, each with the arrows of its movements
        assertThat(zh.split("<li class=\"phase-card", -1)).hasSize(5);
        assertThat(zh).contains("<li class=\"phase-card current\" data-phase=\"0\">");
        assertThat(zh.split("<path class=\"mv ", -1)).hasSize(x.movements().size() + 1);
        // a row per movement
        String movements = zh.substring(
                zh.indexOf("data-testid=\"movements\""),
                zh.indexOf("</table>", zh.indexOf("data-testid=\"movements\"")));
        assertThat(movements.split("<tr>", -1)).hasSize(x.movements().size() + 2);
        // the history as a chart and a table: 7 + 2 vehicles in the lanes' longest queues, 12 vehicles a 5 minutes
        assertThat(zh).contains("&quot;values&quot;:[").contains("9 / 144");
        given().cookie("lang", "en")
                .get(page(x))
                .then()
                .statusCode(200)
                .body(containsString("<html lang=\"en\">"))
                .body(containsString(x.name().en()))
                .body(containsString("Phase 1 green"))
                .body(containsString("Only traffic operators change signal control"));
        given().get("/traffic/intersections/no-such-place").then().statusCode(404);
        // where traffic enters the network there is no signal to show
        given().get("/traffic/intersections/"
                        + networks.current().virtualIntersections().get(0).id())
                .then()
                .statusCode(200)
                .body(containsString("data-testid=\"no-signal\""))
                .body(not(containsString("data-testid=\"movements\"")));
    }

    @Test
    @TestSecurity(user = "x-page-operator", roles = "traffic-operator")
    void shouldChangeTheControllerHoldAPhaseAndReleaseItAndRecordWhoDidIt() {
        Intersection x = TrafficFixtures.signalised(102);
        TrafficFixtures.tick(8);
        PageForm form = PageForm.get(page(x));
        assertThat(form.body()).contains("id=\"mode-submit\"").contains("id=\"plan-submit\"");
        form.post()
                .formParam("mode", "MAX_PRESSURE")
                .post(page(x) + "/mode")
                .then()
                .statusCode(303)
                .header("Location", containsString(page(x) + "?done=mode"));
        assertThat(control.view(x.id()).mode()).isEqualTo(SignalControl.Mode.MAX_PRESSURE);

        form.post().formParam("phase", "2").post(page(x) + "/hold").then().statusCode(303);
        TrafficFixtures.tick(30);
        assertThat(control.view(x.id()).control()).isEqualTo("OPERATOR_HOLD");
        assertThat(control.view(x.id()).phase()).isEqualTo(2);
        given().get(page(x) + "?done=hold")
                .then()
                .statusCode(200)
                .body(containsString("data-testid=\"notice\""))
                .body(containsString("相位 3 绿灯"))
                .body(containsString("人工锁定相位"));

        form.post().post(page(x) + "/release").then().statusCode(303);
        TrafficFixtures.tick(1);
        assertThat(control.view(x.id()).control()).isEqualTo("CONTROLLER");

        List<SignalActions.Action> recorded = actions.recent(x.id(), 10);
        assertThat(recorded).extracting(SignalActions.Action::action).containsExactly("RELEASE", "HOLD", "CONTROLLER");
        assertThat(recorded).extracting(SignalActions.Action::byName).containsOnly("x-page-operator");
        String body = given().get(page(x)).asString();
        String table = body.substring(body.indexOf("data-testid=\"actions\""));
        assertThat(table)
                .contains("x-page-operator")
                .contains("解除锁定和强制方案")
                .contains("锁定相位 3")
                .contains("控制方式改为最大压力");
    }

    @Test
    @TestSecurity(user = "x-page-planner", roles = "traffic-operator")
    void shouldKeepABadPlanToCorrectAndForceAGoodOne() {
        Intersection x = TrafficFixtures.signalised(103);
        TrafficFixtures.tick(8);
        PageForm form = PageForm.get(page(x), "en");
        form.post()
                .cookie("lang", "en")
                .formParam("green", "abc")
                .formParam("green", "5")
                .formParam("green", "25")
                .formParam("green", "200")
                .post(page(x) + "/plan")
                .then()
                .statusCode(400)
                .body(containsString("data-testid=\"form-errors\""))
                .body(containsString("data-testid=\"green0-error\""))
                .body(containsString("data-testid=\"green1-error\""))
                .body(containsString("data-testid=\"green3-error\""))
                .body(not(containsString("data-testid=\"green2-error\"")))
                .body(containsString("A whole number of seconds from 10 to 180"))
                .body(containsString("value=\"abc\""))
                .body(containsString("value=\"5\""))
                .body(containsString("value=\"25\""))
                .body(containsString("value=\"200\""));
        assertThat(control.view(x.id()).control()).isEqualTo("CONTROLLER");
        assertThat(actions.recent(x.id(), 10)).isEmpty();

        form.post()
                .formParam("green", "40")
                .formParam("green", "10")
                .formParam("green", "40")
                .formParam("green", "10")
                .post(page(x) + "/plan")
                .then()
                .statusCode(303);
        TrafficFixtures.tick(1);
        assertThat(control.view(x.id()).control()).isEqualTo("FORCED_PLAN");
        assertThat(actions.recent(x.id(), 1).get(0).detail()).isEqualTo("[40, 10, 40, 10]");
        given().get(page(x))
                .then()
                .body(containsString("强制方案：各相位绿灯 40, 10, 40, 10 秒"))
                .body(containsString("强制方案"));
    }

    @Test
    @TestSecurity(user = "x-page-typo", roles = "traffic-operator")
    void shouldExplainAnUnknownControllerOrPhase() {
        Intersection x = TrafficFixtures.signalised(104);
        PageForm form = PageForm.get(page(x));
        form.post()
                .formParam("mode", "FASTEST")
                .post(page(x) + "/mode")
                .then()
                .statusCode(400)
                .body(containsString("data-testid=\"mode-error\""))
                .body(containsString("请选择一种控制方式"));
        form.post()
                .formParam("phase", "9")
                .post(page(x) + "/hold")
                .then()
                .statusCode(400)
                .body(containsString("data-testid=\"phase-error\""))
                .body(containsString("请选择相位 1 到 4"));
        assertThat(control.view(x.id()).mode()).isEqualTo(SignalControl.Mode.PLAN);
        assertThat(actions.recent(x.id(), 10)).isEmpty();
    }

    @Test
    @TestSecurity(user = "x-page-police-2", roles = "police")
    void shouldNotLetThePoliceChangeSignals() {
        Intersection x = TrafficFixtures.signalised(105);
        // the police see no signal forms: a form token of the control room's incident buttons
        var stalled = desk.raise(
                "STALLED_VEHICLE", "CAMERA", networks.current().roads().get(150).id(), 0, "test", Instant.now());
        PageForm form = PageForm.get("/traffic");
        form.post().formParam("mode", "ACTUATED").post(page(x) + "/mode").then().statusCode(403);
        form.post().formParam("phase", "1").post(page(x) + "/hold").then().statusCode(403);
        form.post().post(page(x) + "/release").then().statusCode(403);
        assertThat(control.view(x.id()).mode()).isEqualTo(SignalControl.Mode.PLAN);
        desk.clear(stalled.id(), "test");
    }

    @Test
    @TestSecurity(user = "x-page-citizen", roles = "citizen")
    void shouldBeClosedToCitizens() {
        given().get(page(TrafficFixtures.signalised(105))).then().statusCode(403);
    }
}
