package city.platform.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Every operation of the JSON API is documented: a summary for people, and the paths the screens rely on. */
@QuarkusTest
class OpenApiCoverageTest {

    @SuppressWarnings("unchecked")
    Map<String, Map<String, Object>> paths() {
        return given().accept("application/json")
                .get("/q/openapi")
                .then()
                .statusCode(200)
                .extract()
                .path("paths");
    }

    @Test
    @SuppressWarnings("unchecked")
    void everyApiOperationHasASummary() {
        List<String> undocumented = new ArrayList<>();
        int operations = 0;
        for (var path : paths().entrySet()) {
            if (!path.getKey().startsWith("/api/")) {
                continue;
            }
            for (var op : path.getValue().entrySet()) {
                if (!(op.getValue() instanceof Map<?, ?> operation)
                        || op.getKey().equals("parameters")) {
                    continue;
                }
                operations++;
                Object summary = ((Map<String, Object>) operation).get("summary");
                if (!(summary instanceof String s) || s.isBlank()) {
                    undocumented.add(op.getKey().toUpperCase() + " " + path.getKey());
                }
            }
        }
        assertThat(operations).isGreaterThan(50);
        assertThat(undocumented).as("operations without a summary").isEmpty();
    }

    @Test
    void theTrafficScreensDataIsInTheApi() {
        assertThat(paths())
                .containsKeys(
                        "/api/v1/ingest/traffic",
                        "/api/v1/ingest/traffic/camera-events",
                        "/api/v1/ingest/traffic/weather",
                        "/api/v1/ingest/traffic/vehicle-positions",
                        "/api/v1/traffic/incidents",
                        "/api/v1/traffic/incidents/stream",
                        "/api/v1/traffic/signals",
                        "/api/v1/traffic/signals/{id}/hold",
                        "/api/v1/traffic/emergency/trips",
                        "/api/v1/traffic/emergency/hospitals",
                        "/api/v1/traffic/weather",
                        "/api/v1/traffic/ingestion",
                        "/api/v1/traffic/police-units",
                        "/api/v1/traffic/violations",
                        "/api/v1/traffic/networks");
    }
}
