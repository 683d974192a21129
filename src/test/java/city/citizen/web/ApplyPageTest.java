package city.citizen.web;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import city.testing.PageForm;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.builder.MultiPartSpecBuilder;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

/** The citizen's apply page: the form drawn from its definition, a refusal that keeps everything, and the list. */
@QuarkusTest
class ApplyPageTest {

    static final String PAGE = "/citizen/apply/PSB-016";

    static byte[] png() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(new BufferedImage(20, 20, BufferedImage.TYPE_INT_RGB), "png", out);
        return out.toByteArray();
    }

    static RequestSpecification form(PageForm page) {
        return given().cookie("city-csrf", page.csrfCookie())
                .cookie("lang", "en")
                .redirects()
                .follow(false)
                .multiPart("csrf-token", page.csrfToken());
    }

    static RequestSpecification text(RequestSpecification r, String name, String value) {
        return r.multiPart(new MultiPartSpecBuilder(value)
                .controlName(name)
                .charset("UTF-8")
                .build());
    }

    @Test
    @TestSecurity(user = "apply-page-citizen", roles = "citizen")
    void aRefusedSubmitKeepsEverythingTypedAndUploadedAndASecondOneFilesIt() throws Exception {
        PageForm page = PageForm.get(PAGE, "en");
        assertThat(page.body())
                .contains("Apply online: Certificate of no criminal record")
                .contains("name=\"f_purpose\"")
                .contains("type=\"file\" id=\"doc_id_card\"")
                .doesNotContain("<script>");

        RequestSpecification first = form(page);
        text(first, "caseId", "");
        text(first, "f_full_name", "王芳");
        text(first, "f_id_number", "310101198503121230");
        text(first, "f_phone", "13700137000");
        text(first, "f_purpose", "job");
        text(first, "action", "submit");
        first.multiPart("doc_id_card", "id.png", png(), "image/png");
        Response refused = first.post(PAGE);
        assertThat(refused.statusCode()).isEqualTo(400);
        String body = refused.asString();
        assertThat(body)
                .contains("This is not a valid resident ID number")
                .contains("value=\"王芳\"")
                .contains("value=\"310101198503121230\"")
                .contains("Uploaded: id.png");
        String caseId = PageForm.hidden(body, "caseId");
        assertThat(caseId).isNotBlank();

        PageForm again = PageForm.get(PAGE, "en");
        assertThat(again.hidden("caseId")).isEqualTo(caseId);
        assertThat(again.body()).contains("value=\"王芳\"").contains("Uploaded: id.png");
        RequestSpecification second = form(again);
        text(second, "caseId", caseId);
        text(second, "f_full_name", "王芳");
        text(second, "f_id_number", "310101198503121236");
        text(second, "f_phone", "13700137000");
        text(second, "f_purpose", "job");
        text(second, "action", "submit");
        Response filed = second.post(PAGE);
        assertThat(filed.statusCode()).isEqualTo(303);
        assertThat(filed.header("Location")).matches(".*/citizen/applications\\?submitted=SH-20[0-9]{2}-[0-9]{6,}");
        String reference = filed.header("Location").replaceAll(".*submitted=", "");

        String list = given().cookie("lang", "en")
                .get("/citizen/applications?submitted=" + reference)
                .then()
                .statusCode(200)
                .extract()
                .asString();
        assertThat(list)
                .contains("Application submitted; your reference is " + reference)
                .contains("Certificate of no criminal record")
                .contains("Submitted");
        String zh = given().cookie("lang", "zh-CN")
                .get("/citizen/applications")
                .then()
                .statusCode(200)
                .extract()
                .asString();
        assertThat(zh).contains("我的申请").contains("已提交");
    }

    @Test
    @TestSecurity(user = "apply-page-citizen-2", roles = "citizen")
    void aSavedDraftComesBackAndAFormWithoutTheTokenIsRefused() throws Exception {
        PageForm page = PageForm.get(PAGE, "en");
        RequestSpecification save = form(page);
        text(save, "f_purpose", "visa");
        text(save, "action", "save");
        Response saved = save.post(PAGE);
        assertThat(saved.statusCode()).isEqualTo(303);
        String back = given().cookie("lang", "en")
                .get(saved.header("Location"))
                .then()
                .statusCode(200)
                .extract()
                .asString();
        assertThat(back).contains("Draft saved").contains("value=\"visa\" selected");

        Response forged = given().redirects()
                .follow(false)
                .multiPart(
                        new MultiPartSpecBuilder("job").controlName("f_purpose").build())
                .post(PAGE);
        assertThat(forged.statusCode()).isEqualTo(400);
    }

    @Test
    void theServicePageLinksToTheOnlineForm() {
        String body = given().cookie("lang", "en")
                .get("/services/PSB-016")
                .then()
                .statusCode(200)
                .extract()
                .asString();
        assertThat(body).contains("href=\"/citizen/apply/PSB-016\"").contains("Apply online");
        String inPerson = given().cookie("lang", "en")
                .get("/services/PSB-006")
                .then()
                .extract()
                .asString();
        assertThat(inPerson).doesNotContain("/citizen/apply/");
    }
}
