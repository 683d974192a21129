package city.citizen.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;

import city.testing.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** "One thing, once": one form files several services, each routed to its department, all submitted or none. */
@QuarkusTest
class BundlesTest {

    static final String BUNDLES = "/api/v1/citizen/bundles";
    static final String MINE = "/api/v1/citizen/my/bundles";

    @BeforeEach
    void registry() {
        Applications.registry();
    }

    @Test
    void atLeastTenBundlesEachFilingServicesOfSeveralDepartments() {
        JsonPath all = given().get(BUNDLES).then().statusCode(200).extract().jsonPath();
        List<Map<String, Object>> bundles = all.getList("");
        assertThat(bundles).hasSizeGreaterThanOrEqualTo(10);
        assertThat(bundles).allSatisfy(b -> assertThat((List<?>) b.get("parts")).hasSizeGreaterThanOrEqualTo(2));
        List<String> newborn = all.getList("find { it.code == 'newborn' }.parts.serviceCode");
        assertThat(newborn).containsExactly("HLT-003", "PSB-011", "HCS-003", "HCS-008");
        Set<String> departments = new HashSet<>(all.getList("find { it.code == 'newborn' }.parts.departmentEn"));
        assertThat(departments).hasSizeGreaterThanOrEqualTo(3);

        // the combined form asks what both services ask once
        JsonPath renting = given().get(BUNDLES + "/renting")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        List<String> keys = renting.getList("form.fields.key");
        assertThat(keys).containsOnlyOnce("full_name", "id_number", "monthly_rent");
        assertThat(keys).contains("landlord", "fund_account", "bank_account");
        assertThat(renting.getList("form.documents.key", String.class)).containsOnlyOnce("lease");
        given().get(BUNDLES + "/no-such-bundle").then().statusCode(404);
    }

    @Test
    void oneFormFilesBothApplicationsAtOnceOrNeither() throws Exception {
        String citizen = Tokens.of("citizen");
        JsonPath started = given().auth()
                .oauth2(citizen)
                .contentType(ContentType.JSON)
                .body(Map.of("bundleCode", "renting"))
                .post(MINE)
                .then()
                .statusCode(201)
                .body("status", equalTo("DRAFT"))
                .body("data.full_name", equalTo("张伟"))
                .body("sources.id_number", equalTo("registry"))
                .extract()
                .jsonPath();
        String id = started.getString("id");
        assertThat(started.getList("parts.serviceCode")).containsExactly("HOU-004", "HPF-001");

        // nothing answered yet: one 400 naming what both parts miss, and neither is submitted
        List<String> missing = given().auth()
                .oauth2(citizen)
                .contentType(ContentType.JSON)
                .post(MINE + "/" + id + "/submit")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .extract()
                .path("errors.field");
        assertThat(missing)
                .contains("data.landlord", "data.fund_account", "data.monthly_rent", "documents.lease")
                .doesNotHaveDuplicates();
        given().auth()
                .oauth2(citizen)
                .get(MINE + "/" + id)
                .then()
                .body("parts.status", equalTo(List.of("DRAFT", "DRAFT")));

        given().auth()
                .oauth2(citizen)
                .contentType(ContentType.JSON)
                .body(Map.of("data", Map.of("not_a_field", "x")))
                .put(MINE + "/" + id)
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("data.not_a_field"));
        given().auth()
                .oauth2(citizen)
                .contentType(ContentType.JSON)
                .body(Map.of(
                        "data",
                        Map.of(
                                "property_address", "上海市徐汇区天钥桥路 100 弄 5 号 601 室",
                                "landlord", "陈静",
                                "monthly_rent", "5800",
                                "start_date", "2026-12-01",
                                "end_date", "2027-11-30",
                                "fund_account", "123456789012",
                                "bank_account", "6222020200112233445")))
                .put(MINE + "/" + id)
                .then()
                .statusCode(200)
                .body("data.monthly_rent", equalTo("5800"));
        for (String[] doc : new String[][] {{"lease", "pdf"}, {"id_card", "png"}}) {
            given().auth()
                    .oauth2(citizen)
                    .contentType("application/octet-stream")
                    .queryParam("fileName", doc[0] + "." + doc[1])
                    .body(doc[1].equals("pdf") ? SmallPdf.pdf() : Applications.png())
                    .put(MINE + "/" + id + "/documents/" + doc[0])
                    .then()
                    .statusCode(200);
        }

        // both parts got the shared answer and the one lease, each checks its own rules
        JsonPath housing = part(citizen, started.getString("parts[0].caseId"));
        JsonPath fund = part(citizen, started.getString("parts[1].caseId"));
        assertThat(housing.getString("data.monthly_rent")).isEqualTo("5800");
        assertThat(fund.getString("data.monthly_rent")).isEqualTo("5800");
        assertThat(housing.getList("documents.key", String.class)).contains("lease", "id_card");
        assertThat(fund.getList("documents.key", String.class)).contains("lease");

        JsonPath submitted = given().auth()
                .oauth2(citizen)
                .contentType(ContentType.JSON)
                .post(MINE + "/" + id + "/submit")
                .then()
                .statusCode(200)
                .body("status", equalTo("IN_PROGRESS"))
                .body("parts.status", equalTo(List.of("SUBMITTED", "SUBMITTED")))
                .extract()
                .jsonPath();
        assertThat(submitted.getString("reference")).matches("SH-\\d{4}-\\d{6,}");
        List<String> references = submitted.getList("parts.reference");
        assertThat(references)
                .doesNotContainNull()
                .doesNotHaveDuplicates()
                .doesNotContain(submitted.getString("reference"));
        assertThat(submitted.getList("parts.departmentCode", String.class)).containsExactly("housing", "housing-fund");
        given().auth()
                .oauth2(citizen)
                .contentType(ContentType.JSON)
                .post(MINE + "/" + id + "/submit")
                .then()
                .statusCode(409);

        // mine, nobody else's
        given().auth().oauth2(citizen).get(MINE).then().statusCode(200).body("id", hasItems(id));
        String other = Tokens.of("citizen2");
        given().auth().oauth2(other).get(MINE + "/" + id).then().statusCode(404);
        given().auth()
                .oauth2(other)
                .contentType(ContentType.JSON)
                .post(MINE + "/" + id + "/submit")
                .then()
                .statusCode(404);
    }

    private static JsonPath part(String token, String caseId) {
        return given().auth()
                .oauth2(token)
                .get(Applications.MINE + "/" + caseId)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
    }
}
