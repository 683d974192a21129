package city.traffic.web;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import city.testing.PageForm;
import city.traffic.TrafficFixtures;
import city.traffic.internal.IncidentDesk;
import city.traffic.internal.TrafficNetworks;
import city.traffic.internal.network.CityFlowFormat;
import city.traffic.internal.network.DefaultCity;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The road network page: the network in use, its roadnet to download, and operators importing another. */
@QuarkusTest
class TrafficNetworkPageTest {

    @Inject
    TrafficNetworks networks;

    @Inject
    IncidentDesk desk;

    @AfterEach
    void defaultCityAgain() {
        if (networks.current().signalisedIntersections().size() != 128) {
            networks.replace("默认城市 Default city", CityFlowFormat.exportRoadnet(DefaultCity.build()), "test");
        }
        TrafficFixtures.freshSignals();
    }

    /** A multipart upload with the page's form token. */
    private static RequestSpecification upload(PageForm page) {
        return given().cookie("city-csrf", page.csrfCookie())
                .multiPart("csrf-token", page.csrfToken())
                .redirects()
                .follow(false);
    }

    private static byte[] twoByTwo() throws IOException {
        try (InputStream in = TrafficNetworkPageTest.class.getResourceAsStream("/traffic/roadnet_2x2.json")) {
            return in.readAllBytes();
        }
    }

    @Test
    @TestSecurity(user = "net-police", roles = "police")
    void shouldSummariseTheNetworkInBothLanguagesAndLetThePoliceDownloadItButNotReplaceIt() {
        TrafficNetworks.NetworkInfo info = networks.currentInfo();
        String zh =
                given().get("/traffic/network").then().statusCode(200).extract().asString();
        assertThat(zh)
                .contains("<html lang=\"zh-CN\">")
                .contains("路网管理")
                .contains("data-testid=\"network-name\">" + info.name() + "<")
                .contains("data-testid=\"network-signalised\">128<")
                .contains("data-testid=\"network-roads\">" + info.roads() + "<")
                .contains("href=\"/traffic/network/roadnet.json\"")
                .contains("data-testid=\"read-only\"")
                .doesNotContain("enctype=\"multipart/form-data\"");
        given().cookie("lang", "en")
                .get("/traffic/network")
                .then()
                .statusCode(200)
                .body(containsString("Road network"))
                .body(containsString("Download roadnet.json"))
                .body(containsString("Only traffic operators import networks."));
        given().get("/traffic/network/roadnet.json")
                .then()
                .statusCode(200)
                .header("Content-Disposition", containsString("roadnet.json"))
                .body(
                        "intersections",
                        hasSize(networks.current().intersections().size()))
                .body("roads", hasSize(info.roads()));

        var stalled = desk.raise(
                "STALLED_VEHICLE", "CAMERA", networks.current().roads().get(160).id(), 0, "test", Instant.now());
        PageForm room = PageForm.get("/traffic");
        upload(room)
                .multiPart("name", "police try")
                .multiPart("roadnet", "roadnet.json", new byte[] {'{', '}'}, "application/json")
                .post("/traffic/network")
                .then()
                .statusCode(403);
        assertThat(networks.currentInfo().id()).isEqualTo(info.id());
        desk.clear(stalled.id(), "test");
    }

    @Test
    @TestSecurity(user = "net-operator", roles = "traffic-operator")
    void shouldRefuseAnInvalidFileNamingEachProblemAndKeepTheNetwork() throws IOException {
        long before = networks.currentInfo().id();
        PageForm page = PageForm.get("/traffic/network");
        assertThat(page.body()).contains("enctype=\"multipart/form-data\"").contains("id=\"upload-submit\"");
        // the 2x2 city with a road that leads nowhere and a lane count of zero
        String broken = new String(twoByTwo(), StandardCharsets.UTF_8)
                .replaceFirst("\"endIntersection\"\\s*:\\s*\"[^\"]+\"", "\"endIntersection\": \"nowhere\"");
        String body = upload(page)
                .multiPart("name", "Broken 2x2")
                .multiPart("roadnet", "roadnet.json", broken.getBytes(StandardCharsets.UTF_8), "application/json")
                .post("/traffic/network")
                .then()
                .statusCode(400)
                .extract()
                .asString();
        assertThat(body)
                .contains("data-testid=\"upload-general\"")
                .contains("没有导入任何内容")
                .contains("data-testid=\"problems\"")
                .contains("<code>roads[0]")
                .contains("nowhere")
                // what was typed is kept
                .contains("value=\"Broken 2x2\"");
        assertThat(networks.currentInfo().id()).isEqualTo(before);

        upload(page)
                .multiPart("name", "Not JSON")
                .multiPart(
                        "roadnet",
                        "roadnet.json",
                        "this is not json".getBytes(StandardCharsets.UTF_8),
                        "application/json")
                .post("/traffic/network")
                .then()
                .statusCode(400)
                .body(containsString("data-testid=\"problems\""));
        upload(page)
                .multiPart("name", "")
                .post("/traffic/network")
                .then()
                .statusCode(400)
                .body(containsString("data-testid=\"name-error\""))
                .body(containsString("data-testid=\"roadnet-error\""))
                .body(containsString("请选择一个 CityFlow roadnet.json 文件"));
        assertThat(networks.currentInfo().id()).isEqualTo(before);
    }

    @Test
    @TestSecurity(user = "net-importer", roles = "traffic-operator")
    void shouldImportAValidNetworkAndUseIt() throws IOException {
        PageForm page = PageForm.get("/traffic/network");
        upload(page)
                .multiPart("name", "Two by two")
                .multiPart("roadnet", "roadnet.json", twoByTwo(), "application/json")
                .post("/traffic/network")
                .then()
                .statusCode(303)
                .header("Location", containsString("/traffic/network?done=imported"));
        assertThat(networks.currentInfo().name()).isEqualTo("Two by two");
        assertThat(networks.currentInfo().createdBy()).isEqualTo("net-importer");
        assertThat(networks.current().signalisedIntersections()).hasSize(4);
        given().get("/traffic/network?done=imported")
                .then()
                .statusCode(200)
                .body(containsString("data-testid=\"notice\""))
                .body(containsString("data-testid=\"network-signalised\">4<"))
                .body(containsString("data-testid=\"earlier\""));
        // the control room draws the new network
        String room = given().get("/traffic").asString();
        assertThat(room.split("data-sig=\"", -1)).hasSize(5);
        given().get("/api/v1/traffic/map").then().body("intersections.findAll { it.signalised }", hasSize(4));
        given().get("/api/v1/traffic/live").then().body("signals", hasSize(4)).body("networkId", equalTo((int)
                networks.currentInfo().id()));
    }
}
