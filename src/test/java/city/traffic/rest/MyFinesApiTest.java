package city.traffic.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;

import city.payments.TestMoney;
import city.payments.api.Payments;
import city.testing.PageForm;
import city.testing.Tokens;
import city.traffic.internal.TrafficNetworks;
import city.traffic.internal.Violations;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;

/** A driver sees the violations of their own plates only, and pays each fine once, whatever the races. */
@QuarkusTest
class MyFinesApiTest {

    static final String MINE = "/api/v1/traffic/my/violations";

    @Inject
    Violations violations;

    @Inject
    TrafficNetworks networks;

    @Inject
    Payments payments;

    static String plate() {
        return "沪F" + ThreadLocalRandom.current().nextInt(10_000, 99_999);
    }

    static void register(String token, String plate) {
        given().auth()
                .oauth2(token)
                .contentType(ContentType.JSON)
                .body(Map.of("plate", plate))
                .post("/api/v1/parking/vehicles")
                .then()
                .statusCode(201);
    }

    UUID redLight(String plate) {
        String road = networks.current().roads().get(7).id();
        Instant at = Instant.now().minus(ThreadLocalRandom.current().nextInt(1, 100_000), ChronoUnit.SECONDS);
        assertThat(violations.record(Violations.Kind.RED_LIGHT, plate, road, at, null, null, "camera C-7, frame 1182"))
                .isTrue();
        return violations.find(plate, 10).get(0).id();
    }

    @Test
    void aDriverSeesOnlyTheirPlatesAndPaysOnceUnderRaces() throws Exception {
        String citizen = Tokens.of("citizen");
        String other = Tokens.of("citizen2");
        String plate = plate();
        register(citizen, plate);
        UUID id = redLight(plate);
        String me = Tokens.subject(citizen);
        TestMoney.fund(me, 100_000);
        long before = TestMoney.balance(me);

        given().auth()
                .oauth2(citizen)
                .get(MINE + "/" + id)
                .then()
                .statusCode(200)
                .body("plate", equalTo(plate))
                .body("fineFen", equalTo(20000))
                .body("evidence", equalTo("camera C-7, frame 1182"))
                .body("paid", equalTo(false));
        // the plate's owner was told, in their inbox, and nobody else
        List<String> told = given().auth()
                .oauth2(citizen)
                .get("/api/v1/citizen/my/notifications?size=100")
                .jsonPath()
                .getList("messages.items.findAll { it.kind == 'TRAFFIC_FINE' }.subject");
        assertThat(told).filteredOn(subject -> subject.contains(plate)).hasSize(1);
        assertThat(given().auth()
                        .oauth2(other)
                        .get("/api/v1/citizen/my/notifications?size=100")
                        .jsonPath()
                        .getList("messages.items.subject", String.class))
                .noneMatch(subject -> subject.contains(plate));

        // another citizen neither sees nor pays it
        given().auth().oauth2(other).get(MINE + "/" + id).then().statusCode(404);
        assertThat(given().auth().oauth2(other).get(MINE).jsonPath().getList("id"))
                .doesNotContain(id.toString());
        given().auth()
                .oauth2(other)
                .header("Idempotency-Key", UUID.randomUUID().toString())
                .contentType(ContentType.JSON)
                .post(MINE + "/" + id + "/payment")
                .then()
                .statusCode(404);

        // six payments at once, each with its own key: one pays, the others are told it is paid
        var pool = Executors.newFixedThreadPool(6);
        List<Future<Integer>> answers = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            Callable<Integer> pay = () -> given().auth()
                    .oauth2(citizen)
                    .header("Idempotency-Key", UUID.randomUUID().toString())
                    .contentType(ContentType.JSON)
                    .post(MINE + "/" + id + "/payment")
                    .statusCode();
            answers.add(pool.submit(pay));
        }
        List<Integer> statuses = new ArrayList<>();
        for (Future<Integer> f : answers) {
            statuses.add(f.get());
        }
        pool.shutdown();
        assertThat(statuses).filteredOn(s -> s == 200).hasSize(1);
        assertThat(statuses).filteredOn(s -> s == 409).hasSize(5);
        assertThat(TestMoney.balance(me)).isEqualTo(before - 20_000);
        assertThat(payments.findByReference("traffic-fine", id.toString())).hasSize(1);
        // and got one receipt for the one payment
        org.awaitility.Awaitility.await()
                .atMost(java.time.Duration.ofSeconds(10))
                .until(() -> given()
                        .auth()
                        .oauth2(citizen)
                        .get("/api/v1/citizen/my/notifications?size=100")
                        .jsonPath()
                        .getList("messages.items.findAll { it.kind == 'PAYMENT_RECEIPT' }.body", String.class)
                        .stream()
                        .anyMatch(body -> body.contains(id.toString())));

        // a later attempt is refused with a problem and charges nothing
        given().auth()
                .oauth2(citizen)
                .header("Idempotency-Key", UUID.randomUUID().toString())
                .contentType(ContentType.JSON)
                .post(MINE + "/" + id + "/payment")
                .then()
                .statusCode(409)
                .contentType("application/problem+json")
                .body("type", equalTo("https://city.example/problems/fine-already-paid"));
        assertThat(TestMoney.balance(me)).isEqualTo(before - 20_000);

        // the police see it paid
        given().auth()
                .oauth2(Tokens.of("police"))
                .queryParam("plate", plate)
                .get("/api/v1/traffic/violations")
                .then()
                .statusCode(200)
                .body("[0].paid", equalTo(true))
                .body("[0].paidAt", notNullValue());
    }

    @Test
    @TestSecurity(user = "fines-short-wallet", roles = "citizen")
    void aShortWalletPaysNothingAndAFreshKeyPaysAfterATopUp() {
        String plate = plate();
        vehicles().register("fines-short-wallet", plate);
        UUID id = redLight(plate);
        given().header("Idempotency-Key", UUID.randomUUID().toString())
                .contentType(ContentType.JSON)
                .post(MINE + "/" + id + "/payment")
                .then()
                .statusCode(402)
                .contentType("application/problem+json");
        given().get(MINE + "/" + id).then().statusCode(200).body("paid", equalTo(false));
        assertThat(TestMoney.balance("fines-short-wallet")).isZero();
        TestMoney.fund("fines-short-wallet", 20_000);
        given().header("Idempotency-Key", UUID.randomUUID().toString())
                .contentType(ContentType.JSON)
                .post(MINE + "/" + id + "/payment")
                .then()
                .statusCode(200)
                .body("paid", equalTo(true));
        assertThat(TestMoney.balance("fines-short-wallet")).isZero();
    }

    static city.parking.internal.Vehicles vehicles() {
        return jakarta.enterprise
                .inject
                .spi
                .CDI
                .current()
                .select(city.parking.internal.Vehicles.class)
                .get();
    }

    @Test
    void payingNeedsAKey() {
        String citizen = Tokens.of("citizen");
        String plate = plate();
        register(citizen, plate);
        UUID id = redLight(plate);
        given().auth()
                .oauth2(citizen)
                .contentType(ContentType.JSON)
                .post(MINE + "/" + id + "/payment")
                .then()
                .statusCode(400)
                .contentType("application/problem+json");
        given().auth().oauth2(citizen).get(MINE + "/" + id).then().body("paid", equalTo(false));
    }

    @Test
    @TestSecurity(user = "fines-page-driver", roles = "citizen")
    void thePageListsTheFineAndItsFormPaysIt() {
        String plate = plate();
        vehicles().register("fines-page-driver", plate);
        UUID id = redLight(plate);
        TestMoney.fund("fines-page-driver", 30_000);
        PageForm page = PageForm.get("/traffic/fines", "en");
        assertThat(page.body()).contains(plate).contains("Running a red light").contains("camera C-7, frame 1182");
        page.post()
                .formParam("attemptKey", page.hidden("attemptKey"))
                .post("/traffic/fines/" + id + "/pay")
                .then()
                .statusCode(303);
        String after = given().cookie("lang", "zh-CN")
                .get("/traffic/fines?done=paid")
                .then()
                .statusCode(200)
                .extract()
                .asString();
        assertThat(after).contains("罚款已缴纳").contains("已缴").doesNotContain("name=\"attemptKey\"");
        assertThat(TestMoney.balance("fines-page-driver")).isEqualTo(10_000);
    }
}
