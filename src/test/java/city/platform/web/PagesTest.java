package city.platform.web;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import java.util.List;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

/** The layout, languages, errors, sign-in and operations endpoints, as a browser or a probe sees them. */
@QuarkusTest
class PagesTest {

    @Test
    void shouldServeTheHomePageInChineseFirst() {
        given().get("/")
                .then()
                .statusCode(200)
                .contentType(containsString("text/html"))
                .body(containsString("<html lang=\"zh-CN\">"))
                .body(containsString("办事服务"))
                .body(containsString("上海市公安局"))
                .body(containsString("href=\"/login?return=%2F\""));
    }

    @Test
    void shouldSwitchToEnglishAndRememberIt() {
        given().redirects()
                .follow(false)
                .get("/lang/en?return=/services")
                .then()
                .statusCode(303)
                .header("Location", endsWith("/services"))
                .cookie("lang", "en");
        given().cookie("lang", "en")
                .get("/services")
                .then()
                .statusCode(200)
                .body(containsString("<html lang=\"en\">"))
                .body(containsString("Shanghai Municipal Public Security Bureau"))
                .body(containsString(">中文</a>"));
    }

    @Test
    void shouldNeverSendTheLanguageSwitchToAnotherSite() {
        given().redirects()
                .follow(false)
                .get("/lang/en?return=//evil.example/x")
                .then()
                .statusCode(303)
                .header("Location", not(containsString("evil")));
    }

    @Test
    void shouldShowAFriendlyNotFoundPageInTheLayout() {
        given().get("/services/NO-SUCH-SERVICE")
                .then()
                .statusCode(404)
                .contentType(containsString("text/html"))
                .body(containsString("页面不存在"))
                .body(containsString("返回首页"))
                .body(containsString("class=\"site-header\""));
        given().cookie("lang", "en")
                .get("/no/such/page")
                .then()
                .statusCode(404)
                .body(containsString("This page does not exist"));
    }

    @Test
    void shouldSendAnonymousStaffToTheKeycloakLoginPage() {
        String keycloak = ConfigProvider.getConfig().getValue("city.keycloak.url", String.class);
        given().redirects()
                .follow(false)
                .get("/admin/citizen/services")
                .then()
                .statusCode(302)
                .header("Location", startsWith(keycloak + "/realms/city/protocol/openid-connect/auth"))
                .header("Location", containsString("client_id=city-portal"))
                .header("Location", containsString("code_challenge="));
    }

    @Test
    void shouldPublishTheApiDescriptionAndSwaggerUi() {
        given().accept("application/json")
                .get("/q/openapi")
                .then()
                .statusCode(200)
                .body("paths", org.hamcrest.Matchers.hasKey("/api/v1/citizen/services"));
        given().get("/q/swagger-ui/").then().statusCode(200);
    }

    @Test
    void shouldReportReadinessWithTheDatabaseAndExposeMetrics() {
        given().get("/q/health/ready")
                .then()
                .statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.name", hasItem(containsString("Database")));
        given().get("/q/health/live").then().statusCode(200);
        given().get("/api/v1/citizen/departments").then().statusCode(200);
        given().get("/q/metrics").then().statusCode(200).body(containsString("http_server_requests_seconds_count"));
    }

    @Test
    void shouldServeItsOwnStylesheet() {
        given().get("/static/city.css")
                .then()
                .statusCode(200)
                .contentType(containsString("text/css"))
                .body(containsString("@media"));
    }

    /**
     * Qute renders a message that its bundle lacks (such as {@code {park:message('x')}}) as {@code NOT_FOUND}: no page
     * shows it, in either language. A key missing from one language only is {@link MessageBundlesTest}'s concern.
     */
    @Test
    @TestSecurity(
            user = "raw-key-reader",
            roles = {"citizen", "parking-operator", "payments-admin", "service-clerk"})
    void shouldRenderNoMissingMessageOnAnyPageInEitherLanguage() {
        String lot = given().get("/api/v1/parking/lots")
                .then()
                .statusCode(200)
                .extract()
                .path("[0].id");
        List<String> pages = List.of(
                "/",
                "/services",
                "/parking",
                "/parking?place=custom&lat=91&lon=x&radius=1&stay=5",
                "/parking/lots/" + lot,
                "/parking/mine",
                "/wallet",
                "/wallet/metro",
                "/admin",
                "/admin/parking",
                "/admin/payments",
                "/admin/citizen/services",
                "/no-such-page");
        for (String lang : List.of("zh-CN", "en")) {
            for (String path : pages) {
                String body =
                        given().cookie("lang", lang).get(path).then().extract().asString();
                assertThat(body)
                        .as("%s in %s", path, lang)
                        .contains("<html lang=\"" + lang + "\">")
                        .doesNotContain("NOT_FOUND");
            }
        }
    }
}
