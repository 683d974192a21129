package city.payments.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import city.payments.LedgerStaysBalanced;
import city.payments.TestMoney;
import city.payments.internal.Wallets;
import city.payments.internal.ledger.Ledger;
import city.payments.internal.ledger.TransferRequest;
import city.payments.internal.metro.FareRules;
import city.payments.internal.metro.FareSettler;
import city.payments.internal.metro.Gantry;
import city.payments.internal.metro.MetroNetworkLoader;
import city.payments.internal.metro.TransitCardView;
import city.payments.internal.metro.TransitCards;
import city.payments.internal.paycode.PayCodes;
import city.testing.Tokens;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Gantries with real device credentials: decisions, fares, settlement into the ledger. */
@QuarkusTest
class GantryResourceTest implements LedgerStaysBalanced {

    static final String TAPS = "/api/v1/payments/metro/taps";
    static String deviceToken;

    @Inject
    TransitCards cards;

    @Inject
    FareSettler settler;

    @Inject
    Ledger ledger;

    @Inject
    Wallets wallets;

    @Inject
    MetroNetworkLoader network;

    @Inject
    Gantry gantry;

    @Inject
    PayCodes payCodes;

    @Inject
    EntityManager em;

    @BeforeEach
    void device() {
        if (deviceToken == null) {
            deviceToken = Tokens.device();
        }
    }

    static Map<String, Object> tap(UUID id, String station, String direction, String card) {
        return Map.of(
                "tapId",
                id.toString(),
                "gantryId",
                "G-" + station + "-01",
                "station",
                station,
                "direction",
                direction,
                "card",
                card,
                "tappedAt",
                Instant.now().toString());
    }

    static ValidatableResponse send(Map<String, Object> body) {
        return given().auth()
                .oauth2(deviceToken)
                .contentType(ContentType.JSON)
                .body(body)
                .post(TAPS)
                .then();
    }

    private String preloaded(long valueFen) {
        TransitCardView card = cards.issuePreloaded(1, valueFen).get(0);
        return card.number();
    }

    private long cardBalance(String number) {
        return ledger.findAccount("transit-card:" + number).orElseThrow().balance();
    }

    @Test
    void aTripIsChargedByBeijingsRuleOnTheShortestDistanceAndSettledInTheLedger() {
        String card = preloaded(5_000);
        send(tap(UUID.randomUUID(), "XZM", "IN", card)).statusCode(200).body("outcome", equalTo("OPEN"));
        int distance = network.network().distanceMeters("XZM", "GMA");
        long expected = FareRules.baseFareFen(distance);
        send(tap(UUID.randomUUID(), "GMA", "OUT", card))
                .statusCode(200)
                .body("outcome", equalTo("OPEN"))
                .body("fareFen", equalTo((int) expected))
                .body("fare.distanceMeters", equalTo(distance));
        assertThat(cardBalance(card)).isEqualTo(5_000);
        settler.settleAll();
        assertThat(cardBalance(card)).isEqualTo(5_000 - expected);
    }

    @Test
    void aResentTapGetsTheSameAnswerAndChargesOnce() {
        String card = preloaded(5_000);
        UUID in = UUID.randomUUID();
        var first = tap(in, "XZM", "IN", card);
        String trip = send(first).statusCode(200).extract().path("tripId");
        send(first).statusCode(200).body("tripId", equalTo(trip));
        UUID out = UUID.randomUUID();
        var exit = tap(out, "XZM", "OUT", card);
        send(exit).statusCode(200).body("fareFen", equalTo(300));
        send(exit).statusCode(200).body("fareFen", equalTo(300)).body("tripId", equalTo(trip));
        settler.settleAll();
        assertThat(cardBalance(card)).isEqualTo(4_700);
    }

    @Test
    void unknownBlockedAndEmptyCardsAreRefusedWithTheReason() {
        send(tap(UUID.randomUUID(), "XZM", "IN", "9999999999999"))
                .statusCode(200)
                .body("outcome", equalTo("DENY"))
                .body("reason", equalTo("UNKNOWN_CARD"));
        String poor = preloaded(200);
        send(tap(UUID.randomUUID(), "XZM", "IN", poor)).body("reason", equalTo("INSUFFICIENT_BALANCE"));
        send(tap(UUID.randomUUID(), "XZM", "OUT", preloaded(1_000))).body("reason", equalTo("NO_TAP_IN"));
        String owner = TestMoney.someone();
        TestMoney.fund(owner, 1_000);
        String linked = "1234" + (System.nanoTime() % 1_000_000_000_000L);
        cards.link(owner, linked);
        cards.block(owner, linked);
        send(tap(UUID.randomUUID(), "XZM", "IN", linked)).body("reason", equalTo("CARD_BLOCKED"));
    }

    @Test
    void aLinkedCardPaysFromTheWallet() {
        String owner = TestMoney.someone();
        TestMoney.fund(owner, 2_000);
        String linked = "5678" + (System.nanoTime() % 1_000_000_000_000L);
        cards.link(owner, linked);
        send(tap(UUID.randomUUID(), "XZM", "IN", linked)).body("outcome", equalTo("OPEN"));
        send(tap(UUID.randomUUID(), "XZM", "OUT", linked)).body("fareFen", equalTo(300));
        settler.settleAll();
        assertThat(TestMoney.balance(owner)).isEqualTo(1_700);
    }

    @Test
    void aFareTheBalanceCannotPayBlocksTheNextTapInUntilTheRiderTopsUp() {
        String card = preloaded(350);
        send(tap(UUID.randomUUID(), "XZM", "IN", card)).body("outcome", equalTo("OPEN"));
        // a long ride: more than 3.50 yuan
        send(tap(UUID.randomUUID(), "T2", "OUT", card)).body("outcome", equalTo("OPEN"));
        settler.settleAll();
        assertThat(cardBalance(card)).isEqualTo(350);
        send(tap(UUID.randomUUID(), "XZM", "IN", card)).body("reason", equalTo("UNPAID_FARES"));
        ledger.post(new TransferRequest(
                UUID.randomUUID(),
                ledger.accountId("clearing:cash"),
                ledger.accountId("transit-card:" + card),
                5_000,
                "TOPUP",
                card,
                "cash"));
        settler.settleAll();
        long fare = FareRules.baseFareFen(network.network().distanceMeters("XZM", "T2"));
        assertThat(cardBalance(card)).isEqualTo(5_350 - fare);
        send(tap(UUID.randomUUID(), "XZM", "IN", card)).body("outcome", equalTo("OPEN"));
    }

    @Test
    void anOpenTripSurvivesTheGantriesLosingTheirMemory() {
        String card = preloaded(5_000);
        send(tap(UUID.randomUUID(), "XZM", "IN", card)).body("outcome", equalTo("OPEN"));
        gantry.forgetEverything();
        send(tap(UUID.randomUUID(), "XZM", "OUT", card))
                .body("outcome", equalTo("OPEN"))
                .body("fareFen", equalTo(300));
        settler.settleAll();
        assertThat(cardBalance(card)).isEqualTo(4_700);
    }

    @Test
    void aPayCodeOpensTheGateOnceAndPaysFromTheWallet() {
        String rider = TestMoney.someone();
        TestMoney.fund(rider, 1_000);
        String code = payCodes.issue(Wallets.codeOf(rider)).code();
        var in = Map.<String, Object>of(
                "tapId",
                UUID.randomUUID().toString(),
                "gantryId",
                "G-XZM-02",
                "station",
                "XZM",
                "direction",
                "IN",
                "payCode",
                code,
                "tappedAt",
                Instant.now().toString());
        send(in).body("outcome", equalTo("OPEN"));
        var replay = new java.util.HashMap<>(in);
        replay.put("tapId", UUID.randomUUID().toString());
        send(replay).body("outcome", equalTo("DENY")).body("reason", equalTo("PAY_CODE_REFUSED"));
        var out = new java.util.HashMap<>(in);
        out.put("tapId", UUID.randomUUID().toString());
        out.put("direction", "OUT");
        out.put("payCode", payCodes.issue(Wallets.codeOf(rider)).code());
        send(out).body("outcome", equalTo("OPEN")).body("fareFen", equalTo(300));
        settler.settleAll();
        assertThat(TestMoney.balance(rider)).isEqualTo(700);
    }

    @Test
    void badTapsAreProblemsAndStoreNothing() {
        UUID id = UUID.randomUUID();
        given().auth()
                .oauth2(deviceToken)
                .contentType(ContentType.JSON)
                .body(tap(id, "NOWHERE", "IN", "1000000000000001"))
                .post(TAPS)
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", hasItem("station"));
        given().auth()
                .oauth2(deviceToken)
                .contentType(ContentType.JSON)
                .body(Map.of("tapId", id.toString(), "station", "XZM"))
                .post(TAPS)
                .then()
                .statusCode(400)
                .body("errors.field", hasItem("direction"));
        long stored = QuarkusTransaction.requiringNew()
                .call(() -> ((Number) em.createNativeQuery("select count(*) from payments.tap where id = ?1")
                                .setParameter(1, id)
                                .getSingleResult())
                        .longValue());
        assertThat(stored).isZero();
    }

    @Test
    void aStationComputerReportsSeveralGatesAtOnceInOrder() {
        String a = preloaded(5_000);
        String b = preloaded(5_000);
        var batch = java.util.List.of(
                tap(UUID.randomUUID(), "XZM", "IN", a),
                tap(UUID.randomUUID(), "XZM", "IN", b),
                tap(UUID.randomUUID(), "XZM", "OUT", a));
        given().auth()
                .oauth2(deviceToken)
                .contentType(ContentType.JSON)
                .body(batch)
                .post(TAPS + "/batch")
                .then()
                .statusCode(200)
                .body("outcome", org.hamcrest.Matchers.contains("OPEN", "OPEN", "OPEN"))
                .body("[2].fareFen", equalTo(300));
        UUID bad = UUID.randomUUID();
        given().auth()
                .oauth2(deviceToken)
                .contentType(ContentType.JSON)
                .body(java.util.List.of(tap(UUID.randomUUID(), "XZM", "OUT", b), tap(bad, "NOWHERE", "IN", a)))
                .post(TAPS + "/batch")
                .then()
                .statusCode(400)
                .contentType("application/problem+json");
        settler.settleAll();
        assertThat(cardBalance(a)).isEqualTo(4_700);
        assertThat(cardBalance(b)).isEqualTo(5_000);
    }

    @Test
    void onlyDevicesMayReportTaps() {
        var body = tap(UUID.randomUUID(), "XZM", "IN", "1000000000000001");
        given().contentType(ContentType.JSON).body(body).post(TAPS).then().statusCode(401);
        given().auth()
                .oauth2(Tokens.of("citizen"))
                .contentType(ContentType.JSON)
                .body(body)
                .post(TAPS)
                .then()
                .statusCode(403);
    }
}
