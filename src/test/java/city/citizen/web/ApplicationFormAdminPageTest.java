package city.citizen.web;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;

import city.citizen.internal.application.ApplicationFormService;
import city.citizen.internal.application.FormVersion;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Staff edit a service's application form: seeded forms, validation that keeps the text, versions. */
@QuarkusTest
class ApplicationFormAdminPageTest {

    private static final Pattern CSRF_FIELD = Pattern.compile("name=\"csrf-token\" value=\"([^\"]+)\"");
    private static final String FORM_UTF8 = "application/x-www-form-urlencoded; charset=UTF-8";

    @Inject
    ApplicationFormService forms;

    @Inject
    EntityManager em;

    record Csrf(String cookie, String token) {}

    private static Csrf csrf(String code) {
        Response page = given().get("/admin/citizen/services/" + code + "/form");
        page.then().statusCode(200);
        Matcher m = CSRF_FIELD.matcher(page.asString());
        assertThat(m.find()).isTrue();
        return new Csrf(page.cookie("city-csrf"), m.group(1));
    }

    @Test
    @Transactional
    void atLeastThirtyServicesHaveASeededForm() {
        Number services =
                (Number) em.createNativeQuery("select count(distinct service_id) from citizen.application_form")
                        .getSingleResult();
        assertThat(services.intValue()).isGreaterThanOrEqualTo(30);
        FormVersion newborn = forms.current("PSB-011").orElseThrow();
        assertThat(newborn.definition().fields()).anyMatch(f -> "idNumber".equals(f.prefill()));
        assertThat(newborn.definition().documents()).isNotEmpty();
    }

    @Test
    @TestSecurity(user = "clerk", roles = "service-clerk")
    void showsTheCurrentFormOfAService() {
        given().get("/admin/citizen/services/PSB-016/form")
                .then()
                .statusCode(200)
                .body(containsString("data-testid=\"form-fields\""))
                .body(containsString("id_number"));
    }

    @Test
    @TestSecurity(user = "clerk", roles = "service-clerk")
    void aFormWithMistakesIsRefusedWithTheTextKeptAndNothingPublished() {
        int before = forms.current("HRS-006").orElseThrow().version();
        Csrf csrf = csrf("HRS-006");
        String typed = "{\"fields\":[{\"key\":\"Bad Key\",\"type\":\"colour\",\"labelZh\":\"颜色\",\"labelEn\":\"\","
                + "\"required\":true,\"pattern\":\"([\"}],\"documents\":[]}";
        given().cookie("city-csrf", csrf.cookie())
                .contentType(FORM_UTF8)
                .formParam("csrf-token", csrf.token())
                .formParam("seenVersion", String.valueOf(before))
                .formParam("definition", typed)
                .post("/admin/citizen/services/HRS-006/form")
                .then()
                .statusCode(400)
                .body(containsString("data-testid=\"error-summary\""))
                .body(containsString("fields[0].key"))
                .body(containsString("fields[0].type"))
                .body(containsString("fields[0].pattern"))
                .body(containsString("颜色"));
        assertThat(forms.current("HRS-006").orElseThrow().version()).isEqualTo(before);
    }

    @Test
    @TestSecurity(user = "clerk", roles = "service-clerk")
    void publishingAddsAVersionAndAStaleEditIsAConflict() {
        FormVersion before = forms.current("HPF-008").orElseThrow();
        String edited = ApplicationFormService.pretty(before.definition()).replace("\"用途\"", "\"提取用途\"");
        Csrf csrf = csrf("HPF-008");
        given().cookie("city-csrf", csrf.cookie())
                .contentType(FORM_UTF8)
                .formParam("csrf-token", csrf.token())
                .formParam("seenVersion", String.valueOf(before.version()))
                .formParam("definition", edited)
                .redirects()
                .follow(false)
                .post("/admin/citizen/services/HPF-008/form")
                .then()
                .statusCode(303);
        FormVersion after = forms.current("HPF-008").orElseThrow();
        assertThat(after.version()).isEqualTo(before.version() + 1);
        assertThat(after.definition().fields()).anyMatch(f -> "提取用途".equals(f.labelZh()));
        assertThat(forms.byId(before.id()).orElseThrow().definition()).isEqualTo(before.definition());

        given().cookie("city-csrf", csrf.cookie())
                .contentType(FORM_UTF8)
                .formParam("csrf-token", csrf.token())
                .formParam("seenVersion", String.valueOf(before.version()))
                .formParam("definition", edited)
                .post("/admin/citizen/services/HPF-008/form")
                .then()
                .statusCode(409)
                .body(containsString("data-testid=\"error-summary\""));
        assertThat(forms.current("HPF-008").orElseThrow().version()).isEqualTo(after.version());
    }
}
