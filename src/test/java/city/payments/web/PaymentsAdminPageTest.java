package city.payments.web;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;

import city.payments.LedgerStaysBalanced;
import city.payments.internal.MerchantService;
import city.testing.PageForm;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

/** The staff page of the payment system: the books, accounts, merchants, fares and the metro map. */
@QuarkusTest
class PaymentsAdminPageTest implements LedgerStaysBalanced {

    @Inject
    MerchantService merchants;

    @Test
    @TestSecurity(user = "books-keeper", roles = "payments-admin")
    void shouldShowThatTheBooksAreBalanced() {
        given().get("/admin/payments")
                .then()
                .statusCode(200)
                .body(containsString("data-balanced=\"true\""))
                .body(containsString("账目平衡"))
                .body(containsString("clearing:card-gateway"));
        given().cookie("lang", "en")
                .get("/admin/payments")
                .then()
                .statusCode(200)
                .body(containsString("Balanced: all balances sum to zero"));
    }

    @Test
    @TestSecurity(user = "books-keeper", roles = "payments-admin")
    void shouldShowTheFareTableAndTheMetroMap() {
        String body =
                given().get("/admin/payments").then().statusCode(200).extract().asString();
        assertThat(body)
                .contains("6 公里以内")
                .contains("¥3.00")
                .contains("6–12 公里")
                .contains("¥20.00")
                .contains("50%")
                .contains("data-testid=\"metro-map\"")
                .contains("<polyline")
                .contains("stroke=\"#c23a30\"")
                .contains("西单");
    }

    @Test
    @TestSecurity(user = "books-keeper", roles = "city-admin")
    void shouldRegisterAMerchantAndKeepWhatWasTypedWhenInvalid() {
        PageForm page = PageForm.get("/admin/payments");
        page.post()
                .formParam("code", "Bad Code")
                .formParam("nameZh", "坏代码商店")
                .formParam("nameEn", "")
                .formParam("ownerId", "someone")
                .post("/admin/payments/merchants")
                .then()
                .statusCode(400)
                .body(containsString("value=\"Bad Code\""))
                .body(containsString("value=\"坏代码商店\""))
                .body(containsString("data-testid=\"code-error\""))
                .body(containsString("data-testid=\"nameEn-error\""));
        page.post()
                .formParam("code", "admin-page-noodles")
                .formParam("nameZh", "页面测试面馆")
                .formParam("nameEn", "Page Test Noodles")
                .formParam("ownerId", "admin-page-noodles-owner")
                .post("/admin/payments/merchants")
                .then()
                .statusCode(303)
                .header("Location", containsString("registered=admin-page-noodles"));
        assertThat(merchants.find("admin-page-noodles")).isPresent();
        given().get("/admin/payments?registered=admin-page-noodles")
                .then()
                .statusCode(200)
                .body(containsString("页面测试面馆"));
    }

    @Test
    @TestSecurity(user = "some-citizen", roles = "citizen")
    void shouldRefuseCitizens() {
        given().get("/admin/payments").then().statusCode(403).body(containsString("您没有权限查看此页面"));
    }
}
