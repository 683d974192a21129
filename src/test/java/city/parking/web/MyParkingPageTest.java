package city.parking.web;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

import city.parking.internal.LotInfo;
import city.parking.internal.SessionView;
import city.parking.internal.Sessions;
import city.parking.internal.Vehicles;
import city.payments.LedgerStaysBalanced;
import city.payments.TestMoney;
import city.testing.PageForm;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import jakarta.inject.Inject;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** A driver's own page: plates, bookings and stays; nobody else's receipts. */
@QuarkusTest
class MyParkingPageTest implements LedgerStaysBalanced {

    @Inject
    Vehicles vehicles;

    @Inject
    Sessions sessions;

    @Test
    @TestSecurity(user = "parking-mine-empty", roles = "citizen")
    void shouldShowAnEmptyPageInChineseAndInEnglish() {
        given().get("/parking/mine")
                .then()
                .statusCode(200)
                .header("Cache-Control", "no-store")
                .body(containsString("<html lang=\"zh-CN\">"))
                .body(containsString("我的停车"))
                .body(containsString("data-testid=\"bookings-empty\""))
                .body(containsString("data-testid=\"stays-empty\""))
                .body(containsString("data-testid=\"plates-empty\""));
        given().cookie("lang", "en")
                .get("/parking/mine")
                .then()
                .statusCode(200)
                .body(containsString("My parking"))
                .body(containsString("No bookings yet."));
    }

    @Test
    @TestSecurity(user = "parking-mine-plates", roles = "citizen")
    void shouldAddAndRemovePlatesAndKeepABadOneToCorrect() {
        String digits = String.format("%05d", (int) (Math.random() * 100_000));
        PageForm page = PageForm.get("/parking/mine");
        page.post()
                .formParam("plate", "沪b·" + digits)
                .post("/parking/mine/plates")
                .then()
                .statusCode(303)
                .header("Location", containsString("done=plate"));
        assertThat(vehicles.plates("parking-mine-plates")).containsExactly("沪B" + digits);
        given().get("/parking/mine?done=plate")
                .then()
                .statusCode(200)
                .body(containsString("车牌已登记"))
                .body(containsString("<span class=\"plate\">沪B" + digits + "</span>"));

        page.post()
                .formParam("plate", "AB-12")
                .post("/parking/mine/plates")
                .then()
                .statusCode(400)
                .body(containsString("data-testid=\"plate-error\""))
                .body(containsString("value=\"AB-12\""));

        page.post()
                .formParam("plate", "沪B" + digits)
                .post("/parking/mine/plates/remove")
                .then()
                .statusCode(303)
                .header("Location", containsString("done=plate-removed"));
        assertThat(vehicles.plates("parking-mine-plates")).isEmpty();
    }

    @Test
    @TestSecurity(user = "parking-mine-other", roles = "citizen")
    void shouldRefuseAPlateOfAnotherAccountKindly() {
        String plate = "沪C" + String.format("%05d", (int) (Math.random() * 100_000));
        vehicles.register("someone-else-" + UUID.randomUUID(), plate);
        PageForm.get("/parking/mine")
                .post()
                .formParam("plate", plate)
                .post("/parking/mine/plates")
                .then()
                .statusCode(409)
                .body(containsString("data-testid=\"plate-general\""))
                .body(containsString("这个车牌已登记在其他账号下"))
                .body(containsString("value=\"" + plate + "\""));
    }

    @Test
    @TestSecurity(user = "parking-mine-nosy", roles = "citizen")
    void shouldNotShowSomeoneElsesReceiptNorEndTheirStay() {
        String other = TestMoney.someone();
        TestMoney.fund(other, 20_000);
        LotInfo lot = TestLots.create(1);
        SessionView theirs = sessions.openByApp(
                other,
                new Sessions.OpenRequest(lot.id(), null, ParkingBookingTest.plate()),
                UUID.randomUUID().toString());
        given().get("/parking/sessions/" + theirs.id())
                .then()
                .statusCode(404)
                .body(not(containsString(theirs.plate())));
        PageForm.get("/parking/mine")
                .post()
                .post("/parking/mine/sessions/" + theirs.id() + "/end")
                .then()
                .statusCode(404)
                .body(containsString("data-testid=\"error\""));
        assertThat(sessions.find(other, theirs.id()).orElseThrow().endedAt()).isNull();
        sessions.endByApp(other, theirs.id());
    }

    @Test
    @TestSecurity(user = "parking-mine-staff", roles = "parking-operator")
    void shouldBeForCitizensOnly() {
        given().get("/parking/mine").then().statusCode(403);
    }
}
