package city.simulation.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;

import city.platform.security.Roles;
import city.simulation.TwinScenarios;
import city.simulation.evaluation.EvaluationView;
import city.simulation.evaluation.Evaluations;
import city.simulation.evaluation.ScenarioInfo;
import city.simulation.evaluation.Scenarios;
import city.testing.Tokens;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The twin's evaluation API: a scenario run under two controllers until done, with sane and repeatable figures; bad
 * uploads refused whole; limits, cancelling, and who may call it.
 */
@QuarkusTest
class EvaluationApiTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Inject
    Scenarios scenarios;

    @Inject
    Evaluations evaluations;

    @AfterEach
    void fullSpeed() {
        evaluations.pace(Duration.ZERO);
    }

    static JsonPath start(long scenario, List<String> controllers, int seconds, long seed) {
        return given().contentType(ContentType.JSON)
                .body(Map.of(
                        "scenarioId", scenario, "controllers", controllers, "simulatedSeconds", seconds, "seed", seed))
                .when()
                .post("/api/v1/simulation/evaluations")
                .then()
                .statusCode(202)
                .header("Location", org.hamcrest.Matchers.containsString("/api/v1/simulation/evaluations/"))
                .extract()
                .jsonPath();
    }

    /** An upload body: the names, and the documents embedded as JSON (or as strings when they are not JSON). */
    static String upload(String nameZh, String nameEn, String roadnet, String flow) {
        ObjectNode body = JSON.createObjectNode();
        if (nameZh != null) {
            body.put("nameZh", nameZh);
        }
        if (nameEn != null) {
            body.put("nameEn", nameEn);
        }
        for (var e : Map.of("roadnet", roadnet == null ? "" : roadnet, "flow", flow == null ? "" : flow)
                .entrySet()) {
            if (e.getValue().isEmpty()) {
                continue;
            }
            try {
                body.set(e.getKey(), JSON.readTree(e.getValue()));
            } catch (com.fasterxml.jackson.core.JsonProcessingException notJson) {
                body.put(e.getKey(), e.getValue());
            }
        }
        return body.toString();
    }

    static JsonPath awaitStatus(long id, String status) {
        Awaitility.await()
                .atMost(Duration.ofSeconds(60))
                .pollInterval(Duration.ofMillis(100))
                .until(() -> given().get("/api/v1/simulation/evaluations/" + id)
                        .then()
                        .statusCode(200)
                        .extract()
                        .path("status")
                        .equals(status));
        return given().get("/api/v1/simulation/evaluations/" + id)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
    }

    @Test
    @TestSecurity(user = "twin-ops", roles = Roles.TRAFFIC_OPERATOR)
    void shouldRunTwoControllersToTheEndWithSaneFiguresAndRepeatThemForTheSameSeed() {
        ScenarioInfo tiny = TwinScenarios.tiny("2x2 API");
        JsonPath queued = start(tiny.id(), List.of("plan", "traffic:MAX_PRESSURE"), 300, 7);
        long id = queued.getLong("id");
        assertThat(queued.getString("status")).isIn("QUEUED", "RUNNING", "DONE");
        assertThat(queued.getString("createdBy")).isEqualTo("twin-ops");

        JsonPath done = awaitStatus(id, "DONE");
        assertThat(done.getDouble("progress")).isEqualTo(1.0);
        assertThat(done.getString("startedAt")).isNotNull();
        assertThat(done.getString("finishedAt")).isNotNull();
        assertThat(done.getList("results.controller")).containsExactly("plan", "traffic:MAX_PRESSURE");
        assertThat(done.getList("results.nameEn"))
                .containsExactly("The file's fixed plan", "Traffic module: max-pressure");
        for (int i = 0; i < 2; i++) {
            String r = "results[" + i + "].";
            int finished = done.getInt(r + "result.finished");
            int departed = done.getInt(r + "result.departed");
            assertThat(finished).as("finished").isPositive().isLessThanOrEqualTo(departed);
            assertThat(done.getInt(r + "result.entered")).isEqualTo(finished + done.getInt(r + "result.onNetwork"));
            // vehicles finish at most once per flow interval, and 300 s give 12 per hour per finished vehicle
            assertThat(done.getDouble(r + "throughputPerHour")).isEqualTo(finished * 12.0, within());
            // 900 m of road at most 11.1 m/s: no finished vehicle is faster than about 80 s
            assertThat(done.getDouble(r + "result.averageFinishedTravelTime")).isGreaterThan(75);
            assertThat(done.getDouble(r + "result.averageTravelTime")).isGreaterThan(0);
            assertThat(done.getDouble(r + "result.averageDelay")).isGreaterThanOrEqualTo(0);
            assertThat(done.getDouble(r + "result.simulatedSeconds")).isEqualTo(300.0);
            assertThat(done.getList(r + "result.queuePerMinute")).hasSize(5);
            assertThat(done.getDouble(r + "wallSeconds")).isPositive().isLessThan(30);
            List<Integer> histogram = done.getList(r + "result.travelTimes.histogram");
            assertThat(histogram.stream().mapToInt(Integer::intValue).sum()).isEqualTo(finished);
        }

        JsonPath again = awaitStatus(
                start(tiny.id(), List.of("plan", "traffic:MAX_PRESSURE"), 300, 7)
                        .getLong("id"),
                "DONE");
        for (int i = 0; i < 2; i++) {
            String r = "results[" + i + "].result.";
            for (String figure : List.of(
                    "finished",
                    "departed",
                    "averageTravelTime",
                    "averageIncomingTime",
                    "averageDelay",
                    "stopsPerVehicle",
                    "queuePerMinute",
                    "travelTimes.histogram")) {
                assertThat((Object) again.get(r + figure)).as(figure).isEqualTo(done.get(r + figure));
            }
        }

        // the list has both, newest first, without their results
        JsonPath list = given().get("/api/v1/simulation/evaluations?limit=2")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        assertThat(list.getList("id", Long.class)).containsExactly(again.getLong("id"), id);
        assertThat(list.getList("results")).containsOnlyNulls();
    }

    private static org.assertj.core.data.Offset<Double> within() {
        return org.assertj.core.data.Offset.offset(1e-9);
    }

    @Test
    @TestSecurity(user = "twin-ops", roles = Roles.TRAFFIC_OPERATOR)
    void shouldOfferTheEngineAndTrafficModuleControllersAndTheBuiltInScenarios() {
        given().get("/api/v1/simulation/controllers")
                .then()
                .statusCode(200)
                .body(
                        "id",
                        equalTo(List.of(
                                "plan",
                                "max-pressure",
                                "traffic:PLAN",
                                "traffic:WEBSTER",
                                "traffic:ACTUATED",
                                "traffic:MAX_PRESSURE")));
        JsonPath all = given().get("/api/v1/simulation/scenarios")
                .then()
                .statusCode(200)
                .body("builtinKey", hasItems("grid-4x4-saturated-1h", "grid-3x3-saturated-1h"))
                .extract()
                .jsonPath();
        Map<String, Object> grid = all.getMap("find { it.builtinKey == 'grid-4x4-saturated-1h' }");
        assertThat(grid).containsEntry("signalised", 16).containsEntry("nameEn", "Saturated 4x4 grid, 1 hour");
        int id = (Integer) grid.get("id");
        String roadnet = given().get("/api/v1/simulation/scenarios/" + id + "/roadnet.json")
                .then()
                .statusCode(200)
                .extract()
                .asString();
        assertThat(roadnet).contains("intersection_4_4");
        // the default city at rush hour: 128 signals, about the boundary matrix's hour of vehicles
        Map<String, Object> city = all.getMap("find { it.builtinKey == 'default-city-morning-rush-1h' }");
        assertThat(city).containsEntry("signalised", 128);
        assertThat((Integer) city.get("flows")).isBetween(5_000, 7_000);
    }

    @Test
    @TestSecurity(user = "twin-ops", roles = Roles.TRAFFIC_OPERATOR)
    void shouldRefuseABadScenarioNamingEveryProblemAndStoreNothing() throws Exception {
        int before = scenarios.all().size();
        ObjectNode net = (ObjectNode) JSON.readTree(TwinScenarios.ROADNET);
        ((ObjectNode) net.withArray("roads").get(0)).remove("lanes");
        ((ObjectNode) net.withArray("roads").get(1)).remove("points");
        String roadnet = net.toString();
        JsonPath problem = given().contentType(ContentType.JSON)
                .body(upload("坏路网", "Bad network", roadnet, TwinScenarios.FLOW))
                .when()
                .post("/api/v1/simulation/scenarios")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .extract()
                .jsonPath();
        assertThat(problem.getList("errors.field", String.class))
                .contains("roadnet.roads[0].lanes", "roadnet.roads[1].points")
                .allMatch(f -> f.startsWith("roadnet"));
        assertThat(problem.getList("errors.message", String.class)).contains("missing");

        ArrayNode flowNode = (ArrayNode) JSON.readTree(TwinScenarios.FLOW);
        ((ArrayNode) flowNode.get(0).get("route")).set(1, new TextNode("no_such_road"));
        ((ObjectNode) flowNode.get(2)).remove("vehicle");
        String flow = flowNode.toString();
        JsonPath flows = given().contentType(ContentType.JSON)
                .body(upload(null, "Bad flow", TwinScenarios.ROADNET, flow))
                .when()
                .post("/api/v1/simulation/scenarios")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .extract()
                .jsonPath();
        assertThat(flows.getList("errors.field", String.class)).contains("flow[2].vehicle", "flow[0].route[1]");

        given().contentType(ContentType.JSON)
                .body(upload(null, "", "not json", null))
                .when()
                .post("/api/v1/simulation/scenarios")
                .then()
                .statusCode(400)
                .body("errors.field", hasItems("nameZh", "flow"));
        // the documents as strings: read as the files they hold
        given().contentType(ContentType.JSON)
                .body(Map.of("nameEn", "Not JSON", "roadnet", "not json", "flow", "[]"))
                .when()
                .post("/api/v1/simulation/scenarios")
                .then()
                .statusCode(400)
                .body("errors.field", equalTo(List.of("roadnet")))
                .body("errors[0].message", org.hamcrest.Matchers.startsWith("not JSON"));
        assertThat(scenarios.all()).hasSize(before);
    }

    @Test
    @TestSecurity(user = "twin-ops", roles = Roles.TRAFFIC_OPERATOR)
    void shouldTakeALargeScenarioButNoLargeBodyElsewhere() {
        // a real city's files weigh more than the 2 MB other endpoints take: padding makes these 3 MB
        String padded = TwinScenarios.ROADNET + " ".repeat(3 * 1024 * 1024);
        given().contentType(ContentType.JSON)
                .body(Map.of("nameEn", "Padded 2x2", "roadnet", padded, "flow", TwinScenarios.FLOW))
                .when()
                .post("/api/v1/simulation/scenarios")
                .then()
                .statusCode(201)
                .body("signalised", equalTo(4))
                .body("flows", equalTo(9));
        given().contentType(ContentType.JSON)
                .body("{\"scenarioId\": 1, \"controllers\": [\"plan\"], \"pad\": \"" + " ".repeat(3 * 1024 * 1024)
                        + "\"}")
                .when()
                .post("/api/v1/simulation/evaluations")
                .then()
                .statusCode(413);
    }

    @Test
    @TestSecurity(user = "twin-ops", roles = Roles.TRAFFIC_OPERATOR)
    void shouldHoldToItsLimits() {
        long tiny = TwinScenarios.tiny("2x2 limits").id();
        given().contentType(ContentType.JSON)
                .body(Map.of("scenarioId", tiny, "controllers", List.of("plan"), "simulatedSeconds", 59))
                .post("/api/v1/simulation/evaluations")
                .then()
                .statusCode(400)
                .body("errors.field", equalTo(List.of("simulatedSeconds")));
        given().contentType(ContentType.JSON)
                .body(Map.of("scenarioId", tiny, "controllers", List.of("plan"), "simulatedSeconds", 4 * 3600 + 1))
                .post("/api/v1/simulation/evaluations")
                .then()
                .statusCode(400)
                .body("errors.field", equalTo(List.of("simulatedSeconds")));
        given().contentType(ContentType.JSON)
                .body(Map.of(
                        "scenarioId",
                        tiny,
                        "controllers",
                        List.of(
                                "plan",
                                "max-pressure",
                                "traffic:PLAN",
                                "traffic:WEBSTER",
                                "traffic:ACTUATED",
                                "traffic:MAX_PRESSURE",
                                "plan")))
                .post("/api/v1/simulation/evaluations")
                .then()
                .statusCode(400)
                .body("errors.field", hasItems("controllers", "controllers[6]"));
        given().contentType(ContentType.JSON)
                .body(Map.of("scenarioId", 999_999_999, "controllers", List.of("plan", "fastest-possible")))
                .post("/api/v1/simulation/evaluations")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", equalTo(List.of("scenarioId", "controllers[1]")));
        given().contentType(ContentType.JSON)
                .body(Map.of("controllers", List.of()))
                .post("/api/v1/simulation/evaluations")
                .then()
                .statusCode(400)
                .body("errors.field", equalTo(List.of("scenarioId", "controllers")));
        given().get("/api/v1/simulation/evaluations/999999999")
                .then()
                .statusCode(404)
                .contentType("application/problem+json");
    }

    @Test
    @TestSecurity(user = "twin-ops", roles = Roles.TRAFFIC_OPERATOR)
    void shouldCancelARunningEvaluationAndKeepNoResult() {
        long tiny = TwinScenarios.tiny("2x2 cancel").id();
        evaluations.pace(Duration.ofMillis(500)); // 5 simulated minutes per controller: 2.5 s each
        long id = start(tiny, List.of("plan", "max-pressure"), 300, 0).getLong("id");
        awaitStatus(id, "RUNNING");
        JsonPath cancelled = given().contentType(ContentType.JSON)
                .body("{}")
                .post("/api/v1/simulation/evaluations/" + id + "/cancel")
                .then()
                .statusCode(200)
                .body("status", equalTo("CANCELLED"))
                .extract()
                .jsonPath();
        assertThat(cancelled.getDouble("progress")).isLessThan(1.0);
        // the worker stops and takes the next run: it never overwrites the cancelled one
        evaluations.pace(Duration.ZERO);
        long next = start(tiny, List.of("plan"), 60, 0).getLong("id");
        awaitStatus(next, "DONE");
        EvaluationView after = evaluations.get(id);
        assertThat(after.status().name()).isEqualTo("CANCELLED");
        assertThat(after.results()).isEmpty();
        given().contentType(ContentType.JSON)
                .body("{}")
                .post("/api/v1/simulation/evaluations/" + id + "/cancel")
                .then()
                .statusCode(409)
                .contentType("application/problem+json");
        given().contentType(ContentType.JSON)
                .body("{}")
                .post("/api/v1/simulation/evaluations/" + next + "/cancel")
                .then()
                .statusCode(409);
    }

    @Test
    void shouldLetOnlyTrafficOperatorsIn() {
        given().get("/api/v1/simulation/evaluations").then().statusCode(401);
        given().get("/api/v1/simulation/controllers").then().statusCode(401);
        given().auth()
                .oauth2(Tokens.of("citizen"))
                .get("/api/v1/simulation/evaluations")
                .then()
                .statusCode(403);
        given().auth()
                .oauth2(Tokens.of("citizen"))
                .contentType(ContentType.JSON)
                .body(Map.of("scenarioId", 1, "controllers", List.of("plan")))
                .post("/api/v1/simulation/evaluations")
                .then()
                .statusCode(403);
        given().auth()
                .oauth2(Tokens.of("police"))
                .get("/api/v1/simulation/scenarios")
                .then()
                .statusCode(403);
        given().auth()
                .oauth2(Tokens.of("traffic-operator"))
                .get("/api/v1/simulation/scenarios")
                .then()
                .statusCode(200);
    }

    @Test
    @TestSecurity(user = "twin-ops", roles = Roles.TRAFFIC_OPERATOR)
    void anAmbulanceExperimentRunsTheTripWithoutAndWithTheGreenWave() {
        long grid = given().get("/api/v1/simulation/scenarios")
                .jsonPath()
                .getLong("find { it.builtinKey == 'grid-3x3-saturated-1h' }.id");
        String body = "{\"scenarioId\":" + grid + ",\"controllers\":[\"plan\",\"traffic:ACTUATED\"],"
                + "\"simulatedSeconds\":1200,\"seed\":1,\"ambulance\":{\"fromIntersection\":\"intersection_1_1\","
                + "\"toIntersection\":\"intersection_3_3\",\"departureSecond\":300}}";
        long id = given().contentType(ContentType.JSON)
                .body(body)
                .post("/api/v1/simulation/evaluations")
                .then()
                .statusCode(202)
                .body("ambulance.departureSecond", equalTo(300))
                .extract()
                .jsonPath()
                .getLong("id");
        JsonPath done = awaitStatus(id, "DONE");
        String a = "ambulanceResult.";
        assertThat(done.getString(a + "controller")).isEqualTo("traffic:ACTUATED");
        assertThat(done.getBoolean(a + "without.arrived")).isTrue();
        assertThat(done.getBoolean(a + "with.arrived")).isTrue();
        assertThat(done.getInt(a + "without.signalsPreempted")).isZero();
        assertThat(done.getInt(a + "with.signalsPreempted"))
                .as("every signal on the route")
                .isEqualTo(3);
        assertThat(done.getInt(a + "with.stopsAtRed")).isLessThanOrEqualTo(done.getInt(a + "without.stopsAtRed"));
        double without = done.getDouble(a + "without.travelSeconds");
        double with = done.getDouble(a + "with.travelSeconds");
        assertThat(done.getDouble(a + "ratio")).isCloseTo(with / without, org.assertj.core.data.Offset.offset(0.01));
        // the page shows it under the results
        String page = given().get("/traffic/twin/runs/" + id + "/results")
                .then()
                .extract()
                .asString();
        assertThat(page).contains("data-testid=\"ambulance-table\"").contains("救护车实验");
        // a trip the network cannot have is refused with the field named, and nothing queued
        given().contentType(ContentType.JSON)
                .body(body.replace("intersection_1_1", "intersection_9_9").replace(":300", ":1190"))
                .post("/api/v1/simulation/evaluations")
                .then()
                .statusCode(400)
                .body("errors.field", hasItems("ambulance.fromIntersection", "ambulance.departureSecond"));
    }
}
