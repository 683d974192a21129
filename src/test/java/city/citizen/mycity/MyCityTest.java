package city.citizen.mycity;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import city.payments.TestMoney;
import city.testing.Tokens;
import city.traffic.internal.TrafficNetworks;
import city.traffic.internal.Violations;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** "My city" gathers every module's section for the signed-in citizen only, and survives a slow or broken one. */
@QuarkusTest
class MyCityTest {

    static final String MY_CITY = "/api/v1/citizen/my/city";

    @Inject
    Violations violations;

    @Inject
    TrafficNetworks networks;

    @AfterEach
    void quick() {
        SlowSection.mode = SlowSection.Mode.QUICK;
    }

    static List<String> texts(JsonPath json, String key) {
        return json.getList("sections.find { it.key == '" + key + "' }.items.text", String.class);
    }

    @Test
    void aCitizenSeesTheirWalletFinesAndMessagesAndNothingOfAnother() {
        String citizen = Tokens.of("citizen");
        String me = Tokens.subject(citizen);
        String plate = "沪G" + ThreadLocalRandom.current().nextInt(10_000, 99_999);
        given().auth()
                .oauth2(citizen)
                .contentType(ContentType.JSON)
                .body(Map.of("plate", plate))
                .post("/api/v1/parking/vehicles")
                .then()
                .statusCode(201);
        String road = networks.current().roads().get(3).id();
        Instant at = Instant.now().minus(ThreadLocalRandom.current().nextInt(1, 100_000), ChronoUnit.SECONDS);
        assertThat(violations.record(Violations.Kind.SPEEDING, plate, road, at, 80.0, 60.0, "radar R-2"))
                .isTrue();
        long balance = TestMoney.balance(me);

        JsonPath mine = given().auth()
                .oauth2(citizen)
                .header("Accept-Language", "en")
                .get(MY_CITY)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        assertThat(mine.getList("sections.key", String.class))
                .contains("applications", "wallet", "parking", "fines", "messages")
                .containsSubsequence("applications", "wallet", "parking", "fines", "messages");
        assertThat(mine.getList("sections.available", Boolean.class)).containsOnly(true);
        assertThat(texts(mine, "wallet").get(0)).isEqualTo("Balance " + city.platform.web.Yuan.format(balance));
        assertThat(texts(mine, "fines")).anyMatch(t -> t.startsWith(plate + " · speeding") && t.endsWith("unpaid"));
        // the message itself was written in the citizen's own language (their profile: Chinese)
        assertThat(texts(mine, "messages")).anyMatch(t -> t.contains("交通违法通知：" + plate));

        JsonPath theirs = given().auth()
                .oauth2(Tokens.of("citizen2"))
                .get(MY_CITY)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        assertThat(theirs.getString("sections")).doesNotContain(plate);
    }

    @Test
    @TestSecurity(user = "my-city-slow", roles = "citizen")
    void aSlowSectionIsShownUnavailableAndTheRestStillComesInTime() {
        given().get(MY_CITY).then().statusCode(200);
        SlowSection.mode = SlowSection.Mode.SLOW;
        long start = System.nanoTime();
        JsonPath json = given().get(MY_CITY).then().statusCode(200).extract().jsonPath();
        long millis = (System.nanoTime() - start) / 1_000_000;
        assertThat(millis).as("the page does not wait for the slow section").isLessThan(1_500);
        assertThat(json.getBoolean("sections.find { it.key == 'test-slow' }.available"))
                .isFalse();
        assertThat(json.getBoolean("sections.find { it.key == 'wallet' }.available"))
                .isTrue();

        SlowSection.mode = SlowSection.Mode.BROKEN;
        String page = given().cookie("lang", "zh-CN")
                .get("/citizen/my-city")
                .then()
                .statusCode(200)
                .extract()
                .asString();
        assertThat(page).contains("我的城市").contains("data-section=\"test-slow\" data-available=\"false\"");
        assertThat(page)
                .contains("data-section=\"wallet\" data-available=\"true\"")
                .contains("余额");
    }
}
