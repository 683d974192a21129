package city.payments.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import city.payments.LedgerStaysBalanced;
import city.payments.TestMoney;
import city.testing.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Merchants, citizens and staff with real tokens: request, pay, refund, settle, reconcile. */
@QuarkusTest
public class MerchantResourceTest implements LedgerStaysBalanced {

    static final String API = "/api/v1/payments";
    private static String code;

    /** The demo merchant user's shop, registered once by staff. */
    public static synchronized String merchantCode() {
        if (code != null) {
            return code;
        }
        String merchant = Tokens.of("merchant");
        var me = given().auth().oauth2(merchant).get(API + "/merchant");
        if (me.statusCode() == 200) {
            code = me.path("code");
            return code;
        }
        code = "tea-house";
        given().auth()
                .oauth2(Tokens.of("payments-admin"))
                .contentType(ContentType.JSON)
                .body(Map.of(
                        "code",
                        code,
                        "nameZh",
                        "老舍茶馆",
                        "nameEn",
                        "Laoshe Tea House",
                        "ownerId",
                        Tokens.subject(merchant)))
                .post(API + "/admin/merchants")
                .then()
                .statusCode(201);
        return code;
    }

    @Test
    void aRequestIsPaidOnceRefundedInPartAndSettledToTheBank() {
        merchantCode();
        String merchant = Tokens.of("merchant");
        String citizen = Tokens.of("citizen");
        TestMoney.fund(Tokens.subject(citizen), 10_000);
        String order = "order-" + UUID.randomUUID();
        String request = given().auth()
                .oauth2(merchant)
                .contentType(ContentType.JSON)
                .body(Map.of("amountFen", 2_600, "orderRef", order, "description", "Longjing tea"))
                .post(API + "/merchant/requests")
                .then()
                .statusCode(201)
                .body("payUrl", startsWith("http"))
                .body("status", equalTo("OPEN"))
                .extract()
                .path("id");
        given().auth()
                .oauth2(merchant)
                .contentType(ContentType.JSON)
                .body(Map.of("amountFen", 100, "orderRef", order))
                .post(API + "/merchant/requests")
                .then()
                .statusCode(409);
        String payment = given().auth()
                .oauth2(citizen)
                .contentType(ContentType.JSON)
                .header("Idempotency-Key", UUID.randomUUID().toString())
                .post(API + "/payment-requests/" + request + "/payment")
                .then()
                .statusCode(201)
                .body("amountFen", equalTo(2_600))
                .extract()
                .path("id");
        given().auth()
                .oauth2(citizen)
                .contentType(ContentType.JSON)
                .header("Idempotency-Key", UUID.randomUUID().toString())
                .post(API + "/payment-requests/" + request + "/payment")
                .then()
                .statusCode(409)
                .body("type", equalTo("https://city.example/problems/payment-state"));
        given().auth()
                .oauth2(merchant)
                .contentType(ContentType.JSON)
                .header("Idempotency-Key", UUID.randomUUID().toString())
                .body(Map.of("amountFen", 600, "reason", "one cup less"))
                .post(API + "/merchant/payments/" + payment + "/refunds")
                .then()
                .statusCode(201)
                .body("refundedTotalFen", equalTo(600));
        given().auth()
                .oauth2(merchant)
                .contentType(ContentType.JSON)
                .header("Idempotency-Key", UUID.randomUUID().toString())
                .body(Map.of("amountFen", 2_001, "reason", "too much"))
                .post(API + "/merchant/payments/" + payment + "/refunds")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("amountFen"));
        given().auth()
                .oauth2(merchant)
                .contentType(ContentType.JSON)
                .header("Idempotency-Key", UUID.randomUUID().toString())
                .post(API + "/merchant/settlements")
                .then()
                .statusCode(201);
        given().auth().oauth2(merchant).get(API + "/merchant").then().body("balanceFen", equalTo(0));
        given().auth()
                .oauth2(merchant)
                .contentType(ContentType.JSON)
                .header("Idempotency-Key", UUID.randomUUID().toString())
                .post(API + "/merchant/settlements")
                .then()
                .statusCode(409);
    }

    @Test
    void staffSeeTheBooksBalancedAndOthersCannot() {
        given().auth()
                .oauth2(Tokens.of("payments-admin"))
                .get(API + "/admin/reconciliation")
                .then()
                .statusCode(200)
                .body("balanced", equalTo(true))
                .body("sumOfBalances", equalTo(0));
        given().auth()
                .oauth2(Tokens.of("citizen"))
                .get(API + "/admin/reconciliation")
                .then()
                .statusCode(403);
        given().auth()
                .oauth2(Tokens.of("citizen"))
                .get(API + "/merchant")
                .then()
                .statusCode(403);
    }

    @Test
    void cardsSoldAtACounterAreIssuedOncePerKey() {
        String admin = Tokens.of("payments-admin");
        String key = UUID.randomUUID().toString();
        java.util.List<String> first = given().auth()
                .oauth2(admin)
                .contentType(ContentType.JSON)
                .header("Idempotency-Key", key)
                .body(Map.of("count", 2, "valueFen", 5_000))
                .post(API + "/admin/transit-cards")
                .then()
                .statusCode(201)
                .extract()
                .path("number");
        java.util.List<String> again = given().auth()
                .oauth2(admin)
                .contentType(ContentType.JSON)
                .header("Idempotency-Key", key)
                .body(Map.of("count", 2, "valueFen", 5_000))
                .post(API + "/admin/transit-cards")
                .then()
                .statusCode(201)
                .extract()
                .path("number");
        org.assertj.core.api.Assertions.assertThat(again).hasSize(2).isEqualTo(first);
        given().auth()
                .oauth2(admin)
                .contentType(ContentType.JSON)
                .body(Map.of("count", 2, "valueFen", 5_000))
                .post(API + "/admin/transit-cards")
                .then()
                .statusCode(400);
    }

    @Test
    void badInputIsAProblemAndCreatesNothing() {
        merchantCode();
        String merchant = Tokens.of("merchant");
        given().auth()
                .oauth2(merchant)
                .contentType(ContentType.JSON)
                .body(Map.of("amountFen", 0, "orderRef", "bad ref with spaces"))
                .post(API + "/merchant/requests")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors.size()", equalTo(2));
        given().auth()
                .oauth2(merchant)
                .contentType(ContentType.JSON)
                .body("{\"amountFen\": \"lots\"}")
                .post(API + "/merchant/requests")
                .then()
                .statusCode(400)
                .contentType("application/problem+json");
    }

    @Test
    void concurrentFullRefundsOfOnePaymentRefundOnceAndNeverAnswer500() throws Exception {
        merchantCode();
        String merchant = Tokens.of("merchant");
        String citizen = Tokens.of("citizen");
        TestMoney.fund(Tokens.subject(citizen), 5_000);
        String request = given().auth()
                .oauth2(merchant)
                .contentType(ContentType.JSON)
                .body(Map.of("amountFen", 1_500, "orderRef", "race-" + UUID.randomUUID()))
                .post(API + "/merchant/requests")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        String payment = given().auth()
                .oauth2(citizen)
                .contentType(ContentType.JSON)
                .header("Idempotency-Key", UUID.randomUUID().toString())
                .post(API + "/payment-requests/" + request + "/payment")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        int racers = 6;
        var start = new java.util.concurrent.CountDownLatch(1);
        var pool = java.util.concurrent.Executors.newFixedThreadPool(racers);
        java.util.List<java.util.concurrent.Future<io.restassured.response.Response>> answers =
                new java.util.ArrayList<>();
        for (int i = 0; i < racers; i++) {
            answers.add(pool.submit(() -> {
                start.await();
                return given().auth()
                        .oauth2(merchant)
                        .contentType(ContentType.JSON)
                        .header("Idempotency-Key", UUID.randomUUID().toString())
                        .body(Map.of("amountFen", 1_500, "reason", "race"))
                        .post(API + "/merchant/payments/" + payment + "/refunds");
            }));
        }
        start.countDown();
        int refunded = 0;
        for (var answer : answers) {
            var r = answer.get();
            org.assertj.core.api.Assertions.assertThat(r.statusCode())
                    .as(r.asString())
                    .isIn(201, 400, 409);
            if (r.statusCode() == 201) {
                refunded++;
            } else {
                org.assertj.core.api.Assertions.assertThat(r.contentType()).startsWith("application/problem+json");
            }
        }
        pool.shutdown();
        org.assertj.core.api.Assertions.assertThat(refunded).isEqualTo(1);
        given().auth()
                .oauth2(merchant)
                .get(API + "/merchant/payments?size=100")
                .then()
                .statusCode(200)
                .body("items.find { it.id == '" + payment + "' }.refundedFen", equalTo(1_500));
    }
}
