package city.simulation.web;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import city.platform.security.Roles;
import city.simulation.TwinScenarios;
import city.simulation.evaluation.EvaluationStatus;
import city.simulation.evaluation.EvaluationView;
import city.simulation.evaluation.Evaluations;
import city.simulation.evaluation.ScenarioInfo;
import city.simulation.evaluation.Scenarios;
import city.testing.PageForm;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

/** The evaluation page: its forms in both languages, a run started from it, a finished run's table, refusals. */
@QuarkusTest
class TwinPageTest {

    @Inject
    Scenarios scenarios;

    @Inject
    Evaluations evaluations;

    @Test
    @TestSecurity(user = "twin-page", roles = Roles.TRAFFIC_OPERATOR)
    void shouldOfferScenariosAndControllersInBothLanguages() {
        String zh =
                given().get("/traffic/twin").then().statusCode(200).extract().asString();
        assertThat(zh)
                .contains("<html lang=\"zh-CN\">")
                .contains("<h1>交通仿真评估</h1>")
                .contains("饱和 4×4 网格路网，1 小时")
                .contains("action=\"/traffic/twin/runs\"")
                .contains("<input type=\"checkbox\" id=\"c-plan\" name=\"controller\" value=\"plan\" checked>")
                .contains(
                        "<input type=\"checkbox\" id=\"c-traffic-webster\" name=\"controller\" value=\"traffic:WEBSTER\">")
                .contains("<label for=\"minutes\">")
                .contains("enctype=\"multipart/form-data\"");
        // in the staff area's links
        assertThat(given().get("/admin").then().statusCode(200).extract().asString())
                .contains("href=\"/traffic/twin\"")
                .contains("交通仿真评估");
        String en = given().cookie("lang", "en")
                .get("/traffic/twin")
                .then()
                .statusCode(200)
                .extract()
                .asString();
        assertThat(en)
                .contains("<h1>Twin: signal controller evaluation</h1>")
                .contains("Saturated 4x4 grid, 1 hour")
                .contains("Traffic module: actuated")
                .contains("Upload the scenario");
    }

    @Test
    @TestSecurity(user = "twin-page", roles = Roles.TRAFFIC_OPERATOR)
    void shouldStartARunFromTheFormAndShowItsResultsWhenDone() {
        ScenarioInfo tiny = TwinScenarios.tiny("2x2 页面");
        PageForm form = PageForm.get("/traffic/twin?scenario=" + tiny.id());
        assertThat(form.body()).contains("<option value=\"" + tiny.id() + "\" selected>2x2 页面</option>");
        Response started = form.post()
                .formParam("scenario", tiny.id())
                .formParam("controller", "plan")
                .formParam("controller", "max-pressure")
                .formParam("minutes", "5")
                .formParam("seed", "3")
                .post("/traffic/twin/runs");
        started.then().statusCode(303);
        String location = started.header("Location");
        assertThat(location).matches(".*/traffic/twin/runs/\\d+$");
        long id = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
        EvaluationView run = evaluations.get(id);
        assertThat(run.controllers()).containsExactly("plan", "max-pressure");
        assertThat(run.simulatedSeconds()).isEqualTo(300);
        assertThat(run.seed()).isEqualTo(3);
        assertThat(run.createdBy()).isEqualTo("twin-page");

        Awaitility.await()
                .atMost(Duration.ofSeconds(60))
                .until(() -> evaluations.get(id).status() == EvaluationStatus.DONE);
        String page = given().get("/traffic/twin/runs/" + id)
                .then()
                .statusCode(200)
                .extract()
                .asString();
        assertThat(page)
                .contains("评估 #" + id)
                .contains("data-testid=\"results-table\"")
                .contains("<tr data-controller=\"plan\"><th scope=\"row\">路网文件的定时方案</th>")
                .contains("<tr data-controller=\"max-pressure\">")
                .contains("平均旅行时间（CityFlow 算法，含未完成车辆）")
                .contains("通过量（辆/小时）")
                .contains("role=\"img\" aria-label=\"旅行时间分布直方图")
                .contains("data-twin-chart=\"{&quot;")
                .contains("data-testid=\"queue-table\"")
                .doesNotContain("id=\"run-progress\"");
        EvaluationView done = evaluations.get(id);
        String finished = String.format("%,d", done.results().get(0).result().finished());
        assertThat(page).contains("<td class=\"num\">" + finished + "</td>");
        // the fragment the page's script swaps in, and the status it polls
        given().get("/traffic/twin/runs/" + id + "/results")
                .then()
                .statusCode(200)
                .body(org.hamcrest.Matchers.startsWith("<section class=\"panel\" id=\"results\""));
        given().get("/traffic/twin/runs/" + id + "/status")
                .then()
                .statusCode(200)
                .body("status", org.hamcrest.Matchers.equalTo("DONE"))
                .body("percent", org.hamcrest.Matchers.equalTo(100))
                .body("text", org.hamcrest.Matchers.equalTo("已完成"));
        // listed among the past runs
        assertThat(given().get("/traffic/twin").then().extract().asString())
                .contains("<tr data-run=\"" + id + "\"><th scope=\"row\"><a href=\"/traffic/twin/runs/" + id + "\">#"
                        + id + "</a></th><td>2x2 页面</td>");
    }

    @Test
    @TestSecurity(user = "twin-page", roles = Roles.TRAFFIC_OPERATOR)
    void shouldShowARunningRunsProgressBarAndItsCancelButton() {
        ScenarioInfo tiny = TwinScenarios.tiny("2x2 progress");
        evaluations.pace(Duration.ofMillis(500));
        try {
            EvaluationView run = evaluations.start(
                    new city.simulation.evaluation.EvaluationRequest(tiny.id(), java.util.List.of("plan"), 300, 0L),
                    "twin-page");
            String page = given().get("/traffic/twin/runs/" + run.id())
                    .then()
                    .statusCode(200)
                    .extract()
                    .asString();
            assertThat(page)
                    .contains("<progress id=\"run-progress\" max=\"100\"")
                    .contains("aria-labelledby=\"progress-title\"")
                    .contains("action=\"/traffic/twin/runs/" + run.id() + "/cancel\"")
                    .doesNotContain("data-testid=\"results-table\"");
            PageForm fresh = PageForm.get("/traffic/twin/runs/" + run.id());
            fresh.post()
                    .post("/traffic/twin/runs/" + run.id() + "/cancel")
                    .then()
                    .statusCode(303);
            assertThat(evaluations.get(run.id()).status()).isEqualTo(EvaluationStatus.CANCELLED);
            assertThat(given().get("/traffic/twin/runs/" + run.id())
                            .then()
                            .extract()
                            .asString())
                    .contains("data-testid=\"run-cancelled\"")
                    .doesNotContain("id=\"run-progress\"");
            // cancelling again: the page says it is over
            PageForm.get("/traffic/twin")
                    .post()
                    .post("/traffic/twin/runs/" + run.id() + "/cancel")
                    .then()
                    .statusCode(409);
        } finally {
            evaluations.pace(Duration.ZERO);
        }
    }

    @Test
    @TestSecurity(user = "twin-page", roles = Roles.TRAFFIC_OPERATOR)
    void shouldKeepWhatWasTypedAndNameEveryProblem() {
        PageForm form = PageForm.get("/traffic/twin");
        String refused = form.post()
                .formParam("scenario", "")
                .formParam("minutes", "241")
                .formParam("seed", "seven")
                .post("/traffic/twin/runs")
                .then()
                .statusCode(400)
                .extract()
                .asString();
        assertThat(refused)
                .contains("data-testid=\"minutes-error\">请填写 1 到 240 之间的整数分钟")
                .contains("data-testid=\"seed-error\">请填写一个整数")
                .contains("value=\"241\"")
                .contains("value=\"seven\"");
        String noController = PageForm.get("/traffic/twin")
                .post()
                .formParam("scenario", scenarios.all().get(0).id())
                .formParam("minutes", "10")
                .post("/traffic/twin/runs")
                .then()
                .statusCode(400)
                .extract()
                .asString();
        assertThat(noController).contains("data-testid=\"controllers-error\">请选择 1 到 6 个控制方案");

        int before = scenarios.all().size();
        PageForm page = PageForm.get("/traffic/twin");
        String upload = given().cookie("city-csrf", page.csrfCookie())
                .multiPart("csrf-token", page.csrfToken())
                .multiPart(utf8("nameZh", "我的坏场景"))
                .multiPart("nameEn", "My bad scenario")
                .multiPart("roadnet", "roadnet.json", "{\"roads\": 3}".getBytes(StandardCharsets.UTF_8))
                .multiPart("flow", "flow.json", TwinScenarios.FLOW.getBytes(StandardCharsets.UTF_8))
                .post("/traffic/twin/scenarios")
                .then()
                .statusCode(400)
                .extract()
                .asString();
        assertThat(upload)
                .contains("data-testid=\"upload-errors\"")
                .contains("这个场景无法运行，没有保存任何内容")
                .contains("data-testid=\"problems\"")
                .contains("<code>roadnet.intersections</code>: <span lang=\"en\">missing</span>")
                .contains("value=\"我的坏场景\"")
                .contains("value=\"My bad scenario\"");
        String missing = given().cookie("city-csrf", page.csrfCookie())
                .multiPart("csrf-token", page.csrfToken())
                .multiPart("nameEn", "Files forgotten")
                .post("/traffic/twin/scenarios")
                .then()
                .statusCode(400)
                .extract()
                .asString();
        assertThat(missing)
                .contains("data-testid=\"roadnet-error\">请选择一个 CityFlow roadnet.json 文件")
                .contains("data-testid=\"flow-error\">请选择一个 CityFlow flow.json 文件")
                .contains("value=\"Files forgotten\"");
        assertThat(scenarios.all()).hasSize(before);

        // a good one: stored, and chosen in the form
        Response ok = given().cookie("city-csrf", page.csrfCookie())
                .multiPart("csrf-token", page.csrfToken())
                .multiPart(utf8("nameZh", "上传的网格"))
                .multiPart("roadnet", "roadnet.json", TwinScenarios.ROADNET.getBytes(StandardCharsets.UTF_8))
                .multiPart("flow", "flow.json", TwinScenarios.FLOW.getBytes(StandardCharsets.UTF_8))
                .redirects()
                .follow(false)
                .post("/traffic/twin/scenarios");
        ok.then().statusCode(303);
        ScenarioInfo stored = scenarios.all().stream()
                .filter(s -> s.nameZh().equals("上传的网格"))
                .findFirst()
                .orElseThrow();
        assertThat(stored.nameEn()).isEqualTo("上传的网格");
        assertThat(stored.createdBy()).isEqualTo("twin-page");
        assertThat(ok.header("Location")).contains("/traffic/twin?scenario=" + stored.id() + "&done=uploaded");
    }

    /** A text field as browsers send it: UTF-8 (REST Assured's default is ISO-8859-1). */
    private static io.restassured.specification.MultiPartSpecification utf8(String name, String value) {
        return new io.restassured.builder.MultiPartSpecBuilder(value)
                .controlName(name)
                .charset(StandardCharsets.UTF_8)
                .build();
    }

    @Test
    @TestSecurity(user = "twin-citizen", roles = Roles.CITIZEN)
    void shouldRefuseCitizens() {
        given().get("/traffic/twin").then().statusCode(403);
    }

    @Test
    @TestSecurity(user = "twin-page", roles = Roles.TRAFFIC_OPERATOR)
    void shouldGenerateODDemandOnAStoredNetworkAndKeepWhatWasTypedWhenRefused() {
        ScenarioInfo grid = TwinScenarios.tiny("2x2 生成");
        PageForm form = PageForm.get("/traffic/twin");
        assertThat(form.body())
                .contains("action=\"/traffic/twin/scenarios/generated\"")
                .contains("由起讫矩阵生成需求");
        int before = scenarios.all().size();
        String refused = form.post()
                .formParam("network", grid.id())
                .formParam("nameZh", "早高峰加两成")
                .formParam("peak", "很多")
                .formParam("startHour", "30")
                .formParam("minutes", "30")
                .formParam("seed", "1")
                .post("/traffic/twin/scenarios/generated")
                .then()
                .statusCode(400)
                .extract()
                .asString();
        assertThat(refused)
                .contains("data-testid=\"generate-errors\"")
                .contains("value=\"早高峰加两成\"")
                .contains("value=\"很多\"")
                .contains("data-testid=\"gen-peak-error\"")
                .contains("开始时刻：0 到 24 之间");
        assertThat(scenarios.all()).hasSize(before);
        Response made = form.post()
                .formParam("network", grid.id())
                .formParam("nameZh", "早高峰加两成")
                .formParam("peak", "2400")
                .formParam("startHour", "7.5")
                .formParam("minutes", "20")
                .formParam("seed", "1")
                .post("/traffic/twin/scenarios/generated");
        made.then().statusCode(303);
        assertThat(made.header("Location")).contains("done=generated");
        assertThat(scenarios.all()).hasSize(before + 1);
        ScenarioInfo generated = scenarios.all().stream()
                .filter(s -> s.nameZh().equals("早高峰加两成"))
                .findFirst()
                .orElseThrow();
        assertThat(generated.signalised()).isEqualTo(grid.signalised());
        assertThat(generated.flows()).isBetween(600, 900);
    }

    @Test
    @TestSecurity(user = "twin-page", roles = Roles.TRAFFIC_OPERATOR)
    void shouldQueueAnAmbulanceExperimentFromTheFormAndKeepItsFieldsWhenRefused() {
        ScenarioInfo tiny = TwinScenarios.tiny("2x2 救护车");
        PageForm form = PageForm.get("/traffic/twin");
        assertThat(form.body()).contains("name=\"ambulanceFrom\"").contains("救护车实验");
        String refused = form.post()
                .formParam("scenario", tiny.id())
                .formParam("controller", "traffic:ACTUATED")
                .formParam("minutes", "5")
                .formParam("seed", "0")
                .formParam("ambulanceFrom", "intersection_9_9")
                .formParam("ambulanceTo", "intersection_2_2")
                .formParam("ambulanceMinute", "1")
                .post("/traffic/twin/runs")
                .then()
                .statusCode(400)
                .extract()
                .asString();
        assertThat(refused)
                .contains("路网中没有这个起点路口")
                .contains("value=\"intersection_9_9\"")
                .contains("value=\"intersection_2_2\"");
        Response started = form.post()
                .formParam("scenario", tiny.id())
                .formParam("controller", "traffic:ACTUATED")
                .formParam("minutes", "5")
                .formParam("seed", "0")
                .formParam("ambulanceFrom", "intersection_1_1")
                .formParam("ambulanceTo", "intersection_2_2")
                .formParam("ambulanceMinute", "1")
                .post("/traffic/twin/runs");
        started.then().statusCode(303);
        long id = Long.parseLong(started.header("Location").replaceAll(".*/", ""));
        EvaluationView run = evaluations.get(id);
        assertThat(run.ambulance().fromIntersection()).isEqualTo("intersection_1_1");
        assertThat(run.ambulance().departureSecond()).isEqualTo(60);
        Awaitility.await()
                .atMost(Duration.ofSeconds(60))
                .until(() -> evaluations.get(id).status() == EvaluationStatus.DONE);
        assertThat(evaluations.get(id).ambulanceResult().with().signalsPreempted())
                .isPositive();
    }
}
