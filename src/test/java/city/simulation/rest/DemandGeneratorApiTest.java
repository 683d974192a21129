package city.simulation.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;

import city.platform.security.Roles;
import city.simulation.TwinScenarios;
import city.simulation.evaluation.ScenarioInfo;
import city.simulation.evaluation.Scenarios;
import city.simulation.traffic.CityFlowReader;
import city.simulation.traffic.Demand;
import city.simulation.traffic.Grids;
import city.simulation.traffic.Network;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Scenarios whose demand comes from an origin-destination matrix and a time-of-day profile. */
@QuarkusTest
class DemandGeneratorApiTest {

    private static final String GENERATE = "/api/v1/simulation/scenarios/generated";

    @Inject
    Scenarios scenarios;

    @Test
    @TestSecurity(user = "od-ops", roles = Roles.TRAFFIC_OPERATOR)
    void theBoundaryMatrixAtAPeakRateGivesAScenarioOnTheSameNetworkThatMorningAndNightTellApart() {
        ScenarioInfo grid = TwinScenarios.tiny("2x2 od");
        JsonPath rush = generate(
                Map.of("nameEn", "2x2 at 8:00", "networkOf", grid.id(), "peakVehiclesPerHour", 3600, "minutes", 30));
        JsonPath night = generate(Map.of(
                "nameEn",
                "2x2 at 3:00",
                "networkOf",
                grid.id(),
                "peakVehiclesPerHour",
                3600,
                "minutes",
                30,
                "startHour",
                3));
        // 30 minutes at about the peak against about a twentieth of it
        assertThat(rush.getInt("flows")).isBetween(1550, 1950);
        assertThat(night.getInt("flows")).isBetween(40, 150);
        assertThat(rush.getInt("signalised")).isEqualTo(grid.signalised());
        Scenarios.Files files = scenarios.files(rush.getLong("id")).orElseThrow();
        assertThat(files.roadnet()).isEqualTo(TwinScenarios.ROADNET);
        Network network = CityFlowReader.readRoadnet(files.roadnet());
        Demand demand = CityFlowReader.readFlow(files.flow(), network);
        assertThat(demand.flows()).allSatisfy(f -> assertThat(f.startTime()).isBetween(0.0, 1800.0));
    }

    @Test
    @TestSecurity(user = "od-ops", roles = Roles.TRAFFIC_OPERATOR)
    void anExplicitMatrixWithAFlatProfileSendsItsPairsOnly() {
        ScenarioInfo grid = TwinScenarios.tiny("2x2 od pairs");
        List<Double> flat = java.util.Collections.nCopies(24, 1.0);
        JsonPath one = generate(Map.of(
                "nameZh",
                "单一起讫对",
                "networkOf",
                grid.id(),
                "matrix",
                List.of(Map.of("fromRoad", Grids.road(0, 1, 0), "toRoad", Grids.road(2, 1, 0), "perHourAtPeak", 600)),
                "profile",
                flat,
                "minutes",
                60,
                "seed",
                4));
        assertThat(one.getInt("flows")).isBetween(520, 680);
        Scenarios.Files files = scenarios.files(one.getLong("id")).orElseThrow();
        Demand demand = CityFlowReader.readFlow(files.flow(), CityFlowReader.readRoadnet(files.roadnet()));
        assertThat(demand.flows())
                .allSatisfy(f -> assertThat(f.route())
                        .containsExactly(Grids.road(0, 1, 0), Grids.road(1, 1, 0), Grids.road(2, 1, 0)));
    }

    @Test
    @TestSecurity(user = "od-ops", roles = Roles.TRAFFIC_OPERATOR)
    void badRequestsNameEveryProblemAndStoreNothing() {
        ScenarioInfo grid = TwinScenarios.tiny("2x2 od bad");
        int before = scenarios.all().size();
        given().contentType(ContentType.JSON)
                .body(Map.of("nameEn", "x", "networkOf", grid.id(), "minutes", 500, "startHour", 25))
                .post(GENERATE)
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", hasItems("peakVehiclesPerHour", "minutes", "startHour"));
        given().contentType(ContentType.JSON)
                .body(Map.of(
                        "nameEn",
                        "x",
                        "networkOf",
                        grid.id(),
                        "matrix",
                        List.of(Map.of("fromRoad", "nowhere", "toRoad", Grids.road(2, 1, 0), "perHourAtPeak", 10))))
                .post(GENERATE)
                .then()
                .statusCode(400)
                .body("errors.field", equalTo(List.of("matrix[0].fromRoad")));
        given().contentType(ContentType.JSON)
                .body("{\"nameEn\":\"x\",\"networkOf\":" + grid.id() + ",\"matrix\":[{\"fromRoad\":\""
                        + Grids.road(0, 1, 0) + "\",\"perHourAtPeak\":-5}]}")
                .post(GENERATE)
                .then()
                .statusCode(400)
                .contentType("application/problem+json");
        given().contentType(ContentType.JSON)
                .body(Map.of("nameEn", "x", "networkOf", 987_654_321, "peakVehiclesPerHour", 100))
                .post(GENERATE)
                .then()
                .statusCode(404);
        given().contentType(ContentType.JSON)
                .body(Map.of("networkOf", grid.id(), "peakVehiclesPerHour", 100))
                .post(GENERATE)
                .then()
                .statusCode(400)
                .body("errors.field", hasItems("nameZh"));
        assertThat(scenarios.all()).hasSize(before);
    }

    private static JsonPath generate(Map<String, Object> body) {
        return given().contentType(ContentType.JSON)
                .body(body)
                .post(GENERATE)
                .then()
                .statusCode(201)
                .extract()
                .jsonPath();
    }
}
