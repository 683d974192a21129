package city.citizen.web;

import static city.citizen.web.ApplyPageTest.form;
import static city.citizen.web.ApplyPageTest.png;
import static city.citizen.web.ApplyPageTest.text;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import city.testing.PageForm;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.Test;

/** The bundles on the portal, and one bundle's form filing both its services from one page. */
@QuarkusTest
class BundlePageTest {

    static final String PAGE = "/citizen/bundles/unemployment";

    @Test
    void everyoneSeesTheBundlesInBothLanguages() {
        String zh = given().cookie("lang", "zh-CN")
                .get("/bundles")
                .then()
                .statusCode(200)
                .extract()
                .asString();
        assertThat(zh).contains("一件事一次办").contains("新生儿出生一件事").contains("上海市公安局");
        String en = given().cookie("lang", "en")
                .get("/bundles")
                .then()
                .statusCode(200)
                .extract()
                .asString();
        assertThat(en)
                .contains("One thing, once")
                .contains("A baby is born")
                .contains("href=\"/citizen/bundles/newborn\"");
    }

    @Test
    @TestSecurity(user = "bundle-page-citizen", roles = "citizen")
    void aRefusedSubmitKeepsWhatWasTypedAndTheNextOneFilesBothServices() throws Exception {
        PageForm page = PageForm.get(PAGE, "en");
        assertThat(page.body())
                .contains("Unemployment registration")
                .contains("Unemployment insurance benefit claim")
                .contains("name=\"f_last_employer\"")
                .contains("type=\"file\" id=\"doc_id_card\"");
        assertThat(page.body().split("name=\"f_full_name\"", -1)).hasSize(2);

        RequestSpecification first = form(page);
        text(first, "f_full_name", "赵磊");
        text(first, "f_id_number", "310101198503121236");
        text(first, "f_phone", "13700137000");
        text(first, "f_address", "上海市杨浦区国定路 200 号");
        text(first, "f_education", "bachelor");
        text(first, "f_last_employer", "上海某某科技有限公司");
        text(first, "action", "submit");
        first.multiPart("doc_id_card", "id.png", png(), "image/png");
        Response refused = first.post(PAGE);
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.asString())
                .contains("value=\"上海某某科技有限公司\"")
                .contains("Uploaded: id.png")
                .contains("id=\"error-summary\"");

        PageForm again = PageForm.get(PAGE, "en");
        assertThat(again.body()).contains("value=\"赵磊\"").contains("Uploaded: id.png");
        RequestSpecification second = form(again);
        text(second, "f_full_name", "赵磊");
        text(second, "f_id_number", "310101198503121236");
        text(second, "f_phone", "13700137000");
        text(second, "f_address", "上海市杨浦区国定路 200 号");
        text(second, "f_education", "bachelor");
        text(second, "f_last_employer", "上海某某科技有限公司");
        text(second, "f_leave_date", "2026-11-30");
        text(second, "f_bank_account", "6222020200112233445");
        text(second, "action", "submit");
        second.multiPart("doc_termination", "termination.pdf", city.citizen.rest.SmallPdf.pdf(), "application/pdf");
        Response filed = second.post(PAGE);
        assertThat(filed.statusCode()).isEqualTo(303);
        String reference = filed.header("Location").replaceAll(".*submitted=", "");
        assertThat(reference).matches("SH-20[0-9]{2}-[0-9]{6,}");

        String list = given().cookie("lang", "en")
                .get("/citizen/applications")
                .then()
                .statusCode(200)
                .extract()
                .asString();
        assertThat(list).contains("Unemployment registration").contains("Unemployment insurance benefit claim");
    }
}
