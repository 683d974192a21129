package city.citizen.web;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.not;

import city.citizen.internal.CatalogueService;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The staff form: CSRF, validation that keeps what was typed, and saving. */
@QuarkusTest
class ServiceAdminPageTest {

    private static final Pattern CSRF_FIELD = Pattern.compile("name=\"csrf-token\" value=\"([^\"]+)\"");

    private static final String FORM_UTF8 = "application/x-www-form-urlencoded; charset=UTF-8";

    @Inject
    CatalogueService catalogue;

    record Csrf(String cookie, String token) {}

    private static Csrf csrf() {
        Response page = given().get("/admin/citizen/services/new");
        page.then().statusCode(200);
        Matcher m = CSRF_FIELD.matcher(page.asString());
        assertThat(m.find()).as("the form carries a CSRF token").isTrue();
        return new Csrf(page.cookie("city-csrf"), m.group(1));
    }

    private static Map<String, String> validForm(String code) {
        Map<String, String> form = new HashMap<>();
        form.put("code", code);
        form.put("departmentCode", "civil-affairs");
        form.put("nameZh", "页面测试服务");
        form.put("nameEn", "Page test service");
        form.put("descriptionZh", "说明");
        form.put("descriptionEn", "About it");
        form.put("eligibilityZh", "任何人");
        form.put("eligibilityEn", "Anyone");
        form.put("fee", "12.50");
        form.put("processingDays", "5");
        form.put("channel", "IN_PERSON");
        form.put("documents", "身份证 | Resident identity card\n户口簿 | Household register");
        return form;
    }

    @Test
    @TestSecurity(user = "clerk", roles = "service-clerk")
    void shouldKeepWhatWasTypedAndSaveNothingWhenTheFormIsInvalid() {
        Csrf csrf = csrf();
        Map<String, String> form = validForm("TST-FORM-BAD");
        form.put("nameZh", "我输入的名称");
        form.put("fee", "twelve");
        form.put("nameEn", "");
        given().cookie("city-csrf", csrf.cookie())
                .contentType(FORM_UTF8)
                .formParams(form)
                .formParam("csrf-token", csrf.token())
                .post("/admin/citizen/services")
                .then()
                .statusCode(400)
                .contentType(containsString("text/html"))
                .body(containsString("value=\"我输入的名称\""))
                .body(containsString("value=\"twelve\""))
                .body(containsString("data-testid=\"fee-error\""))
                .body(containsString("data-testid=\"error-summary\""));
        assertThat(catalogue.findByCode("TST-FORM-BAD", true)).isEmpty();
    }

    @Test
    @TestSecurity(user = "clerk", roles = "service-clerk")
    void shouldRefuseAFormPostWithoutTheCsrfToken() {
        int status = given().contentType(FORM_UTF8)
                .formParams(validForm("TST-FORM-CSRF"))
                .post("/admin/citizen/services")
                .statusCode();
        assertThat(status).isBetween(400, 403);
        assertThat(catalogue.findByCode("TST-FORM-CSRF", true)).isEmpty();
    }

    @Test
    @TestSecurity(user = "clerk", roles = "service-clerk")
    void shouldSaveAValidFormAndShowItOnThePublicPage() {
        Csrf csrf = csrf();
        given().cookie("city-csrf", csrf.cookie())
                .contentType(FORM_UTF8)
                .formParams(validForm("TST-FORM-OK"))
                .formParam("csrf-token", csrf.token())
                .redirects()
                .follow(false)
                .post("/admin/citizen/services")
                .then()
                .statusCode(303)
                .header("Location", endsWith("/admin/citizen/services?saved=TST-FORM-OK"));
        var saved = catalogue.findByCode("TST-FORM-OK", false).orElseThrow();
        assertThat(saved.feeFen()).isEqualTo(1250);
        assertThat(saved.documents()).hasSize(2);
        given().get("/services/TST-FORM-OK")
                .then()
                .statusCode(200)
                .body(containsString("页面测试服务"))
                .body(containsString("¥12.50"));
    }

    @Test
    @TestSecurity(user = "resident", roles = "citizen")
    void shouldShowAFriendlyRefusalToCitizens() {
        given().get("/admin/citizen/services")
                .then()
                .statusCode(403)
                .contentType(containsString("text/html"))
                .body(containsString("您没有权限查看此页面"))
                .body(not(containsString("csrf-token")));
    }
}
