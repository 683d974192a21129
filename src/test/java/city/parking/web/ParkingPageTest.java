package city.parking.web;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

import city.parking.internal.History;
import city.parking.internal.LotInfo;
import city.testing.PageForm;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The public parking pages: the search near a place with its map and live list, and one lot's page. */
@QuarkusTest
class ParkingPageTest {

    @Inject
    History history;

    @Test
    void shouldFindTheSeededLotsNearPeoplesSquareInChineseAndInEnglish() {
        String zh = given().get("/parking?place=renmin&radius=1000&sort=distance&stay=60")
                .then()
                .statusCode(200)
                .header("Cache-Control", "no-store")
                .extract()
                .asString();
        assertThat(zh)
                .contains("<html lang=\"zh-CN\">")
                .contains("找停车位")
                .contains("人民广场 附近的停车场")
                .contains("人民广场地下停车场")
                .contains("data-lot=\"P0003\"")
                .contains("data-testid=\"lot-map\"")
                .contains("data-map-lot=\"P0003\"")
                .contains("data-nearby=\"/api/v1/parking/lots/nearby?lat=31.2304&amp;lon=121.4737&amp;radius=1000")
                .contains("aria-live=\"polite\"")
                // People's Square Underground (185 m away) comes before the Grand Theatre (about 400 m)
                .containsSubsequence("data-lot=\"P0003\"", "data-lot=\"P0004\"");
        // the seeded lot's first hour is ¥18.00, so an hour there costs that
        assertThat(section(zh, "P0003")).contains("¥18.00").contains("步行");
        // a lot 20 km away is not near People's Square
        assertThat(zh).doesNotContain("data-lot=\"P0343\"");

        given().cookie("lang", "en")
                .get("/parking?place=renmin")
                .then()
                .statusCode(200)
                .body(containsString("<html lang=\"en\">"))
                .body(containsString("Car parks near People&#39;s Square"))
                .body(containsString("People&#39;s Square Underground Car Park"))
                .body(containsString("Price of 1 hour"));
    }

    @Test
    void shouldSearchAroundPeoplesSquareOnAFirstVisit() {
        given().get("/parking")
                .then()
                .statusCode(200)
                .body(containsString("<option value=\"renmin\" selected>人民广场</option>"))
                .body(containsString("data-lot=\"P0003\""));
    }

    @Test
    void shouldOrderByThePriceOfThePlannedStayWhenAsked() {
        String body = given().get("/parking?place=renmin&radius=1000&sort=price&stay=120")
                .then()
                .statusCode(200)
                .extract()
                .asString();
        Matcher m = Pattern.compile("data-f=\"price\">¥([0-9,.]+)<").matcher(body);
        double previous = -1;
        int n = 0;
        while (m.find()) {
            double price = Double.parseDouble(m.group(1).replace(",", ""));
            assertThat(price).isGreaterThanOrEqualTo(previous);
            previous = price;
            n++;
        }
        assertThat(n).isGreaterThan(3);
        assertThat(body).contains("<option value=\"120\" selected>2 小时</option>");
    }

    @Test
    void shouldKeepWhatWasTypedAndExplainWhenTheSearchIsBad() {
        String body = given().get("/parking?place=custom&lat=95.5&lon=121.47&radius=1000&sort=distance&stay=60&ev=on")
                .then()
                .statusCode(400)
                .extract()
                .asString();
        assertThat(body)
                .contains("data-testid=\"lat-error\"")
                .contains("纬度须在 -90 到 90 之间")
                .contains("value=\"95.5\"")
                .contains("value=\"121.47\"")
                .contains("<option value=\"custom\" selected>")
                .contains("name=\"ev\" value=\"on\" checked")
                .doesNotContain("data-testid=\"lon-error\"")
                .doesNotContain("data-nearby=");

        given().cookie("lang", "en")
                .get("/parking?place=custom&lat=abc&lon=&radius=99999&stay=5")
                .then()
                .statusCode(400)
                .body(containsString("value=\"abc\""))
                .body(containsString("data-testid=\"lat-error\""))
                .body(containsString("data-testid=\"lon-error\""))
                .body(containsString("Type a longitude"))
                .body(containsString("data-testid=\"radius-error\""))
                .body(containsString("<option value=\"99999\" selected>99999</option>"))
                .body(containsString("data-testid=\"stay-error\""))
                .body(not(containsString("Something went wrong")));
    }

    @Test
    void shouldSearchFromTypedCoordinates() {
        LotInfo lot = TestLots.create(4);
        String lat = Double.toString(lot.location().lat());
        String lon = Double.toString(lot.location().lon());
        given().get("/parking?place=custom&lat=" + lat + "&lon=" + lon + "&radius=250")
                .then()
                .statusCode(200)
                .body(containsString("data-lot=\"" + lot.id() + "\""))
                .body(containsString("value=\"" + lat + "\""))
                .body(containsString("所选位置 附近的停车场"));
    }

    @Test
    void shouldShowALotWithItsTariffLiveCountsAndExpectedFreeSpaces() {
        LotInfo lot = TestLots.create(10);
        TestLots.sensors(lot, 7);
        // seven of ten free in the 5-minute row of now: today's prediction has this hour
        history.snapshot(Instant.now());
        String zh = given().get("/parking/lots/" + lot.id())
                .then()
                .statusCode(200)
                .extract()
                .asString();
        assertThat(zh)
                .contains("测试停车场" + lot.id())
                .contains("data-testid=\"available\">7<")
                .contains("全天 24 小时开放")
                .contains("¥10.00")
                .contains("¥8.00")
                .contains("¥60.00")
                .contains("data-testid=\"prediction-chart\"")
                .contains("data-ys=\"7.0\"")
                .contains("/webjars/uplot/1.6.30/dist/uPlot.iife.min.js")
                .contains("data-live=\"/api/v1/parking/lots/" + lot.id() + "\"")
                // anonymous visitors are asked to sign in before booking
                .contains("登录后可以预约车位")
                .doesNotContain("name=\"key\"");
        given().cookie("lang", "en")
                .get("/parking/lots/" + lot.id())
                .then()
                .statusCode(200)
                .body(containsString("Test car park " + lot.id()))
                .body(containsString("Open 24 hours"))
                .body(containsString("Expected free spaces today"));
    }

    @Test
    void shouldServeTheChartLibraryFromTheApp() {
        given().get("/webjars/uplot/1.6.30/dist/uPlot.iife.min.js")
                .then()
                .statusCode(200)
                .body(containsString("uPlot"));
        given().get("/static/parking-search.js").then().statusCode(200);
    }

    @Test
    void shouldAnswerAnUnknownLotWithTheFriendlyNotFoundPage() {
        given().get("/parking/lots/NO-SUCH-LOT").then().statusCode(404).body(containsString("页面不存在"));
    }

    @Test
    @TestSecurity(user = "parking-page-citizen", roles = "citizen")
    void shouldOfferCitizensTheBookingAndParkNowForms() {
        LotInfo lot = TestLots.create(3);
        PageForm page = PageForm.get("/parking/lots/" + lot.id() + "?stay=120");
        assertThat(page.hidden("key")).hasSize(36);
        assertThat(page.body())
                .contains("action=\"/parking/lots/" + lot.id() + "/bookings#book\"")
                .contains("action=\"/parking/lots/" + lot.id() + "/sessions#park\"")
                .contains("<option value=\"120\" selected>2 小时</option>")
                // a drive-up stay holds the most a day can cost
                .containsPattern("冻结最多一天的费用（¥[0-9]+\\.[0-9]{2}）");
        // every page view makes a fresh form key
        assertThat(PageForm.get("/parking/lots/" + lot.id()).hidden("key")).isNotEqualTo(page.hidden("key"));
        given().get("/parking?place=renmin")
                .then()
                .statusCode(200)
                .body(containsString("href=\"/parking/mine\""))
                .body(containsString("#book\">预约车位</a>"));
    }

    private static String section(String body, String lotId) {
        int start = body.indexOf("data-lot=\"" + lotId + "\"");
        int end = body.indexOf("</li>", start);
        return body.substring(start, end);
    }
}
