package city.payments.web;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.startsWith;

import city.payments.LedgerStaysBalanced;
import city.payments.TestMoney;
import city.payments.api.PaymentView;
import city.payments.internal.MerchantService;
import city.payments.internal.PaymentRequestView;
import city.testing.PageForm;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import jakarta.inject.Inject;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The merchant's counter: payment requests with their QR code, refunds, settlement. */
@QuarkusTest
class MerchantPageTest implements LedgerStaysBalanced {

    private static final String MERCHANT = "merchant-page-bakery";
    private static final String OWNER = "merchant-page-owner";
    private static final String HOME = "/admin/payments/merchant";

    @Inject
    MerchantService merchants;

    @BeforeEach
    void registerTheShop() {
        if (merchants.find(MERCHANT).isEmpty()) {
            merchants.register(MERCHANT, "页面测试面包房", "Page Test Bakery", OWNER);
        }
    }

    @Test
    @TestSecurity(user = OWNER, roles = "merchant")
    void shouldCreateARequestAndShowItsQrCode() {
        String order = "BREAD-" + UUID.randomUUID().toString().substring(0, 8);
        PageForm page = PageForm.get(HOME);
        String location = page.post()
                .formParam("amount", "12.30")
                .formParam("orderRef", order)
                .formParam("description", "法棍两根")
                .post(HOME + "/requests")
                .then()
                .statusCode(303)
                .header("Location", containsString(HOME + "/requests/"))
                .extract()
                .header("Location");
        given().get(location)
                .then()
                .statusCode(200)
                .body(containsString("data-testid=\"created\""))
                .body(containsString("<svg"))
                .body(containsString("class=\"qr\""))
                .body(containsString("¥12.30"))
                .body(containsString("/pay/"));
        given().get(HOME).then().statusCode(200).body(containsString(order)).body(containsString("待支付"));
    }

    @Test
    @TestSecurity(user = OWNER, roles = "merchant")
    void shouldKeepWhatWasTypedWhenTheRequestIsInvalid() {
        PageForm page = PageForm.get(HOME);
        page.post()
                .formParam("amount", "十二元")
                .formParam("orderRef", "has spaces")
                .formParam("description", "我的说明")
                .post(HOME + "/requests")
                .then()
                .statusCode(400)
                .body(containsString("value=\"十二元\""))
                .body(containsString("value=\"has spaces\""))
                .body(containsString("value=\"我的说明\""))
                .body(containsString("data-testid=\"amount-error\""))
                .body(containsString("data-testid=\"orderRef-error\""));
    }

    @Test
    @TestSecurity(user = OWNER, roles = "merchant")
    void shouldRefuseTooLargeARefundAndRefundAPart() {
        String payer = TestMoney.someone();
        TestMoney.fund(payer, 1_000);
        PaymentRequestView request = merchants.createRequest(OWNER, 600, "CAKE-" + UUID.randomUUID(), null);
        PaymentView paid =
                merchants.payRequest(payer, request.id(), UUID.randomUUID().toString());
        PageForm page = PageForm.get(HOME);
        String refunds = HOME + "/payments/" + paid.id() + "/refunds";
        page.post()
                .formParam("amount", "6.01")
                .formParam("reason", "少给了一个")
                .formParam("key", UUID.randomUUID().toString())
                .post(refunds)
                .then()
                .statusCode(400)
                .body(containsString("data-testid=\"refund-amount-error\""))
                .body(containsString("value=\"6.01\""))
                .body(containsString("value=\"少给了一个\""));
        String key = UUID.randomUUID().toString();
        for (int i = 0; i < 2; i++) {
            page.post()
                    .formParam("amount", "2.50")
                    .formParam("reason", "少给了一个")
                    .formParam("key", key)
                    .post(refunds)
                    .then()
                    .statusCode(303)
                    .header("Location", startsWith("http"))
                    .header("Location", containsString("done=refund&fen=250"));
        }
        assertThat(TestMoney.balance(payer)).isEqualTo(1_000 - 600 + 250);
    }

    @Test
    @TestSecurity(user = OWNER, roles = "merchant")
    void shouldSettleTheBalanceToTheBank() {
        String payer = TestMoney.someone();
        TestMoney.fund(payer, 500);
        PaymentRequestView request = merchants.createRequest(OWNER, 500, "TART-" + UUID.randomUUID(), null);
        merchants.payRequest(payer, request.id(), UUID.randomUUID().toString());
        PageForm page = PageForm.get(HOME);
        page.post()
                .formParam("key", page.hidden("key"))
                .post(HOME + "/settlements")
                .then()
                .statusCode(303)
                .header("Location", containsString("done=settle"));
        assertThat(merchants.view(merchants.find(MERCHANT).orElseThrow()).balanceFen())
                .isZero();
        PageForm again = PageForm.get(HOME);
        again.post()
                .formParam("key", again.hidden("key"))
                .post(HOME + "/settlements")
                .then()
                .statusCode(409)
                .body(containsString("目前没有可结算的余额"));
    }

    @Test
    @TestSecurity(user = "merchant-page-stranger", roles = "merchant")
    void shouldTellAnUnregisteredMerchantWhatToDo() {
        given().get(HOME)
                .then()
                .statusCode(403)
                .contentType(containsString("text/html"))
                .body(containsString("data-testid=\"unregistered\""));
    }
}
