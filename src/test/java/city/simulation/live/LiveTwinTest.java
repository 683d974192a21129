package city.simulation.live;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import city.platform.security.Roles;
import city.simulation.traffic.Simulation;
import city.traffic.TrafficFixtures;
import city.traffic.api.event.NetworkActivated;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The live twin on the platform's active network, stepped by hand with the control loop (one signal second per
 * simulated second): its devices reach the traffic module through the public ingestion API with device credentials.
 */
@QuarkusTest
class LiveTwinTest {

    private static final String LIVE = "/api/v1/simulation/live";

    @Inject
    LiveTwin twin;

    private final Instant started = Instant.now().minusSeconds(1);

    @AfterEach
    void stopTheTwinAndForgetWhatItReported() throws InterruptedException {
        LiveTwinFixtures.stopAndForget(twin, started);
    }

    /** Simulated seconds with the live control loop deciding each second from what the twin reports. */
    private void run(int seconds) throws InterruptedException {
        for (int i = 0; i < seconds; i++) {
            twin.advance(1);
            TrafficFixtures.tick(1);
        }
        twin.flush();
    }

    @Test
    @TestSecurity(user = "operator", roles = Roles.TRAFFIC_OPERATOR)
    void itsDetectorsAndWeatherStationsReportThroughTheIngestionApi() throws Exception {
        TrafficFixtures.freshSignals();
        long applied = given().get("/api/v1/traffic/ingestion").jsonPath().getLong("readingsApplied");
        twin.begin();
        run(61);
        LiveTwin.Status s = twin.status();
        assertThat(s.running()).isTrue();
        assertThat(s.entered()).as("vehicles came in from the boundary").isPositive();
        assertThat(s.entered()).isEqualTo(s.finished() + s.vehiclesOnNetwork());
        int lanes = twin.simulation().scenario().network().lanes().size();
        assertThat(s.readingsSent()).as("a reading per lane every 15 s").isEqualTo(4L * lanes);
        assertThat(s.weatherReportsSent()).isEqualTo(WeatherModel.STATIONS.size());
        assertThat(s.postsFailed()).isZero();
        Awaitility.await()
                .atMost(Duration.ofSeconds(20))
                .untilAsserted(() -> assertThat(given().get("/api/v1/traffic/ingestion")
                                        .jsonPath()
                                        .getLong("readingsApplied")
                                - applied)
                        .isGreaterThanOrEqualTo(s.readingsSent()));
        List<String> stations =
                given().get("/api/v1/traffic/weather").jsonPath().getList("stations.stationId", String.class);
        assertThat(stations).containsAll(WeatherModel.STATIONS);
    }

    @Test
    @TestSecurity(user = "operator", roles = Roles.TRAFFIC_OPERATOR)
    void aTriggeredAccidentBlocksItsLaneAndTheCameraReportsIt() throws Exception {
        TrafficFixtures.freshSignals();
        twin.begin();
        run(90);
        JsonPath hit = given().contentType(ContentType.JSON)
                .body("{}")
                .post(LIVE + "/accidents")
                .then()
                .statusCode(201)
                .extract()
                .jsonPath();
        String road = hit.getString("roadId");
        int vehicle = hit.getInt("vehicle");
        Simulation.VehicleState before = find(vehicle);
        run(10);
        Simulation.VehicleState stopped = find(vehicle);
        assertThat(stopped.position() - before.position())
                .as("it stopped within its braking distance at full deceleration")
                .isBetween(0.0, 16.667 * 16.667 / (2 * 4.5) + 1e-6);
        run(30);
        Simulation.VehicleState after = find(vehicle);
        assertThat(after.speed()).as("the crashed vehicle stands").isZero();
        assertThat(after.lane()).isEqualTo(stopped.lane());
        assertThat(after.position()).isEqualTo(stopped.position());
        Awaitility.await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            List<Map<String, Object>> open =
                    given().get("/api/v1/traffic/incidents").jsonPath().getList("$");
            assertThat(open).anySatisfy(i -> {
                assertThat(i.get("roadId")).isEqualTo(road);
                assertThat(i.get("kind")).isEqualTo("ACCIDENT");
                assertThat((String) i.get("evidence")).startsWith("twin://cameras/" + road + "/");
            });
        });
        given().contentType(ContentType.JSON)
                .body(Map.of("roadId", "no_such_road"))
                .post(LIVE + "/accidents")
                .then()
                .statusCode(400)
                .contentType("application/problem+json");
    }

    private Simulation.VehicleState find(int id) {
        synchronized (twin) {
            return twin.simulation().vehicles().stream()
                    .filter(v -> v.id() == id)
                    .findFirst()
                    .orElseThrow();
        }
    }

    @Test
    @TestSecurity(user = "operator", roles = Roles.TRAFFIC_OPERATOR)
    void anAmbulanceOnDemandDrivesItsTripAndGetsAGreenWave() throws Exception {
        TrafficFixtures.freshSignals();
        twin.begin();
        run(30);
        String hospitalAt = given().get("/api/v1/traffic/emergency/hospitals")
                .jsonPath()
                .getString("find { it.id == 'H-RUIJIN' }.intersectionId");
        String[] cr = hospitalAt.split("_");
        int c = Integer.parseInt(cr[1]);
        String origin = "intersection_" + (c > 8 ? c - 4 : c + 4) + "_" + cr[2];
        JsonPath trip = given().contentType(ContentType.JSON)
                .body(Map.of("originId", origin, "hospitalId", "H-RUIJIN"))
                .post(LIVE + "/ambulances")
                .then()
                .statusCode(201)
                .extract()
                .jsonPath();
        String id = trip.getString("tripId");
        assertThat(twin.status().ambulances())
                .extracting(LiveTwin.AmbulanceView::vehicleId)
                .contains(trip.getString("vehicleId"));
        String status = "ACTIVE";
        for (int s = 0; s < 900 && !status.equals("ARRIVED"); s += 10) {
            run(10);
            status = given().get("/api/v1/traffic/emergency/trips/" + id)
                    .jsonPath()
                    .getString("status");
        }
        assertThat(status).isEqualTo("ARRIVED");
        given().get("/api/v1/traffic/emergency/trips/" + id)
                .then()
                .body("vehicleId", equalTo(trip.getString("vehicleId")))
                .body("signalsPreempted", org.hamcrest.Matchers.greaterThanOrEqualTo(1))
                .body("preempting", org.hamcrest.Matchers.empty());
        // the platform calls it arrived 30 m before the end of its route; the twin's vehicle gets there in a while
        // (behind the queue of the last light, now that its signals are handed back)
        for (int s = 0; s < 300 && !twin.status().ambulances().isEmpty(); s += 10) {
            run(10);
        }
        assertThat(twin.status().ambulances()).isEmpty();
        assertThat(twin.status().positionsSent()).isGreaterThan(5);
    }

    @Inject
    Event<NetworkActivated> activated;

    @Test
    void itBeginsAgainWhenTheTrafficModuleActivatesAnotherNetwork() {
        // paused, so that no step posts what the devices see: the counters of the other tests stay theirs
        twin.begin();
        twin.pause();
        Simulation first = twin.simulation();
        twin.tickQuietly();
        assertThat(twin.simulation()).as("the same network: it goes on").isSameAs(first);
        activated.fire(new NetworkActivated(1, "another", Instant.now()));
        twin.tickQuietly();
        assertThat(twin.simulation())
                .as("begun again on the network now active")
                .isNotSameAs(first);
        assertThat(twin.status().running()).isTrue();
    }

    @Test
    @TestSecurity(user = "operator", roles = Roles.TRAFFIC_OPERATOR)
    void staffPauseResumeAndSpeedItUp() {
        twin.begin();
        given().contentType(ContentType.JSON)
                .post(LIVE + "/pause")
                .then()
                .statusCode(200)
                .body("paused", equalTo(true));
        double t = twin.status().simulatedSeconds();
        twin.tickQuietly();
        assertThat(twin.status().simulatedSeconds()).as("paused").isEqualTo(t);
        given().contentType(ContentType.JSON)
                .body(Map.of("speed", 5))
                .put(LIVE + "/speed")
                .then()
                .statusCode(200)
                .body("speed", equalTo(5));
        given().contentType(ContentType.JSON)
                .post(LIVE + "/resume")
                .then()
                .statusCode(200)
                .body("paused", equalTo(false));
        twin.tickQuietly();
        assertThat(twin.status().simulatedSeconds()).isEqualTo(t + 5);
        given().contentType(ContentType.JSON)
                .body(Map.of("speed", 50))
                .put(LIVE + "/speed")
                .then()
                .statusCode(400)
                .contentType("application/problem+json");
        given().get(LIVE).then().statusCode(200).body("running", equalTo(true)).body("speed", equalTo(5));
    }

    @Test
    @TestSecurity(user = "operator", roles = Roles.TRAFFIC_OPERATOR)
    void nothingToTriggerWhenTheTwinIsOff() {
        twin.end();
        given().contentType(ContentType.JSON)
                .body("{}")
                .post(LIVE + "/accidents")
                .then()
                .statusCode(409)
                .body("detail", containsString("off"));
        given().contentType(ContentType.JSON)
                .body("{}")
                .post(LIVE + "/ambulances")
                .then()
                .statusCode(409);
        given().get(LIVE).then().statusCode(200).body("running", equalTo(false));
    }

    @Test
    @TestSecurity(user = "someone", roles = Roles.CITIZEN)
    void onlyTrafficOperatorsControlIt() {
        given().get(LIVE).then().statusCode(403);
        given().contentType(ContentType.JSON).post(LIVE + "/pause").then().statusCode(403);
    }
}
