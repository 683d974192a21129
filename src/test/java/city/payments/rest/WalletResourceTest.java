package city.payments.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import city.payments.LedgerStaysBalanced;
import city.payments.TestMoney;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** A citizen's wallet through the JSON API: cards, top-ups, statements, paying a merchant's code. */
@QuarkusTest
class WalletResourceTest implements LedgerStaysBalanced {

    static final String API = "/api/v1/payments";

    @Inject
    EntityManager em;

    static Map<String, Object> card(String number) {
        return Map.of("number", number, "expMonth", 12, "expYear", 2031, "cvv", "123", "holderName", "Zhang Wei");
    }

    static String addCard(String number) {
        return given().contentType(ContentType.JSON)
                .body(card(number))
                .post(API + "/cards")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }

    static ValidatableResponse topUp(String cardId, long fen, String key) {
        var request = given().contentType(ContentType.JSON).body(Map.of("cardId", cardId, "amountFen", fen));
        if (key != null) {
            request = request.header("Idempotency-Key", key);
        }
        return request.post(API + "/wallet/top-ups").then();
    }

    @Test
    @TestSecurity(user = "wallet-card-keeper", roles = "citizen")
    void aLinkedCardKeepsOnlyTokenBrandLastFourAndExpiry() {
        given().contentType(ContentType.JSON)
                .body(card("4242 4242 4242 4242"))
                .post(API + "/cards")
                .then()
                .statusCode(201)
                .body("brand", equalTo("VISA"))
                .body("last4", equalTo("4242"))
                .body(not(containsString("4242424242424242")));
        List<?> stored = QuarkusTransaction.requiringNew()
                .call(() -> em.createNativeQuery(
                                "select row_to_json(c)::text from payments.bank_card c where owner_id = 'wallet-card-keeper'")
                        .getResultList());
        assertThat(stored).hasSize(1);
        assertThat(stored.get(0).toString()).doesNotContain("4242424242424242").doesNotContain("\"123\"");
        given().get(API + "/cards").then().statusCode(200).body("last4", hasItem("4242"));
    }

    @Test
    @TestSecurity(user = "wallet-bad-card", roles = "citizen")
    void badCardsAreRefusedNamingTheField() {
        given().contentType(ContentType.JSON)
                .body(card("4242 4242 4242 4241"))
                .post(API + "/cards")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", hasItem("number"));
        var expired = Map.of("number", "4242424242424242", "expMonth", 1, "expYear", 2020, "cvv", "123");
        given().contentType(ContentType.JSON)
                .body(expired)
                .post(API + "/cards")
                .then()
                .statusCode(400)
                .body("errors.field", hasItem("expiry"));
        given().get(API + "/cards").then().statusCode(200).body("size()", equalTo(0));
    }

    @Test
    @TestSecurity(user = "wallet-top-up", roles = "citizen")
    void aTopUpRetriedWithTheSameKeyChargesTheCardOnce() {
        String cardId = addCard("5555555555554444");
        String key = UUID.randomUUID().toString();
        String transfer = topUp(cardId, 10_000, key)
                .statusCode(201)
                .body("balanceFen", equalTo(10_000))
                .extract()
                .path("transferId");
        topUp(cardId, 10_000, key).statusCode(201).body("transferId", equalTo(transfer));
        topUp(cardId, 20_000, key)
                .statusCode(409)
                .contentType("application/problem+json")
                .body("type", equalTo("https://city.example/problems/idempotency-key-reused"));
        topUp(cardId, 10_000, null).statusCode(400).body("errors.field", hasItem("Idempotency-Key"));
        topUp(cardId, 50, UUID.randomUUID().toString()).statusCode(400).body("errors.field", hasItem("amountFen"));
        given().get(API + "/wallet").then().statusCode(200).body("balanceFen", equalTo(10_000));
    }

    @Test
    @TestSecurity(user = "wallet-declined", roles = "citizen")
    void aDeclinedOrFailedCardMovesNoMoney() {
        String declining = addCard("4000000000000002");
        topUp(declining, 10_000, UUID.randomUUID().toString())
                .statusCode(402)
                .body("type", equalTo("https://city.example/problems/card-declined"));
        String failing = addCard("4000000000000119");
        String key = UUID.randomUUID().toString();
        topUp(failing, 10_000, key).statusCode(502);
        given().get(API + "/wallet").then().body("balanceFen", equalTo(0));
    }

    @Test
    @TestSecurity(user = "wallet-statement", roles = "citizen")
    void theStatementListsTopUpsAndPaymentsAndExportsToCsv() {
        String cardId = addCard("6200000000000005");
        topUp(cardId, 5_000, UUID.randomUUID().toString()).statusCode(201);
        TestMoney.fund("wallet-statement", 1_000);
        given().get(API + "/wallet/statement?size=1")
                .then()
                .statusCode(200)
                .body("items.size()", equalTo(1))
                .body("items[0].amountFen", equalTo(1_000))
                .body("next", not(equalTo(null)));
        given().get(API + "/wallet/statement?direction=in&code=topup")
                .then()
                .statusCode(200)
                .body("items.size()", equalTo(2));
        given().get(API + "/wallet/statement?direction=sideways").then().statusCode(400);
        String csv = given().get(API + "/wallet/statement.csv")
                .then()
                .statusCode(200)
                .contentType(containsString("text/csv"))
                .extract()
                .asString();
        assertThat(csv).contains("time,type,kind,amountYuan").contains("50.00").contains("10.00");
    }

    @Test
    @TestSecurity(user = "wallet-merchant-code", roles = "citizen")
    void paysAMerchantsPrintedCodeOncePerKey() {
        TestMoney.fund("wallet-merchant-code", 2_000);
        String key = UUID.randomUUID().toString();
        var body = Map.of("merchant", MerchantResourceTest.merchantCode(), "amountFen", 800, "note", "noodles");
        for (int i = 0; i < 3; i++) {
            given().contentType(ContentType.JSON)
                    .header("Idempotency-Key", key)
                    .body(body)
                    .post(API + "/payments")
                    .then()
                    .statusCode(201)
                    .body("status", equalTo("COMPLETED"));
        }
        given().get(API + "/wallet").then().body("balanceFen", equalTo(1_200));
        given().contentType(ContentType.JSON)
                .header("Idempotency-Key", UUID.randomUUID().toString())
                .body(Map.of("merchant", "no-such-shop", "amountFen", 100))
                .post(API + "/payments")
                .then()
                .statusCode(404);
        given().contentType(ContentType.JSON)
                .header("Idempotency-Key", UUID.randomUUID().toString())
                .body(Map.of("merchant", MerchantResourceTest.merchantCode(), "amountFen", 5_000))
                .post(API + "/payments")
                .then()
                .statusCode(402)
                .body("type", equalTo("https://city.example/problems/insufficient-funds"));
        given().get(API + "/wallet").then().body("balanceFen", equalTo(1_200));
        given().get(API + "/payments").then().statusCode(200).body("totalItems", equalTo(1));
    }
}
