package city.citizen.rest;

import static city.citizen.rest.Applications.ENDORSEMENT;
import static city.citizen.rest.Applications.ENDORSEMENT_ANSWERS;
import static city.citizen.rest.Applications.ENDORSEMENT_FEE;
import static city.citizen.rest.Applications.MINE;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import city.citizen.internal.casework.CaseStatus;
import city.citizen.internal.casework.StatusChangeRecorder;
import city.payments.TestMoney;
import city.payments.api.Payments;
import city.testing.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A citizen applies online: a prefilled draft, refusals that keep nothing, uploads, and a fee paid once. */
@QuarkusTest
class MyApplicationsApiTest {

    @Inject
    Payments payments;

    @Inject
    StatusChangeRecorder events;

    @BeforeEach
    void registry() {
        Applications.registry();
    }

    @Test
    void aDraftIsPrefilledFromWhatTheCityKnowsAndSaysWhereEachAnswerCameFrom() {
        String citizen = Tokens.of("citizen");
        JsonPath draft = given().auth()
                .oauth2(citizen)
                .contentType(ContentType.JSON)
                .body(Map.of("serviceCode", ENDORSEMENT))
                .post(MINE)
                .then()
                .statusCode(201)
                .body("status", equalTo("DRAFT"))
                .body("reference", nullValue())
                .body("feeFen", equalTo(ENDORSEMENT_FEE))
                .body("data.full_name", equalTo("张伟"))
                .body("data.id_number", equalTo("310101198503121236"))
                .body("data.phone", equalTo("13800138001"))
                .body("sources.full_name", equalTo("registry"))
                .body("sources.id_number", equalTo("registry"))
                .extract()
                .jsonPath();
        String id = draft.getString("id");
        // an answer the citizen changes is theirs, no longer the registry's
        Applications.answer(citizen, id, Map.of("phone", "13912345678"));
        given().auth()
                .oauth2(citizen)
                .get(MINE + "/" + id)
                .then()
                .statusCode(200)
                .body("data.phone", equalTo("13912345678"))
                .body("sources.phone", nullValue())
                .body("sources.full_name", equalTo("registry"));
        assertThat(given().auth().oauth2(citizen).get(MINE).jsonPath().getList("id"))
                .contains(id);
        assertThat(events.of(UUID.fromString(id))).extracting(e -> e.to()).containsExactly(CaseStatus.DRAFT);
    }

    @Test
    void unknownServicesAndFieldsAreRefusedWithProblems() {
        String citizen = Tokens.of("citizen");
        given().auth()
                .oauth2(citizen)
                .contentType(ContentType.JSON)
                .body(Map.of("serviceCode", "NOPE-1"))
                .post(MINE)
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("serviceCode"));
        String id = Applications.draft(citizen, ENDORSEMENT);
        given().auth()
                .oauth2(citizen)
                .contentType(ContentType.JSON)
                .body(Map.of("data", Map.of("shoe_size", "42", "kind", "x".repeat(1001))))
                .put(MINE + "/" + id)
                .then()
                .statusCode(400)
                .contentType("application/problem+json");
        given().auth()
                .oauth2(citizen)
                .get(MINE + "/" + id)
                .then()
                .body("data.shoe_size", nullValue())
                .body("data.kind", nullValue());
    }

    @Test
    void aRefusedSubmitNamesEveryFieldAndChangesNothing() {
        String citizen = Tokens.of("citizen");
        String me = Tokens.subject(citizen);
        TestMoney.fund(me, 10_000);
        long before = TestMoney.balance(me);
        String id = Applications.draft(citizen, ENDORSEMENT);
        Applications.answer(citizen, id, Map.of("permit_number", "123", "destination", "paris"));
        List<String> fields = given().auth()
                .oauth2(citizen)
                .contentType(ContentType.JSON)
                .post(MINE + "/" + id + "/submit")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .extract()
                .jsonPath()
                .getList("errors.field");
        assertThat(fields)
                .containsExactlyInAnyOrder("data.permit_number", "data.destination", "data.kind", "documents.photo");
        given().auth()
                .oauth2(citizen)
                .get(MINE + "/" + id)
                .then()
                .body("status", equalTo("DRAFT"))
                .body("reference", nullValue())
                .body("paymentId", nullValue())
                .body("data.permit_number", equalTo("123"))
                .body("history.size()", equalTo(1));
        assertThat(TestMoney.balance(me)).isEqualTo(before);
        assertThat(payments.findByReference("citizen-application", id)).isEmpty();
    }

    @Test
    void uploadsAreSniffedSizedAndKeptWithTheirChecksum() throws Exception {
        String citizen = Tokens.of("citizen");
        String id = Applications.draft(citizen, ENDORSEMENT);
        // a PDF is not what the photo may be, whatever its name says
        Applications.upload(citizen, id, "photo", "%PDF-1.4\n1 0 obj\n%%EOF\n".getBytes(StandardCharsets.US_ASCII))
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo("https://city.example/problems/document-refused"))
                .body("code", equalTo("wrong-type"));
        // the start of a PNG without the rest is refused as damaged
        byte[] png = Applications.png();
        Applications.upload(citizen, id, "photo", Arrays.copyOf(png, 40))
                .then()
                .statusCode(400)
                .body("code", equalTo("damaged"));
        Applications.upload(citizen, id, "photo", new byte[0]).then().statusCode(400);
        Applications.upload(citizen, id, "passport", png).then().statusCode(404);
        // over the form's 2 MB
        byte[] huge = Arrays.copyOf(png, 2 * 1024 * 1024 + 10);
        Applications.upload(citizen, id, "photo", huge).then().statusCode(413).contentType("application/problem+json");
        given().auth().oauth2(citizen).get(MINE + "/" + id).then().body("documents.size()", equalTo(0));

        String sha =
                HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(png));
        Applications.upload(citizen, id, "photo", png)
                .then()
                .statusCode(200)
                .body("mediaType", equalTo("image/png"))
                .body("sizeBytes", equalTo(png.length))
                .body("sha256", equalTo(sha));
        byte[] back = given().auth()
                .oauth2(citizen)
                .get(MINE + "/" + id + "/documents/photo")
                .then()
                .statusCode(200)
                .contentType("image/png")
                .header("Content-Disposition", org.hamcrest.Matchers.startsWith("attachment"))
                .extract()
                .asByteArray();
        assertThat(back).isEqualTo(png);
    }

    @Test
    void anotherCitizenNeitherSeesNorTouchesAnApplication() {
        String citizen = Tokens.of("citizen");
        String other = Tokens.of("citizen2");
        String id = Applications.draft(citizen, ENDORSEMENT);
        Applications.upload(citizen, id, "photo", Applications.png()).then().statusCode(200);
        given().auth().oauth2(other).get(MINE + "/" + id).then().statusCode(404);
        given().auth()
                .oauth2(other)
                .get(MINE + "/" + id + "/documents/photo")
                .then()
                .statusCode(404);
        Applications.upload(other, id, "photo", Applications.png()).then().statusCode(404);
        given().auth()
                .oauth2(other)
                .contentType(ContentType.JSON)
                .body(Map.of("data", Map.of("kind", "visit")))
                .put(MINE + "/" + id)
                .then()
                .statusCode(404);
        given().auth()
                .oauth2(other)
                .contentType(ContentType.JSON)
                .post(MINE + "/" + id + "/submit")
                .then()
                .statusCode(404);
        given().auth()
                .oauth2(other)
                .contentType(ContentType.JSON)
                .post(MINE + "/" + id + "/withdraw")
                .then()
                .statusCode(404);
        assertThat(given().auth().oauth2(other).get(MINE).jsonPath().getList("id"))
                .doesNotContain(id);
        given().auth().oauth2(citizen).get(MINE + "/" + id).then().body("data.kind", nullValue());
    }

    @Test
    void concurrentSubmitsChargeTheFeeOnceAndGiveOneReference() throws Exception {
        String citizen = Tokens.of("citizen");
        String me = Tokens.subject(citizen);
        TestMoney.fund(me, 10_000);
        String id = Applications.draft(citizen, ENDORSEMENT);
        Applications.answer(citizen, id, ENDORSEMENT_ANSWERS);
        Applications.upload(citizen, id, "photo", Applications.png()).then().statusCode(200);
        long before = TestMoney.balance(me);

        var pool = Executors.newFixedThreadPool(6);
        List<Future<Integer>> answers = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            Callable<Integer> submit = () -> given().auth()
                    .oauth2(citizen)
                    .contentType(ContentType.JSON)
                    .post(MINE + "/" + id + "/submit")
                    .statusCode();
            answers.add(pool.submit(submit));
        }
        List<Integer> statuses = new ArrayList<>();
        for (Future<Integer> f : answers) {
            statuses.add(f.get());
        }
        pool.shutdown();
        assertThat(statuses).filteredOn(s -> s == 200).hasSize(1);
        assertThat(statuses).filteredOn(s -> s == 409).hasSize(5);
        assertThat(TestMoney.balance(me)).isEqualTo(before - ENDORSEMENT_FEE);
        assertThat(payments.findByReference("citizen-application", id)).hasSize(1);

        given().auth()
                .oauth2(citizen)
                .get(MINE + "/" + id)
                .then()
                .body("status", equalTo("SUBMITTED"))
                .body("reference", matchesPattern("SH-20[0-9]{2}-[0-9]{6,}"))
                .body("paymentId", notNullValue())
                .body("dueAt", notNullValue())
                .body("history.to", org.hamcrest.Matchers.contains("DRAFT", "SUBMITTED"));
        // a later submit is an illegal step, and charges nothing
        given().auth()
                .oauth2(citizen)
                .contentType(ContentType.JSON)
                .post(MINE + "/" + id + "/submit")
                .then()
                .statusCode(409)
                .contentType("application/problem+json")
                .body("type", equalTo("https://city.example/problems/case-state"))
                .body("code", equalTo("illegal-transition"));
        assertThat(TestMoney.balance(me)).isEqualTo(before - ENDORSEMENT_FEE);
        // and the answers and documents are fixed now
        Applications.upload(citizen, id, "photo", Applications.png()).then().statusCode(409);
        assertThat(events.of(UUID.fromString(id)))
                .extracting(e -> e.to())
                .containsExactly(CaseStatus.DRAFT, CaseStatus.SUBMITTED);
        assertThat(events.of(UUID.fromString(id)).get(1).serviceNameEn())
                .isEqualTo("Hong Kong and Macao travel endorsement");
    }

    @Test
    @TestSecurity(user = "apply-short-wallet", roles = "citizen")
    void aShortWalletSubmitsNothing() {
        String id = given().contentType(ContentType.JSON)
                .body(Map.of("serviceCode", ENDORSEMENT))
                .post(MINE)
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        Map<String, String> answers = new java.util.HashMap<>(ENDORSEMENT_ANSWERS);
        answers.putAll(Map.of("full_name", "王芳", "id_number", "310101198503121236", "phone", "13700137000"));
        given().contentType(ContentType.JSON)
                .body(Map.of("data", answers))
                .put(MINE + "/" + id)
                .then()
                .statusCode(200);
        given().contentType("application/octet-stream")
                .body(Applications.png())
                .put(MINE + "/" + id + "/documents/photo")
                .then()
                .statusCode(200);
        given().contentType(ContentType.JSON)
                .post(MINE + "/" + id + "/submit")
                .then()
                .statusCode(402)
                .contentType("application/problem+json");
        given().get(MINE + "/" + id).then().body("status", equalTo("DRAFT")).body("reference", nullValue());
        TestMoney.fund("apply-short-wallet", ENDORSEMENT_FEE);
        given().contentType(ContentType.JSON)
                .post(MINE + "/" + id + "/submit")
                .then()
                .statusCode(200)
                .body("status", equalTo("SUBMITTED"));
        assertThat(TestMoney.balance("apply-short-wallet")).isZero();
    }

    @Test
    void aCitizenWithdrawsBeforeReviewAndTheFeeGoesBack() {
        String citizen = Tokens.of("citizen");
        String me = Tokens.subject(citizen);
        TestMoney.fund(me, 10_000);
        long before = TestMoney.balance(me);
        String id = Applications.submittedEndorsement(citizen);
        assertThat(TestMoney.balance(me)).isEqualTo(before - ENDORSEMENT_FEE);
        given().auth()
                .oauth2(citizen)
                .contentType(ContentType.JSON)
                .body(Map.of("note", "plans changed"))
                .post(MINE + "/" + id + "/withdraw")
                .then()
                .statusCode(200)
                .body("status", equalTo("WITHDRAWN"))
                .body("refunded", equalTo(true));
        assertThat(TestMoney.balance(me)).isEqualTo(before);
        given().auth()
                .oauth2(citizen)
                .contentType(ContentType.JSON)
                .post(MINE + "/" + id + "/withdraw")
                .then()
                .statusCode(409)
                .body("code", equalTo("illegal-transition"));
        assertThat(TestMoney.balance(me)).isEqualTo(before);
    }
}
