package city.parking.web;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;

import city.parking.internal.Booking;
import city.parking.internal.BookingRequest;
import city.parking.internal.BookingView;
import city.parking.internal.Bookings;
import city.parking.internal.LotInfo;
import city.parking.internal.ParkingSession;
import city.parking.internal.SessionView;
import city.parking.internal.Sessions;
import city.payments.LedgerStaysBalanced;
import city.payments.TestMoney;
import city.platform.time.ClockProducer;
import city.testing.PageForm;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;

/** Booking a space and parking from a lot's page: one booking per form, money held on the wallet, kind refusals. */
@QuarkusTest
class ParkingBookingTest implements LedgerStaysBalanced {

    @Inject
    Bookings bookings;

    @Inject
    Sessions sessions;

    /** A time as the arrival field sends it: city time to the minute. */
    static String inTwoHours() {
        return ParkingPage.LOCAL_INPUT.format(Instant.now()
                .plus(2, ChronoUnit.HOURS)
                .atZone(ClockProducer.CITY_ZONE)
                .truncatedTo(ChronoUnit.MINUTES));
    }

    static String plate() {
        return "沪A" + String.format("%05d", ThreadLocalRandom.current().nextInt(100_000));
    }

    @Test
    @TestSecurity(user = "parking-booker-once", roles = "citizen")
    void shouldBookOnceWhenTheSameFormIsSentTwiceAndGiveTheMoneyBackOnCancel() {
        TestMoney.fund("parking-booker-once", 10_000);
        LotInfo lot = TestLots.create(3);
        PageForm page = PageForm.get("/parking/lots/" + lot.id());
        String key = page.hidden("key");
        String plate = plate();
        String arrive = inTwoHours();
        for (int i = 0; i < 2; i++) {
            page.post()
                    .formParam("key", key)
                    .formParam("plate", plate)
                    .formParam("arrive", arrive)
                    .formParam("window", "30")
                    .formParam("stay", "120")
                    .post("/parking/lots/" + lot.id() + "/bookings")
                    .then()
                    .statusCode(303)
                    .header("Location", containsString("/parking/mine?done=booked"));
        }
        List<BookingView> mine = bookings.mine("parking-booker-once", 10);
        assertThat(mine).hasSize(1);
        BookingView b = mine.get(0);
        assertThat(b.lotId()).isEqualTo(lot.id());
        assertThat(b.plate()).isEqualTo(plate);
        assertThat(b.status()).isEqualTo(Booking.Status.BOOKED);
        // two hours: the first at ¥10, the second at ¥8, held once
        assertThat(b.holdFen()).isEqualTo(1_800);
        assertThat(TestMoney.available("parking-booker-once")).isEqualTo(10_000 - 1_800);

        String body = given().get("/parking/mine?done=booked")
                .then()
                .statusCode(200)
                .extract()
                .asString();
        assertThat(body)
                .contains("预约成功")
                .contains("测试停车场" + lot.id())
                .contains(plate)
                .contains("data-testid=\"booking-hold\">¥18.00<")
                .contains("已预约")
                .contains("action=\"/parking/mine/bookings/" + b.id() + "/cancel\"");

        PageForm minePage = PageForm.get("/parking/mine");
        for (int i = 0; i < 2; i++) {
            minePage.post()
                    .post("/parking/mine/bookings/" + b.id() + "/cancel")
                    .then()
                    .statusCode(303)
                    .header("Location", containsString("done=cancelled"));
        }
        assertThat(bookings.find("parking-booker-once", b.id()).orElseThrow().status())
                .isEqualTo(Booking.Status.CANCELLED);
        assertThat(TestMoney.available("parking-booker-once")).isEqualTo(10_000);
        given().get("/parking/mine?done=cancelled")
                .then()
                .statusCode(200)
                .body(containsString("预约已取消"))
                .body(containsString("已取消"))
                .body(org.hamcrest.Matchers.not(containsString("/bookings/" + b.id() + "/cancel")));
    }

    @Test
    @TestSecurity(user = "parking-booker-broke", roles = "citizen")
    void shouldSendToTheWalletAndKeepTheFormWhenTheWalletCannotHoldThePrice() {
        LotInfo lot = TestLots.create(3);
        PageForm page = PageForm.get("/parking/lots/" + lot.id());
        String key = page.hidden("key");
        String plate = plate();
        String arrive = inTwoHours();
        String body = page.post()
                .formParam("key", key)
                .formParam("plate", plate)
                .formParam("arrive", arrive)
                .formParam("window", "60")
                .formParam("stay", "180")
                .formParam("ev", "on")
                .post("/parking/lots/" + lot.id() + "/bookings")
                .then()
                .statusCode(402)
                .extract()
                .asString();
        assertThat(body)
                .contains("data-testid=\"booking-wallet\"")
                .contains("钱包可用余额不足以冻结这次预约的费用 ¥26.00")
                .contains("<a href=\"/wallet\">去钱包充值</a>")
                .contains("value=\"" + plate + "\"")
                .contains("value=\"" + arrive + "\"")
                .contains("<option value=\"60\" selected>")
                .contains("<option value=\"180\" selected>")
                .contains("name=\"ev\" value=\"on\" checked")
                // nothing was booked, so the same key is good for the next try
                .contains("name=\"key\" value=\"" + key + "\"");
        assertThat(bookings.mine("parking-booker-broke", 10)).isEmpty();
    }

    @Test
    @TestSecurity(user = "parking-booker-late", roles = "citizen")
    void shouldSayKindlyWhenNoSpaceIsFreeForThatTime() {
        TestMoney.fund("parking-booker-late", 10_000);
        LotInfo lot = TestLots.create(1);
        String arrive = inTwoHours();
        Instant from = java.time.LocalDateTime.parse(arrive)
                .atZone(ClockProducer.CITY_ZONE)
                .toInstant();
        BookingView first = bookings.book(
                "parking-booker-late",
                new BookingRequest(lot.id(), null, plate(), from, 30, 60, false, false),
                UUID.randomUUID().toString());
        PageForm page = PageForm.get("/parking/lots/" + lot.id(), "en");
        String plate = plate();
        page.post()
                .cookie("lang", "en")
                .formParam("key", page.hidden("key"))
                .formParam("plate", plate)
                .formParam("arrive", arrive)
                .formParam("window", "30")
                .formParam("stay", "60")
                .post("/parking/lots/" + lot.id() + "/bookings")
                .then()
                .statusCode(409)
                .body(containsString("data-testid=\"booking-general\""))
                .body(containsString("No space is free for that time"))
                .body(containsString("value=\"" + plate + "\""))
                .body(containsString("value=\"" + arrive + "\""));
        assertThat(bookings.mine("parking-booker-late", 10)).hasSize(1);
        bookings.cancel("parking-booker-late", first.id());
    }

    @Test
    @TestSecurity(user = "parking-booker-typo", roles = "citizen")
    void shouldPointAtTheWrongFieldsAndKeepWhatWasTyped() {
        LotInfo lot = TestLots.create(2);
        PageForm page = PageForm.get("/parking/lots/" + lot.id());
        String key = page.hidden("key");
        page.post()
                .formParam("key", key)
                .formParam("plate", "ABC123")
                .formParam("arrive", inTwoHours())
                .formParam("window", "30")
                .formParam("stay", "60")
                .post("/parking/lots/" + lot.id() + "/bookings")
                .then()
                .statusCode(400)
                .body(containsString("data-testid=\"plate-error\""))
                .body(containsString("请填写中国车牌号"))
                .body(containsString("value=\"ABC123\""))
                .body(containsString("name=\"key\" value=\"" + key + "\""));
        page.post()
                .formParam("key", key)
                .formParam("plate", plate())
                .formParam("arrive", "明天下午")
                .formParam("window", "30")
                .formParam("stay", "20")
                .post("/parking/lots/" + lot.id() + "/bookings")
                .then()
                .statusCode(400)
                .body(containsString("data-testid=\"arrive-error\""))
                .body(containsString("value=\"明天下午\""));
        // a stay shorter than the time the space waits, and an arrival in two days
        String late = ParkingPage.LOCAL_INPUT.format(Instant.now()
                .plus(2, ChronoUnit.DAYS)
                .atZone(ClockProducer.CITY_ZONE)
                .truncatedTo(ChronoUnit.MINUTES));
        page.post()
                .formParam("key", key)
                .formParam("plate", plate())
                .formParam("arrive", late)
                .formParam("window", "60")
                .formParam("stay", "30")
                .post("/parking/lots/" + lot.id() + "/bookings")
                .then()
                .statusCode(400)
                .body(containsString("只能预约 24 小时以内到达"))
                .body(containsString("停车时长不能短于车位保留时间"));
        assertThat(bookings.mine("parking-booker-typo", 10)).isEmpty();
    }

    @Test
    @TestSecurity(user = "parking-driver-now", roles = "citizen")
    void shouldParkNowOnceEndTheStayAndShowItsReceipt() {
        TestMoney.fund("parking-driver-now", 20_000);
        LotInfo lot = TestLots.create(2);
        PageForm page = PageForm.get("/parking/lots/" + lot.id());
        String key = PageForm.hidden(page.body().substring(page.body().indexOf("id=\"park\"")), "key");
        String plate = plate();
        for (int i = 0; i < 2; i++) {
            page.post()
                    .formParam("key", key)
                    .formParam("plate", plate)
                    .post("/parking/lots/" + lot.id() + "/sessions")
                    .then()
                    .statusCode(303)
                    .header("Location", containsString("/parking/mine?done=parked"));
        }
        List<SessionView> stays = sessions.mine("parking-driver-now", 10);
        assertThat(stays).hasSize(1);
        SessionView stay = stays.get(0);
        assertThat(stay.status()).isEqualTo(ParkingSession.Status.OPEN);
        assertThat(stay.holdFen()).isPositive();
        assertThat(TestMoney.available("parking-driver-now")).isEqualTo(20_000 - stay.holdFen());

        PageForm mine = PageForm.get("/parking/mine?done=parked");
        assertThat(mine.body()).contains("已开始停车").contains("action=\"/parking/mine/sessions/" + stay.id() + "/end\"");
        given().get("/parking?place=renmin")
                .then()
                .statusCode(200)
                .body(containsString("data-testid=\"my-now\""))
                .body(containsString(plate));

        mine.post()
                .post("/parking/mine/sessions/" + stay.id() + "/end")
                .then()
                .statusCode(303)
                .header("Location", containsString("/parking/sessions/" + stay.id() + "?done=ended"));
        SessionView ended = sessions.find("parking-driver-now", stay.id()).orElseThrow();
        assertThat(ended.status()).isEqualTo(ParkingSession.Status.CLOSED);
        // within the 15 free minutes: nothing to pay, and the hold is back
        assertThat(ended.chargeFen()).isZero();
        assertThat(TestMoney.available("parking-driver-now")).isEqualTo(20_000);

        given().get("/parking/sessions/" + stay.id() + "?done=ended")
                .then()
                .statusCode(200)
                .body(containsString("停车收据"))
                .body(containsString("停车已结束"))
                .body(containsString("data-testid=\"receipt-plate\">" + plate + "<"))
                .body(containsString("data-testid=\"free-stay\""))
                .body(containsString("data-testid=\"charge\">¥0.00<"))
                .body(containsString("data-testid=\"paid\">¥0.00<"))
                .body(containsString("data-testid=\"owed\">¥0.00<"))
                .body(containsString("data-print"));
        given().cookie("lang", "en")
                .get("/parking/sessions/" + stay.id())
                .then()
                .statusCode(200)
                .body(containsString("Parking receipt"))
                .body(containsString("Paid from wallet"));
    }

    @Test
    @TestSecurity(user = "parking-driver-short", roles = "citizen")
    void shouldSendToTheWalletWhenAStayCannotBeHeld() {
        LotInfo lot = TestLots.create(2);
        PageForm page = PageForm.get("/parking/lots/" + lot.id(), "en");
        String plate = plate();
        page.post()
                .cookie("lang", "en")
                .formParam(
                        "key", PageForm.hidden(page.body().substring(page.body().indexOf("id=\"park\"")), "key"))
                .formParam("plate", plate)
                .post("/parking/lots/" + lot.id() + "/sessions")
                .then()
                .statusCode(402)
                .body(containsString("data-testid=\"park-wallet\""))
                .body(containsString("Top up your wallet"))
                .body(containsString("value=\"" + plate + "\""));
        assertThat(sessions.mine("parking-driver-short", 10)).isEmpty();
    }

    @Test
    void shouldNotBookForSomeoneWhoIsNotSignedIn() {
        LotInfo lot = TestLots.create(1);
        int status = given().contentType(PageForm.FORM_UTF8)
                .redirects()
                .follow(false)
                .formParam("plate", plate())
                .formParam("key", UUID.randomUUID().toString())
                .post("/parking/lots/" + lot.id() + "/bookings")
                .statusCode();
        assertThat(status).isIn(302, 401, 403);
    }

    @Test
    @TestSecurity(user = "parking-booker-csrf", roles = "citizen")
    void shouldRefuseABookingWithoutTheCsrfToken() {
        TestMoney.fund("parking-booker-csrf", 10_000);
        LotInfo lot = TestLots.create(1);
        int status = given().contentType(PageForm.FORM_UTF8)
                .formParam("plate", plate())
                .formParam("arrive", inTwoHours())
                .formParam("key", UUID.randomUUID().toString())
                .post("/parking/lots/" + lot.id() + "/bookings")
                .statusCode();
        assertThat(status).isBetween(400, 403);
        assertThat(bookings.mine("parking-booker-csrf", 10)).isEmpty();
    }
}
