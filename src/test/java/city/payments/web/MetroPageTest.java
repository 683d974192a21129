package city.payments.web;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;

import city.payments.LedgerStaysBalanced;
import city.payments.TestMoney;
import city.payments.internal.metro.FareSettler;
import city.payments.internal.metro.Gantry;
import city.payments.internal.metro.Tap;
import city.payments.internal.metro.TapDecision;
import city.testing.PageForm;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The rider's metro page: link and block cards, trips with fares, the fare finder. */
@QuarkusTest
class MetroPageTest implements LedgerStaysBalanced {

    @Inject
    Gantry gantry;

    @Inject
    FareSettler settler;

    private TapDecision tap(String card, String station, Tap.Direction direction) {
        return gantry.tap(new Tap(UUID.randomUUID(), "G-" + station, station, direction, card, null, Instant.now()))
                .toCompletableFuture()
                .join();
    }

    @Test
    @TestSecurity(user = "metro-rider", roles = "citizen")
    void aRiderLinksACardRidesAndSeesTheTripWithItsFare() {
        TestMoney.fund("metro-rider", 2_000);
        PageForm page = PageForm.get("/wallet/metro");
        assertThat(page.body()).contains("我的交通卡").contains("票价查询");
        String number = "8800" + (System.nanoTime() % 1_000_000_000L);
        page.post()
                .formParam("number", number)
                .post("/wallet/metro/cards")
                .then()
                .statusCode(303);

        assertThat(tap(number, "XZM", Tap.Direction.IN).outcome()).isEqualTo(TapDecision.Outcome.OPEN);
        assertThat(tap(number, "GMA", Tap.Direction.OUT).fareFen()).isNotNull();
        settler.settleAll();

        String body = given().cookie("lang", "en")
                .get("/wallet/metro")
                .then()
                .statusCode(200)
                .extract()
                .asString();
        assertThat(body)
                .contains(number)
                .contains("Xizhimen")
                .contains("Guomao")
                .contains("Completed");
        assertThat(TestMoney.balance("metro-rider")).isLessThan(2_000);
    }

    @Test
    @TestSecurity(user = "metro-typo", roles = "citizen")
    void aBadCardNumberIsExplainedAndKeptInTheField() {
        PageForm page = PageForm.get("/wallet/metro", "en");
        String html = page.post()
                .cookie("lang", "en")
                .formParam("number", "12ab")
                .post("/wallet/metro/cards")
                .then()
                .statusCode(400)
                .extract()
                .asString();
        assertThat(html).contains("10 to 16 digits").contains("value=\"12ab\"");
        given().get("/wallet/metro").then().body(containsString("还没有绑定交通卡"));
    }

    @Test
    @TestSecurity(user = "metro-fares", roles = "citizen")
    void theFareFinderQuotesTheShortestRoute() {
        given().cookie("lang", "en")
                .get("/wallet/metro?from=XZM&to=XZM")
                .then()
                .statusCode(200)
                .body(containsString("0.0 km, ¥3.00"));
    }
}
