package city.citizen.rest;

import static city.citizen.rest.Applications.CASES;
import static city.citizen.rest.Applications.ENDORSEMENT_FEE;
import static city.citizen.rest.Applications.MINE;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import city.citizen.internal.casework.CaseDocuments;
import city.citizen.internal.casework.CaseStatus;
import city.citizen.internal.casework.Casework;
import city.citizen.internal.casework.StatusChangeRecorder;
import city.payments.TestMoney;
import city.payments.api.Payments;
import city.platform.security.CurrentUser;
import city.testing.Tokens;
import io.quarkus.arc.Arc;
import io.quarkus.arc.ManagedContext;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Clerks process their department's applications: the queue, the lifecycle, its 409s, refunds and races. */
@QuarkusTest
class CaseQueueApiTest {

    @Inject
    Payments payments;

    @Inject
    StatusChangeRecorder events;

    @BeforeEach
    void registry() {
        Applications.registry();
    }

    static Response act(String token, String id, String action, Map<String, String> body) {
        var request = given().auth().oauth2(token).contentType(ContentType.JSON);
        if (body != null) {
            request = request.body(body);
        }
        return request.post(CASES + "/" + id + "/" + action);
    }

    @Test
    void theLifecycleRunsFromSubmitToApprovalAndRefusesIllegalSteps() {
        String citizen = Tokens.of("citizen");
        String clerk = Tokens.of("service-clerk");
        TestMoney.fund(Tokens.subject(citizen), 10_000);
        String id = Applications.submittedEndorsement(citizen);

        given().auth()
                .oauth2(clerk)
                .queryParam("service", Applications.ENDORSEMENT)
                .queryParam("assignee", "none")
                .get(CASES)
                .then()
                .statusCode(200)
                .body("id", hasItem(id))
                .body("departmentCode", everyItem(equalTo("public-security")));
        // a clerk cannot decide what nobody claimed, nor ask for more
        act(clerk, id, "approve", null).then().statusCode(409).body("code", equalTo("illegal-transition"));
        act(clerk, id, "request-info", Map.of("note", "x")).then().statusCode(409);

        act(clerk, id, "claim", null)
                .then()
                .statusCode(200)
                .body("status", equalTo("IN_REVIEW"))
                .body("assignee", equalTo("service-clerk"));
        act(clerk, id, "request-info", Map.of()).then().statusCode(400).body("errors[0].field", equalTo("note"));
        act(clerk, id, "request-info", Map.of("note", "The photo must show both ears."))
                .then()
                .statusCode(200)
                .body("status", equalTo("NEEDS_INFO"));
        // the citizen may not withdraw once in review, but answers and resubmits
        given().auth()
                .oauth2(citizen)
                .contentType(ContentType.JSON)
                .post(MINE + "/" + id + "/withdraw")
                .then()
                .statusCode(409);
        Applications.upload(citizen, id, "photo", Applications.png()).then().statusCode(200);
        given().auth()
                .oauth2(citizen)
                .contentType(ContentType.JSON)
                .post(MINE + "/" + id + "/submit")
                .then()
                .statusCode(200)
                .body("status", equalTo("SUBMITTED"));
        act(clerk, id, "claim", null).then().statusCode(200);
        act(clerk, id, "approve", Map.of("note", "ok"))
                .then()
                .statusCode(200)
                .body("status", equalTo("APPROVED"))
                .body("decidedAt", org.hamcrest.Matchers.notNullValue());
        act(clerk, id, "reject", Map.of("reason", "late"))
                .then()
                .statusCode(409)
                .contentType("application/problem+json")
                .body("type", equalTo("https://city.example/problems/case-state"))
                .body("detail", containsString("APPROVED"));
        given().auth()
                .oauth2(citizen)
                .contentType(ContentType.JSON)
                .post(MINE + "/" + id + "/withdraw")
                .then()
                .statusCode(409);

        List<String> steps = given().auth()
                .oauth2(clerk)
                .get(CASES + "/" + id)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getList("history.to");
        assertThat(steps)
                .containsExactly("DRAFT", "SUBMITTED", "IN_REVIEW", "NEEDS_INFO", "SUBMITTED", "IN_REVIEW", "APPROVED");
        assertThat(given().auth().oauth2(clerk).get(CASES + "/" + id).jsonPath().getString("history[3].note"))
                .isEqualTo("The photo must show both ears.");
        assertThat(events.of(UUID.fromString(id)))
                .extracting(e -> e.to())
                .endsWith(CaseStatus.IN_REVIEW, CaseStatus.APPROVED);
        // the applicant was told of every step in their inbox (the clerk's claims included, the draft not)
        String reference =
                given().auth().oauth2(clerk).get(CASES + "/" + id).jsonPath().getString("reference");
        List<String> told = given()
                .auth()
                .oauth2(citizen)
                .get("/api/v1/citizen/my/notifications?size=100")
                .jsonPath()
                .getList("messages.items.findAll { it.kind == 'APPLICATION_STATUS' }.subject", String.class)
                .stream()
                .filter(subject -> subject.contains(reference))
                .toList();
        assertThat(told).hasSize(6);
        assertThat(told.get(0)).contains("已批准");
        assertThat(told).anyMatch(subject -> subject.contains("需补充材料"));
        // the clerk of the department reads the documents
        given().auth()
                .oauth2(clerk)
                .get(CASES + "/" + id + "/documents/photo")
                .then()
                .statusCode(200)
                .contentType("image/png");
    }

    @Test
    void aCaseRejectedBeforeReviewIsRefundedOnce() {
        String citizen = Tokens.of("citizen");
        String me = Tokens.subject(citizen);
        String clerk = Tokens.of("service-clerk");
        TestMoney.fund(me, 10_000);
        long before = TestMoney.balance(me);
        String id = Applications.submittedEndorsement(citizen);
        assertThat(TestMoney.balance(me)).isEqualTo(before - ENDORSEMENT_FEE);

        act(clerk, id, "reject", Map.of()).then().statusCode(400).body("errors[0].field", equalTo("reason"));
        act(clerk, id, "reject", Map.of("reason", "The permit number is not on file."))
                .then()
                .statusCode(200)
                .body("status", equalTo("REJECTED"))
                .body("refunded", equalTo(true))
                .body("decisionNote", equalTo("The permit number is not on file."));
        act(clerk, id, "reject", Map.of("reason", "again")).then().statusCode(409);
        assertThat(TestMoney.balance(me)).isEqualTo(before);
        assertThat(payments.findByReference("citizen-application", id))
                .singleElement()
                .satisfies(p -> assertThat(p.refundedFen()).isEqualTo(ENDORSEMENT_FEE));
        given().auth()
                .oauth2(citizen)
                .get(MINE + "/" + id)
                .then()
                .body("status", equalTo("REJECTED"))
                .body("decisionNote", equalTo("The permit number is not on file."));
    }

    @Test
    void twoClerksClaimingAtOnceOneWinsAndTheOtherIsToldWhy() throws Exception {
        String citizen = Tokens.of("citizen");
        TestMoney.fund(Tokens.subject(citizen), 10_000);
        String first = Tokens.of("service-clerk");
        String second = Tokens.of("service-clerk2");
        for (int round = 0; round < 3; round++) {
            String id = Applications.submittedEndorsement(citizen);
            CountDownLatch start = new CountDownLatch(1);
            CompletableFuture<Response> a = CompletableFuture.supplyAsync(() -> {
                await(start);
                return act(first, id, "claim", null);
            });
            CompletableFuture<Response> b = CompletableFuture.supplyAsync(() -> {
                await(start);
                return act(second, id, "claim", null);
            });
            start.countDown();
            List<Response> answers = List.of(a.get(), b.get());
            assertThat(answers).extracting(Response::statusCode).containsExactlyInAnyOrder(200, 409);
            Response won = answers.stream()
                    .filter(r -> r.statusCode() == 200)
                    .findFirst()
                    .orElseThrow();
            Response lost = answers.stream()
                    .filter(r -> r.statusCode() == 409)
                    .findFirst()
                    .orElseThrow();
            String winner = won.jsonPath().getString("assignee");
            assertThat(lost.contentType()).startsWith("application/problem+json");
            assertThat(lost.jsonPath().getString("code")).isEqualTo("claimed-by-other");
            assertThat(lost.jsonPath().getString("detail")).contains(winner);
            // the loser can neither decide nor release it
            String loser = winner.equals("service-clerk") ? second : first;
            String owner = winner.equals("service-clerk") ? first : second;
            act(loser, id, "approve", null).then().statusCode(409).body("code", equalTo("claimed-by-other"));
            act(loser, id, "release", null).then().statusCode(409);
            // approving and rejecting at once: one decision
            CountDownLatch go = new CountDownLatch(1);
            CompletableFuture<Response> approve = CompletableFuture.supplyAsync(() -> {
                await(go);
                return act(owner, id, "approve", null);
            });
            CompletableFuture<Response> reject = CompletableFuture.supplyAsync(() -> {
                await(go);
                return act(owner, id, "reject", Map.of("reason", "no"));
            });
            go.countDown();
            assertThat(List.of(approve.get().statusCode(), reject.get().statusCode()))
                    .containsExactlyInAnyOrder(200, 409);
        }
    }

    @Test
    void aClerkSeesOnlyTheirDepartmentsCases() {
        String citizen = Tokens.of("citizen");
        String clerk = Tokens.of("service-clerk");
        // an annual tax reconciliation goes to the tax service, not to the police
        String tax = Applications.draft(citizen, "TAX-002");
        Applications.answer(
                citizen, tax, Map.of("year", "2025", "annual_income", "120000", "bank_account", "6222020200112233445"));
        given().auth()
                .oauth2(citizen)
                .contentType(ContentType.JSON)
                .post(MINE + "/" + tax + "/submit")
                .then()
                .statusCode(200);
        given().auth()
                .oauth2(clerk)
                .queryParam("status", "submitted")
                .get(CASES)
                .then()
                .statusCode(200)
                .body("id", not(hasItem(tax)));
        given().auth().oauth2(clerk).get(CASES + "/" + tax).then().statusCode(404);
        act(clerk, tax, "claim", null).then().statusCode(404);
        act(clerk, tax, "reject", Map.of("reason", "not ours")).then().statusCode(404);
        // drafts are nobody's business but the citizen's
        String draft = Applications.draft(citizen, Applications.ENDORSEMENT);
        given().auth().oauth2(clerk).get(CASES + "/" + draft).then().statusCode(404);
        given().auth()
                .oauth2(clerk)
                .queryParam("status", "bogus")
                .get(CASES)
                .then()
                .statusCode(400);
    }

    @Inject
    Casework casework;

    @Inject
    CaseDocuments documents;

    @Inject
    CurrentUser user;

    @Test
    @TestSecurity(user = "clerk-without-department", roles = "service-clerk")
    void aClerkWithoutADepartmentSeesNothing() {
        // a submitted case of the police, filed straight through casework: every request of this test is the clerk's
        ManagedContext request = Arc.container().requestContext();
        request.activate();
        UUID id;
        try {
            id = casework.createDraft(user, "PSB-016").id();
            casework.saveDraft(
                    user.id(),
                    id,
                    Map.of(
                            "full_name",
                            "王芳",
                            "id_number",
                            "310101198503121236",
                            "phone",
                            "13700137000",
                            "purpose",
                            "job"),
                    null);
            documents.upload(user.id(), "test", id, "id_card", "id.png", Applications.png());
            casework.submit(user.id(), "test", id);
        } finally {
            request.terminate();
        }
        given().get(CASES).then().statusCode(200).body("size()", equalTo(0));
        given().queryParam("status", "draft").get(CASES).then().statusCode(200).body("size()", equalTo(0));
        given().get(CASES + "/" + id).then().statusCode(404);
        given().contentType(ContentType.JSON)
                .post(CASES + "/" + id + "/claim")
                .then()
                .statusCode(404);
        given().get(CASES + "/" + id + "/documents/id_card").then().statusCode(404);
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
