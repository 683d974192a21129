package city.payments.web;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.not;

import city.payments.LedgerStaysBalanced;
import city.payments.TestMoney;
import city.payments.internal.MerchantService;
import city.payments.internal.PaymentRequest;
import city.payments.internal.PaymentRequestView;
import city.testing.PageForm;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import jakarta.inject.Inject;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Paying a merchant's request from the page its QR code leads to. */
@QuarkusTest
class PayPageTest implements LedgerStaysBalanced {

    private static final String MERCHANT = "pay-page-shop";
    private static final String OWNER = "pay-page-shop-owner";

    @Inject
    MerchantService merchants;

    @BeforeEach
    void registerTheShop() {
        if (merchants.find(MERCHANT).isEmpty()) {
            merchants.register(MERCHANT, "页面测试茶馆", "Page Test Tea House", OWNER);
        }
    }

    private PaymentRequestView newRequest(long fen) {
        return merchants.createRequest(OWNER, fen, "ORDER-" + UUID.randomUUID(), "两杯龙井");
    }

    @Test
    @TestSecurity(user = "pay-page-payer", roles = "citizen")
    void shouldPayARequestOnceWhenTheFormIsSentTwiceWithTheSameKey() {
        TestMoney.fund("pay-page-payer", 5_000);
        PaymentRequestView request = newRequest(880);
        PageForm page = PageForm.get("/pay/" + request.id());
        assertThat(page.body())
                .contains("页面测试茶馆")
                .contains("¥8.80")
                .contains("两杯龙井")
                .contains("待支付");
        String key = page.hidden("key");
        for (int i = 0; i < 2; i++) {
            page.post()
                    .formParam("key", key)
                    .post("/pay/" + request.id())
                    .then()
                    .statusCode(303)
                    .header("Location", endsWith("/pay/" + request.id() + "?paid=1"));
        }
        assertThat(TestMoney.balance("pay-page-payer")).isEqualTo(5_000 - 880);
        assertThat(merchants.request(request.id()).status()).isEqualTo(PaymentRequest.Status.PAID);
        given().cookie("lang", "en")
                .get("/pay/" + request.id())
                .then()
                .statusCode(200)
                .body(containsString("data-testid=\"paid\""))
                .body(containsString("Page Test Tea House"))
                .body(containsString("Paid"));
    }

    @Test
    @TestSecurity(user = "pay-page-second-payer", roles = "citizen")
    void shouldSayTheRequestWasPaidWhenAnotherFormPaysItAgain() {
        TestMoney.fund("pay-page-second-payer", 5_000);
        PaymentRequestView request = newRequest(300);
        PageForm first = PageForm.get("/pay/" + request.id());
        PageForm second = PageForm.get("/pay/" + request.id());
        first.post()
                .formParam("key", first.hidden("key"))
                .post("/pay/" + request.id())
                .then()
                .statusCode(303);
        second.post()
                .formParam("key", second.hidden("key"))
                .post("/pay/" + request.id())
                .then()
                .statusCode(409)
                .body(containsString("data-testid=\"pay-error\""))
                .body(containsString("这笔收款已经支付过了"));
        assertThat(TestMoney.balance("pay-page-second-payer")).isEqualTo(5_000 - 300);
    }

    @Test
    @TestSecurity(user = "pay-page-poor-payer", roles = "citizen")
    void shouldExplainThatTheWalletIsShortAndMoveNoMoney() {
        PaymentRequestView request = newRequest(2_000);
        given().get("/pay/" + request.id())
                .then()
                .statusCode(200)
                .body(containsString("data-testid=\"not-enough\""))
                .body(not(containsString("id=\"pay-submit\"")));
        PageForm.get("/wallet")
                .post()
                .formParam("key", UUID.randomUUID().toString())
                .post("/pay/" + request.id())
                .then()
                .statusCode(402)
                .body(containsString("钱包可用余额不足"));
        assertThat(TestMoney.balance("pay-page-poor-payer")).isZero();
        assertThat(merchants.request(request.id()).status()).isEqualTo(PaymentRequest.Status.OPEN);
    }

    @Test
    @TestSecurity(user = "pay-page-lost", roles = "citizen")
    void shouldShowAFriendlyPageForAnUnknownRequest() {
        given().get("/pay/" + UUID.randomUUID())
                .then()
                .statusCode(404)
                .contentType(containsString("text/html"))
                .body(containsString("页面不存在"));
    }
}
