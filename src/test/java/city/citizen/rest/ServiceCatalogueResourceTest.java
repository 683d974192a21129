package city.citizen.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;

import city.citizen.internal.CatalogueService;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
public class ServiceCatalogueResourceTest {

    @Inject
    CatalogueService catalogue;

    public static Map<String, Object> service(String code) {
        return Map.ofEntries(
                Map.entry("code", code),
                Map.entry("departmentCode", "civil-affairs"),
                Map.entry("nameZh", "测试服务" + code),
                Map.entry("nameEn", "Test service " + code),
                Map.entry("descriptionZh", "用于测试的服务。"),
                Map.entry("descriptionEn", "A service used in tests."),
                Map.entry("eligibilityZh", "任何人。"),
                Map.entry("eligibilityEn", "Anyone."),
                Map.entry("feeFen", 1250),
                Map.entry("processingDays", 3),
                Map.entry("channel", "ONLINE"),
                Map.entry("documents", List.of(Map.of("nameZh", "身份证", "nameEn", "Resident identity card"))));
    }

    @Test
    void shouldListTheSeededCatalogueInPages() {
        given().queryParam("size", 10)
                .when()
                .get("/api/v1/citizen/services")
                .then()
                .statusCode(200)
                .body("items", hasSize(10))
                .body("page", equalTo(1))
                .body("size", equalTo(10))
                .body("totalItems", greaterThanOrEqualTo(100))
                .body("totalPages", greaterThanOrEqualTo(10));
        List<String> first = given().queryParam("size", 10)
                .get("/api/v1/citizen/services")
                .then()
                .extract()
                .path("items.code");
        List<String> second = given().queryParam("size", 10)
                .queryParam("page", 2)
                .get("/api/v1/citizen/services")
                .then()
                .extract()
                .path("items.code");
        assertThat(second).hasSize(10).doesNotContainAnyElementsOf(first);
    }

    @Test
    void shouldOfferAtLeastTenDepartments() {
        given().get("/api/v1/citizen/departments")
                .then()
                .statusCode(200)
                .body("totalItems", greaterThanOrEqualTo(10))
                .body("items.code", hasItems("public-security", "civil-affairs", "housing-fund"))
                .body("items.activeServices", everyItem(greaterThanOrEqualTo(1)));
    }

    @Test
    void shouldFilterByDepartmentAndChannel() {
        given().queryParam("department", "public-security")
                .queryParam("channel", "IN_PERSON")
                .queryParam("size", 100)
                .get("/api/v1/citizen/services")
                .then()
                .statusCode(200)
                .body("items.size()", greaterThanOrEqualTo(1))
                .body("items.departmentCode", everyItem(equalTo("public-security")))
                .body("items.channel", everyItem(equalTo("IN_PERSON")));
    }

    @Test
    void shouldRankTheBestEnglishMatchFirst() {
        given().queryParam("q", "driver licence renewal")
                .get("/api/v1/citizen/services")
                .then()
                .statusCode(200)
                .body("items[0].nameEn", equalTo("Driver's licence renewal"));
    }

    @Test
    void shouldFindPartialAndMisspeltEnglishWords() {
        given().queryParam("q", "provid")
                .get("/api/v1/citizen/services")
                .then()
                .statusCode(200)
                .body("totalItems", greaterThanOrEqualTo(3))
                .body("items[0].nameEn", containsString("rovident"));
        given().queryParam("q", "licnce renewal")
                .get("/api/v1/citizen/services")
                .then()
                .statusCode(200)
                .body("items[0].nameEn", equalTo("Driver's licence renewal"));
    }

    @Test
    void shouldRankTheBestChineseMatchFirst() {
        given().queryParam("q", "驾驶证期满换证")
                .get("/api/v1/citizen/services")
                .then()
                .statusCode(200)
                .body("items[0].nameZh", equalTo("驾驶证期满换证"));
        given().queryParam("q", "公积金")
                .queryParam("size", 5)
                .get("/api/v1/citizen/services")
                .then()
                .statusCode(200)
                .body("totalItems", greaterThanOrEqualTo(5))
                .body("items.nameZh", everyItem(containsString("公积金")));
    }

    @Test
    void shouldFindAServiceByItsCode() {
        given().queryParam("q", "psb-001")
                .get("/api/v1/citizen/services")
                .then()
                .statusCode(200)
                .body("items[0].code", equalTo("PSB-001"));
    }

    @Test
    void shouldAnswerAnEmptyPageForASearchWithoutMatches() {
        given().queryParam("q", "zzzqqqxxx")
                .get("/api/v1/citizen/services")
                .then()
                .statusCode(200)
                .body("items", hasSize(0))
                .body("totalItems", equalTo(0));
    }

    @Test
    void shouldShowOneServiceWithItsDocuments() {
        given().get("/api/v1/citizen/services/PSB-001")
                .then()
                .statusCode(200)
                .body("code", equalTo("PSB-001"))
                .body("documents.size()", greaterThanOrEqualTo(2))
                .body("departmentNameEn", not(equalTo("")));
    }

    @Test
    void shouldAnswerAProblemForAnUnknownService() {
        given().get("/api/v1/citizen/services/NOPE-1")
                .then()
                .statusCode(404)
                .contentType("application/problem+json")
                .body("status", equalTo(404))
                .body("instance", equalTo("/api/v1/citizen/services/NOPE-1"));
    }

    @Test
    void shouldRejectAnOversizedPage() {
        given().queryParam("size", 1000)
                .get("/api/v1/citizen/services")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", hasItems("size"));
    }

    @Test
    @TestSecurity(user = "clerk", roles = "service-clerk")
    void shouldListEachInvalidFieldAndStoreNothing() {
        long before = countAll();
        Map<String, Object> bad = new java.util.HashMap<>(service("bad code"));
        bad.put("nameEn", "");
        bad.put("feeFen", -5);
        bad.put("documents", List.of(Map.of("nameZh", "", "nameEn", "Card")));
        given().contentType(ContentType.JSON)
                .body(bad)
                .post("/api/v1/citizen/services")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", hasItems("code", "nameEn", "feeFen", "documents[0].nameZh"));
        given().contentType(ContentType.JSON)
                .body("{\"code\": \"X-1\", \"feeFen\": \"twelve\"}")
                .post("/api/v1/citizen/services")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", hasItems("feeFen"));
        Map<String, Object> unknownDepartment = new java.util.HashMap<>(service("TST-DEPT"));
        unknownDepartment.put("departmentCode", "no-such-department");
        given().contentType(ContentType.JSON)
                .body(unknownDepartment)
                .post("/api/v1/citizen/services")
                .then()
                .statusCode(400)
                .body("errors.field", hasItems("departmentCode"));
        assertThat(countAll()).isEqualTo(before);
    }

    @Test
    @TestSecurity(user = "clerk", roles = "service-clerk")
    void shouldCreateChangeAndRetireAService() {
        given().contentType(ContentType.JSON)
                .body(service("TST-100"))
                .post("/api/v1/citizen/services")
                .then()
                .statusCode(201)
                .header("Location", containsString("/api/v1/citizen/services/TST-100"))
                .body("version", equalTo(0))
                .body("feeFen", equalTo(1250));

        Map<String, Object> change = new java.util.HashMap<>(service("TST-100"));
        change.put("nameEn", "Renamed test service");
        change.put("version", 0);
        given().contentType(ContentType.JSON)
                .body(change)
                .put("/api/v1/citizen/services/TST-100")
                .then()
                .statusCode(200)
                .body("nameEn", equalTo("Renamed test service"))
                .body("version", equalTo(1));

        // an edit based on the old version would overwrite the rename: refused
        given().contentType(ContentType.JSON)
                .body(change)
                .put("/api/v1/citizen/services/TST-100")
                .then()
                .statusCode(409)
                .contentType("application/problem+json");

        given().delete("/api/v1/citizen/services/TST-100").then().statusCode(204);
        given().get("/api/v1/citizen/services/TST-100").then().statusCode(404);
        given().queryParam("q", "Renamed test service")
                .get("/api/v1/citizen/services")
                .then()
                .body("items.code", not(hasItems("TST-100")));
        assertThat(catalogue.findByCode("TST-100", true))
                .hasValueSatisfying(s -> assertThat(s.retiredAt()).isNotNull());
    }

    @Test
    @TestSecurity(user = "clerk", roles = "service-clerk")
    void shouldRefuseADuplicateCode() {
        given().contentType(ContentType.JSON)
                .body(service("TST-DUP"))
                .post("/api/v1/citizen/services")
                .then()
                .statusCode(201);
        given().contentType(ContentType.JSON)
                .body(service("TST-DUP"))
                .post("/api/v1/citizen/services")
                .then()
                .statusCode(409)
                .contentType("application/problem+json");
    }

    @Test
    void shouldRequireATokenToChangeTheCatalogue() {
        given().contentType(ContentType.JSON)
                .body(service("TST-ANON"))
                .post("/api/v1/citizen/services")
                .then()
                .statusCode(401)
                .header("Location", org.hamcrest.Matchers.nullValue());
    }

    @Test
    @TestSecurity(user = "resident", roles = "citizen")
    void shouldForbidCitizensToChangeTheCatalogue() {
        given().contentType(ContentType.JSON)
                .body(service("TST-CIT"))
                .post("/api/v1/citizen/services")
                .then()
                .statusCode(403)
                .contentType("application/problem+json");
        given().delete("/api/v1/citizen/services/PSB-001").then().statusCode(403);
    }

    private long countAll() {
        return catalogue
                .find(
                        new city.citizen.internal.CatalogueQuery(null, null, null, true),
                        city.platform.rest.PageQuery.of(1, 1))
                .totalItems();
    }
}
