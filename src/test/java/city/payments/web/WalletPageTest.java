package city.payments.web;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;

import city.payments.LedgerStaysBalanced;
import city.payments.TestMoney;
import city.payments.internal.BankCardView;
import city.payments.internal.CardService;
import city.payments.internal.card.CardDetails;
import city.testing.PageForm;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import jakarta.inject.Inject;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The wallet page: balances in both languages, linking cards, top-ups and the statement. */
@QuarkusTest
class WalletPageTest implements LedgerStaysBalanced {

    private static final String NEXT_YEAR = Integer.toString(LocalDate.now().getYear() + 2);

    @Inject
    CardService cards;

    private BankCardView linkCard(String subject) {
        return cards.add(subject, new CardDetails("4242 4242 4242 4242", 12, Integer.parseInt(NEXT_YEAR), "123", null));
    }

    @Test
    @TestSecurity(user = "wallet-page-reader", roles = "citizen")
    void shouldShowTheBalanceInChineseAndInEnglish() {
        TestMoney.fund("wallet-page-reader", 12_345);
        given().get("/wallet")
                .then()
                .statusCode(200)
                .header("Cache-Control", "no-store")
                .body(containsString("<html lang=\"zh-CN\">"))
                .body(containsString("余额"))
                .body(containsString("data-testid=\"balance\">¥123.45<"))
                .body(containsString("data-testid=\"available\">¥123.45<"))
                .body(containsString("data-testid=\"held\">¥0.00<"))
                .body(containsString("cash top-up"));
        given().cookie("lang", "en")
                .get("/wallet")
                .then()
                .statusCode(200)
                .body(containsString("<html lang=\"en\">"))
                .body(containsString("Balance"))
                .body(containsString("data-testid=\"balance\">¥123.45<"))
                .body(containsString("Cash top-up clearing"));
    }

    @Test
    @TestSecurity(user = "wallet-page-bad-amount", roles = "citizen")
    void shouldKeepTheTypedAmountAndMoveNoMoneyWhenTheTopUpAmountIsBad() {
        BankCardView card = linkCard("wallet-page-bad-amount");
        long before = TestMoney.balance("wallet-page-bad-amount");
        PageForm page = PageForm.get("/wallet");
        String key = page.hidden("key");
        for (String typed : new String[] {"12.345", "abc", "0.50", "999999"}) {
            page.post()
                    .formParam("cardId", card.id().toString())
                    .formParam("amount", typed)
                    .formParam("key", key)
                    .post("/wallet/top-ups")
                    .then()
                    .statusCode(400)
                    .body(containsString("value=\"" + typed + "\""))
                    .body(containsString("data-testid=\"amount-error\""))
                    .body(containsString("data-testid=\"topup-errors\""));
        }
        assertThat(TestMoney.balance("wallet-page-bad-amount")).isEqualTo(before);
    }

    @Test
    @TestSecurity(user = "wallet-page-top-up", roles = "citizen")
    void shouldChargeTheCardOnceWhenTheSameTopUpFormIsSentTwice() {
        PageForm first = PageForm.get("/wallet");
        first.post()
                .formParam("number", "4242 4242 4242 4242")
                .formParam("expMonth", "08")
                .formParam("expYear", NEXT_YEAR)
                .formParam("cvv", "123")
                .post("/wallet/cards")
                .then()
                .statusCode(303);
        PageForm page = PageForm.get("/wallet");
        assertThat(page.body()).contains("4242").contains("data-testid=\"cards\"");
        String cardId = cards.cards("wallet-page-top-up").get(0).id().toString();
        String key = page.hidden("key");
        for (int i = 0; i < 2; i++) {
            page.post()
                    .formParam("cardId", cardId)
                    .formParam("amount", "12.50")
                    .formParam("key", key)
                    .post("/wallet/top-ups")
                    .then()
                    .statusCode(303)
                    .header("Location", containsString("/wallet?done=topup&fen=1250"));
        }
        assertThat(TestMoney.balance("wallet-page-top-up")).isEqualTo(1250);
        given().get("/wallet?done=topup&fen=1250")
                .then()
                .statusCode(200)
                .body(containsString("充值成功：¥12.50"))
                .body(matchesPattern("(?s).*<option value=\"[^\"]+\" selected>Visa\\s+•••• 4242</option>.*"));
    }

    @Test
    @TestSecurity(user = "wallet-page-bad-card", roles = "citizen")
    void shouldShowTheCardErrorKeepTheOtherFieldsAndForgetTheCvv() {
        PageForm page = PageForm.get("/wallet");
        String body = page.post()
                .formParam("number", "4242 4242 4242 4241")
                .formParam("expMonth", "11")
                .formParam("expYear", NEXT_YEAR)
                .formParam("cvv", "987")
                .formParam("holderName", "张小明")
                .post("/wallet/cards")
                .then()
                .statusCode(400)
                .header("Cache-Control", "no-store")
                .body(containsString("data-testid=\"number-error\""))
                .body(containsString("卡号无效"))
                .body(containsString("value=\"张小明\""))
                .body(containsString("<option value=\"11\" selected>"))
                .body(containsString("<option value=\"" + NEXT_YEAR + "\" selected>"))
                .body(containsString("name=\"cvv\" value=\"\""))
                .body(not(containsString("value=\"987\"")))
                .extract()
                .asString();
        // the number stays in its field to be corrected, and nowhere else
        assertThat(body.split("4242 4242 4242 4241", -1)).hasSize(2);
        assertThat(cards.cards("wallet-page-bad-card")).isEmpty();
    }

    @Test
    @TestSecurity(user = "wallet-page-statement", roles = "citizen")
    void shouldFilterTheStatementAndDownloadItAsCsv() {
        TestMoney.fund("wallet-page-statement", 700);
        given().get("/wallet?direction=out")
                .then()
                .statusCode(200)
                .body(containsString("data-testid=\"statement-empty\""));
        given().get("/wallet?direction=in")
                .then()
                .statusCode(200)
                .body(containsString("+¥7.00"))
                .body(containsString("href=\"/wallet/statement.csv?direction=in\""));
        given().get("/wallet?from=2026-13-01")
                .then()
                .statusCode(400)
                .body(containsString("data-testid=\"from-error\""))
                .body(containsString("value=\"2026-13-01\""));
        String csv = given().get("/wallet/statement.csv?direction=in")
                .then()
                .statusCode(200)
                .contentType(containsString("text/csv"))
                .header("Content-Disposition", containsString("attachment"))
                .extract()
                .asString();
        assertThat(csv).contains("TOPUP").contains("7.00");
    }

    @Test
    @TestSecurity(user = "wallet-page-csrf", roles = "citizen")
    void shouldRefuseATopUpWithoutTheCsrfToken() {
        BankCardView card = linkCard("wallet-page-csrf");
        int status = given().contentType(PageForm.FORM_UTF8)
                .formParam("cardId", card.id().toString())
                .formParam("amount", "10")
                .formParam("key", "no-csrf")
                .post("/wallet/top-ups")
                .statusCode();
        assertThat(status).isBetween(400, 403);
        assertThat(TestMoney.balance("wallet-page-csrf")).isZero();
    }
}
