package city.parking.web;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;

import city.parking.ingest.OccupancyConsumer;
import city.parking.ingest.SensorBatch;
import city.parking.internal.LotDirectory;
import city.parking.internal.LotInfo;
import city.parking.internal.ParkingAdmin;
import city.parking.internal.PriceInput;
import city.parking.internal.SensorReading;
import city.testing.PageForm;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The operators' screen: figures, map, lots, revenue, sensors, and prices with their history. */
@QuarkusTest
class ParkingAdminPageTest {

    @Inject
    LotDirectory directory;

    @Inject
    ParkingAdmin admin;

    @Inject
    OccupancyConsumer consumer;

    @Test
    @TestSecurity(user = "parking-admin-nosy-citizen", roles = "citizen")
    void shouldBeClosedToCitizens() {
        given().get("/admin/parking").then().statusCode(403);
        given().get("/admin/parking/live").then().statusCode(403);
    }

    @Test
    @TestSecurity(user = "parking-ops-reader", roles = "parking-operator")
    void shouldShowTheCityAtAGlanceInChineseAndInEnglish() {
        int spaces = directory.lots().stream().mapToInt(LotInfo::capacity).sum();
        String zh =
                given().get("/admin/parking").then().statusCode(200).extract().asString();
        assertThat(zh)
                .contains("<html lang=\"zh-CN\">")
                .contains("停车运营")
                .contains("全市概况")
                .contains("data-testid=\"kpi-spaces\">")
                .contains("data-testid=\"admin-map\"")
                .contains("data-map-lot=\"P0001\"")
                .contains("data-map-lot=\"P0346\"")
                .contains("data-testid=\"lots-table\"")
                .contains("data-testid=\"revenue-chart\"")
                .contains("/webjars/uplot/1.6.30/dist/uPlot.iife.min.js")
                .contains("data-live=\"/admin/parking/live?page=1\"")
                .contains("href=\"/admin/parking?page=2\"");
        // every space of every lot, the seeded ones and those other tests added
        String shown = zh.replaceAll("(?s).*data-testid=\"kpi-spaces\">([0-9]+)<.*", "$1");
        assertThat(Integer.parseInt(shown)).isEqualTo(spaces).isGreaterThan(30_000);
        // twenty lots a page
        assertThat(zh.split("<tr data-lot=", -1)).hasSize(21);
        given().cookie("lang", "en")
                .get("/admin/parking")
                .then()
                .statusCode(200)
                .body(containsString("Parking operations"))
                .body(containsString("The city at a glance"))
                .body(containsString("Car parks, fullest first"));
    }

    @Test
    @TestSecurity(user = "parking-ops-live", roles = "parking-operator")
    void shouldServeTheLiveFiguresAndFollowTheSensors() {
        LotInfo lot = TestLots.create(2);
        TestLots.sensors(lot, 0);
        JsonPath full = given().get("/admin/parking/live")
                .then()
                .statusCode(200)
                .header("Cache-Control", "no-store")
                .extract()
                .jsonPath();
        assertThat(full.getInt("overview.spaces")).isGreaterThan(30_000);
        assertThat(full.getList("rows")).hasSize(ParkingAdminPage.PAGE_SIZE);
        assertThat(level(full, lot.id())).isEqualTo("full");
        // fullest first: the first row is a lot with every known space taken
        assertThat(full.getDouble("rows[0].rate")).isEqualTo(1.0);

        TestLots.sensors(lot, 2);
        JsonPath free = given().get("/admin/parking/live")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        assertThat(level(free, lot.id())).isEqualTo("plenty");
        assertThat(free.getLong("overview.eventsApplied")).isGreaterThan(full.getLong("overview.eventsApplied"));
    }

    private static String level(JsonPath live, String lotId) {
        List<Map<String, Object>> lots = live.getList("lots");
        return lots.stream()
                .filter(m -> lotId.equals(m.get("id")))
                .map(m -> (String) m.get("level"))
                .findFirst()
                .orElseThrow();
    }

    @Test
    @TestSecurity(user = "parking-ops-sensors", roles = "parking-operator")
    void shouldListALowBatteryBeforeTheSensorsNeverHeardFrom() {
        LotInfo lot = TestLots.create(3);
        TestLots.sensors(lot, 3);
        String sensor = lot.spaces().get(1).sensorId();
        Instant at = Instant.now();
        consumer.consume(
                new SensorBatch(List.of(new SensorReading(sensor, SensorReading.Kind.heartbeat, null, 4, at)), at));
        // the lot selected: its sensors only (other tests leave silent sensors of their own lots)
        String body = given().cookie("lang", "en")
                .get("/admin/parking?lot=" + lot.id())
                .then()
                .statusCode(200)
                .extract()
                .asString();
        String table = body.substring(body.indexOf("data-testid=\"sensors\""));
        int tbody = table.indexOf("<tbody>");
        String firstRow = table.substring(tbody, table.indexOf("</tr>", tbody));
        assertThat(firstRow).contains(sensor).contains("Low battery").contains("4%");
    }

    @Test
    @TestSecurity(user = "parking-ops-poller", roles = "parking-operator")
    void thePagesLivePollKeepsThePriceFormValid() {
        LotInfo lot = TestLots.create(2);
        PageForm page = PageForm.get("/admin/parking?lot=" + lot.id());
        // the poll as parking-admin.js sends it: with the page's cookie and its form token in the header
        io.restassured.response.Response poll = given().cookie("city-csrf", page.csrfCookie())
                .header("X-CSRF-TOKEN", page.csrfToken())
                .accept("application/json")
                .get("/admin/parking/live");
        poll.then().statusCode(200);
        String cookie = poll.getCookie("city-csrf") == null ? page.csrfCookie() : poll.getCookie("city-csrf");
        // the form shown before the poll still posts, with the cookie the browser holds after it
        given().cookie("city-csrf", cookie)
                .contentType(PageForm.FORM_UTF8)
                .formParam("csrf-token", page.csrfToken())
                .formParam("version", page.hidden("version"))
                .formParam("firstHour", "11")
                .formParam("perHour", "8")
                .formParam("dailyMax", "60")
                .formParam("freeMinutes", "15")
                .redirects()
                .follow(false)
                .post("/admin/parking/lots/" + lot.id() + "/prices")
                .then()
                .statusCode(303);
        assertThat(directory.lot(lot.id()).orElseThrow().tariff().firstHourFen())
                .isEqualTo(1_100);
    }

    @Test
    @TestSecurity(user = "parking-ops-pricer", roles = "parking-operator")
    void shouldChangePricesThroughTheFormAndShowTheChangeInTheHistory() {
        LotInfo lot = TestLots.create(2);
        PageForm page = PageForm.get("/admin/parking?lot=" + lot.id());
        assertThat(page.body())
                .contains("data-testid=\"current-prices\"")
                .contains("value=\"10.00\"")
                .contains("value=\"8.00\"")
                .contains("value=\"60.00\"");
        String version = page.hidden("version");
        page.post()
                .formParam("version", version)
                .formParam("firstHour", "12.50")
                .formParam("perHour", "9")
                .formParam("dailyMax", "80")
                .formParam("freeMinutes", "10")
                .post("/admin/parking/lots/" + lot.id() + "/prices")
                .then()
                .statusCode(303)
                .header("Location", containsString("/admin/parking?lot=" + lot.id() + "&done=prices"));
        LotInfo changed = directory.lot(lot.id()).orElseThrow();
        assertThat(changed.tariff().firstHourFen()).isEqualTo(1_250);
        assertThat(changed.tariff().perHourFen()).isEqualTo(900);
        assertThat(changed.tariff().dailyMaxFen()).isEqualTo(8_000);
        assertThat(changed.tariff().freeMinutes()).isEqualTo(10);

        String body = given().get("/admin/parking?lot=" + lot.id() + "&done=prices")
                .then()
                .statusCode(200)
                .extract()
                .asString();
        assertThat(body).contains("data-testid=\"notice\"").contains("data-testid=\"price-history\"");
        String history = body.substring(body.indexOf("data-testid=\"price-history\""));
        assertThat(history)
                .contains("parking-ops-pricer")
                .contains("¥10.00 → ¥12.50")
                .contains("¥8.00 → ¥9.00")
                .contains("¥60.00 → ¥80.00");
        // the public lot page charges the new prices
        given().get("/parking/lots/" + lot.id()).then().statusCode(200).body(containsString("¥12.50"));
    }

    @Test
    @TestSecurity(user = "parking-ops-late", roles = "parking-operator")
    void shouldExplainAConflictWhenSomeoneChangedThePricesMeanwhile() {
        LotInfo lot = TestLots.create(2);
        PageForm page = PageForm.get("/admin/parking?lot=" + lot.id(), "en");
        String seen = page.hidden("version");
        // another operator changes the prices after this form was shown
        admin.changePrices(
                lot.id(), new PriceInput(1_100L, 800L, 6_000L, null, Integer.valueOf(seen)), "x", "other-operator");
        String body = page.post()
                .cookie("lang", "en")
                .formParam("version", seen)
                .formParam("firstHour", "15")
                .formParam("perHour", "10")
                .formParam("dailyMax", "")
                .formParam("freeMinutes", "15")
                .post("/admin/parking/lots/" + lot.id() + "/prices")
                .then()
                .statusCode(409)
                .extract()
                .asString();
        assertThat(body)
                .contains("data-testid=\"price-general\"")
                .contains("Someone changed this lot")
                .contains("value=\"15\"")
                .contains("value=\"10\"")
                // the current prices are shown, and the form now carries the current version
                .contains("¥11.00")
                .doesNotContain("name=\"version\" value=\"" + seen + "\"");
        assertThat(directory.lot(lot.id()).orElseThrow().tariff().firstHourFen())
                .isEqualTo(1_100);

        // sent again as it is now, the change goes through
        PageForm again = new PageForm(body, page.csrfCookie(), page.csrfToken());
        again.post()
                .formParam("version", again.hidden("version"))
                .formParam("firstHour", "15")
                .formParam("perHour", "10")
                .formParam("dailyMax", "")
                .formParam("freeMinutes", "15")
                .post("/admin/parking/lots/" + lot.id() + "/prices")
                .then()
                .statusCode(303);
        assertThat(directory.lot(lot.id()).orElseThrow().tariff().dailyMaxFen()).isNull();
    }

    @Test
    @TestSecurity(user = "parking-ops-typo", roles = "parking-operator")
    void shouldKeepBadPricesToCorrect() {
        LotInfo lot = TestLots.create(2);
        PageForm page = PageForm.get("/admin/parking?lot=" + lot.id());
        page.post()
                .formParam("version", page.hidden("version"))
                .formParam("firstHour", "12.345")
                .formParam("perHour", "abc")
                .formParam("dailyMax", "5")
                .formParam("freeMinutes", "500")
                .post("/admin/parking/lots/" + lot.id() + "/prices")
                .then()
                .statusCode(400)
                .body(containsString("data-testid=\"firstHour-error\""))
                .body(containsString("data-testid=\"perHour-error\""))
                .body(containsString("data-testid=\"freeMinutes-error\""))
                .body(containsString("value=\"12.345\""))
                .body(containsString("value=\"abc\""))
                .body(containsString("value=\"500\""));
        assertThat(directory.lot(lot.id()).orElseThrow().tariff().firstHourFen())
                .isEqualTo(1_000);
    }
}
