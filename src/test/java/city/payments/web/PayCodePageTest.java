package city.payments.web;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;

import city.testing.PageForm;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;

/** The pay code page and the renewal its script asks for. */
@QuarkusTest
class PayCodePageTest {

    @Test
    @TestSecurity(user = "pay-code-citizen", roles = "citizen")
    void shouldShowAFreshCodeAsAQrCodeAndRenewIt() {
        PageForm page = PageForm.get("/wallet/pay-code");
        assertThat(page.body())
                .contains("<svg")
                .contains("data-testid=\"pay-code-qr\"")
                .contains("/static/pay-code.js");
        given().get("/wallet/pay-code").then().header("Cache-Control", "no-store");
        JsonPath next = page.post()
                .accept("application/json")
                .post("/wallet/pay-code/next")
                .then()
                .statusCode(200)
                .header("Cache-Control", "no-store")
                .extract()
                .jsonPath();
        assertThat(next.getString("svg")).startsWith("<svg").contains("<path");
        assertThat(next.getLong("seconds")).isBetween(1L, 60L);
        assertThat(next.getLong("refreshBefore")).isPositive();
    }

    @Test
    @TestSecurity(user = "pay-code-citizen", roles = "citizen")
    void shouldRefuseARenewalWithoutTheCsrfToken() {
        int status = given().contentType(PageForm.FORM_UTF8)
                .formParam("x", "y")
                .post("/wallet/pay-code/next")
                .statusCode();
        assertThat(status).isBetween(400, 403);
    }

    @Test
    @TestSecurity(user = "pay-code-merchant", roles = "merchant")
    void shouldBeForCitizensOnly() {
        given().get("/wallet/pay-code").then().statusCode(403).body(containsString("您没有权限查看此页面"));
    }
}
