package city.citizen.web;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import city.testing.CodeFlow;
import city.testing.PageForm;
import city.testing.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.util.Map;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

/** The clerk's queue page: their department's cases, one case's answers and documents, and the steps as forms. */
@QuarkusTest
class CaseQueuePageTest {

    static final String MINE = "/api/v1/citizen/my/applications";

    /** A certificate application of the demo citizen, submitted through the API (it is free). */
    static String submitted() throws Exception {
        String citizen = Tokens.of("citizen");
        String id = given().auth()
                .oauth2(citizen)
                .contentType(ContentType.JSON)
                .body(Map.of("serviceCode", "PSB-016"))
                .post(MINE)
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        given().auth()
                .oauth2(citizen)
                .contentType(ContentType.JSON)
                .body(Map.of(
                        "data",
                        Map.of(
                                "full_name", "张伟",
                                "id_number", "310101198503121236",
                                "phone", "13800138001",
                                "purpose", "study")))
                .put(MINE + "/" + id)
                .then()
                .statusCode(200);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(new BufferedImage(20, 20, BufferedImage.TYPE_INT_RGB), "png", out);
        given().auth()
                .oauth2(citizen)
                .contentType("application/octet-stream")
                .queryParam("fileName", "身份证.png")
                .body(out.toByteArray())
                .put(MINE + "/" + id + "/documents/id_card")
                .then()
                .statusCode(200);
        return given().auth()
                .oauth2(citizen)
                .contentType(ContentType.JSON)
                .post(MINE + "/" + id + "/submit")
                .then()
                .statusCode(200)
                .extract()
                .path("id");
    }

    @Test
    void aClerkSignedInSeesTheQueueOpensACaseAndClaimsAndApprovesIt() throws Exception {
        String id = submitted();
        Map<String, String> session = CodeFlow.signIn("/admin/citizen/queue", "service-clerk", "service-clerk-demo");
        String queue = given().cookies(session)
                .cookie("lang", "en")
                .get("/admin/citizen/queue?service=PSB-016")
                .then()
                .statusCode(200)
                .extract()
                .asString();
        assertThat(queue)
                .contains("Case queue: Shanghai Municipal Public Security Bureau")
                .contains("href=\"/admin/citizen/queue/" + id + "\"");

        Response detail = given().cookies(session).cookie("lang", "en").get("/admin/citizen/queue/" + id);
        assertThat(detail.statusCode()).isEqualTo(200);
        String body = detail.asString();
        assertThat(body).contains("Purpose").contains("身份证.png").contains("id=\"claim\"");
        String csrfCookie = detail.cookie("city-csrf");
        String token = PageForm.hidden(body, "csrf-token");
        given().cookies(session)
                .cookie("city-csrf", csrfCookie)
                .contentType(PageForm.FORM_UTF8)
                .formParam("csrf-token", token)
                .redirects()
                .follow(false)
                .post("/admin/citizen/queue/" + id + "/claim")
                .then()
                .statusCode(303);
        given().cookies(session)
                .cookie("city-csrf", csrfCookie)
                .contentType(PageForm.FORM_UTF8)
                .formParam("csrf-token", token)
                .formParam("note", "all in order")
                .redirects()
                .follow(false)
                .post("/admin/citizen/queue/" + id + "/approve")
                .then()
                .statusCode(303);
        String after = given().cookies(session)
                .cookie("lang", "zh-CN")
                .get("/admin/citizen/queue/" + id + "?done=1")
                .then()
                .statusCode(200)
                .extract()
                .asString();
        assertThat(after)
                .contains("已处理")
                .contains("已批准")
                .contains("all in order")
                .contains("service-clerk");
        byte[] document = given().cookies(session)
                .get("/admin/citizen/queue/" + id + "/documents/id_card")
                .then()
                .statusCode(200)
                .contentType("image/png")
                .extract()
                .asByteArray();
        assertThat(document).isNotEmpty();
    }

    @Test
    @TestSecurity(user = "queue-clerk-without-department", roles = "service-clerk")
    void aClerkWithoutADepartmentIsToldSoAndSeesNoCase() {
        String body = given().cookie("lang", "en")
                .get("/admin/citizen/queue")
                .then()
                .statusCode(200)
                .extract()
                .asString();
        assertThat(body).contains("Your account belongs to no department").doesNotContain("<table");
    }

    @Test
    void theCityDashboardCountsCasesPerDepartmentForTheCityAdminOnly() throws Exception {
        submitted();
        Map<String, String> admin = CodeFlow.signIn("/admin/citizen/dashboard", "city-admin", "city-admin-demo");
        String body = given().cookies(admin)
                .cookie("lang", "en")
                .get("/admin/citizen/dashboard")
                .then()
                .statusCode(200)
                .extract()
                .asString();
        assertThat(body)
                .contains("City casework")
                .contains("data-department=\"public-security\"")
                .contains("open cases are overdue")
                .doesNotContain("<script>");
        Map<String, String> clerk = CodeFlow.signIn("/admin/citizen/queue", "service-clerk", "service-clerk-demo");
        given().cookies(clerk)
                .redirects()
                .follow(false)
                .get("/admin/citizen/dashboard")
                .then()
                .statusCode(403);
    }
}
