package city.payments.internal.card;

import static city.payments.internal.card.CardChecksTest.assertRejected;
import static city.payments.internal.card.CardChecksTest.visa;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import city.payments.internal.card.CardRejected.Reason;
import city.payments.internal.card.GatewayResult.Outcome;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class SandboxCardGatewayTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-29T08:00:00Z"), ZoneOffset.UTC);

    private final SandboxCardGateway gateway = new SandboxCardGateway(CLOCK);

    @Test
    void shouldBehaveAsDocumentedForEveryTestCard() {
        assertThat(SandboxCardGateway.TEST_CARDS).hasSize(5);
        int n = 0;
        for (SandboxCardGateway.TestCard testCard : SandboxCardGateway.TEST_CARDS) {
            TokenisedCard card = gateway.tokenise(visa(testCard.number()));

            assertThat(card.token()).startsWith("tok_sandbox_");
            assertThat(card.brand()).isEqualTo(testCard.brand());
            assertThat(card.last4())
                    .isEqualTo(testCard.number().substring(testCard.number().length() - 4));
            assertThat(card.expMonth()).isEqualTo(12);
            assertThat(card.expYear()).isEqualTo(2030);
            GatewayResult result = gateway.charge(card.token(), 500, "charge-" + n++);
            assertThat(result.outcome()).as(testCard.number()).isEqualTo(testCard.outcome());
            assertThat(result.reference()).startsWith("ch_sandbox_");
            assertThat(result.message()).isNotBlank();
        }
    }

    @Test
    void shouldLetAnyOtherLuhnValidNumberSucceed() {
        TokenisedCard card = gateway.tokenise(visa("4111 1111 1111 1111"));

        assertThat(gateway.charge(card.token(), 100, "k").outcome()).isEqualTo(Outcome.SUCCEEDED);
    }

    @Test
    void shouldCheckTheCardBeforeTokenising() {
        assertRejected(() -> gateway.tokenise(visa("4242 4242 4242 4241")), Reason.INVALID_NUMBER);
        assertRejected(
                () -> gateway.tokenise(new CardDetails("4242424242424242", 1, 2020, "123", "LI LEI")), Reason.EXPIRED);
    }

    @Test
    void shouldKeepADecliningCardDecliningAfterARestart() {
        TokenisedCard card = gateway.tokenise(visa("4000 0000 0000 0002"));

        SandboxCardGateway restarted = new SandboxCardGateway(CLOCK);

        assertThat(restarted.charge(card.token(), 100, "after-restart").outcome())
                .isEqualTo(Outcome.DECLINED);
        TokenisedCard failing = gateway.tokenise(visa("4000 0000 0000 0119"));
        assertThat(restarted.charge(failing.token(), 100, "failing").outcome()).isEqualTo(Outcome.FAILED);
    }

    @Test
    void shouldReturnTheSameResultAndReferenceForTheSameIdempotencyKey() {
        String token = gateway.tokenise(visa("4242 4242 4242 4242")).token();

        GatewayResult first = gateway.charge(token, 1_000, "transfer-1");
        GatewayResult again = gateway.charge(token, 1_000, "transfer-1");
        GatewayResult other = gateway.charge(token, 1_000, "transfer-2");

        assertThat(again).isEqualTo(first);
        assertThat(other.reference()).isNotEqualTo(first.reference());
    }

    @Test
    void shouldRefuseAnIdempotencyKeyReusedForADifferentCharge() {
        String token = gateway.tokenise(visa("4242 4242 4242 4242")).token();
        gateway.charge(token, 1_000, "transfer-1");

        assertThatThrownBy(() -> gateway.charge(token, 2_000, "transfer-1"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("transfer-1");
    }

    @Test
    void shouldDeclineATokenItNeverIssued() {
        assertThat(gateway.charge("tok_somewhere_else", 100, "k").outcome()).isEqualTo(Outcome.DECLINED);
        assertThat(gateway.charge("tok_sandbox_", 100, "k2").outcome()).isEqualTo(Outcome.DECLINED);
    }
}
