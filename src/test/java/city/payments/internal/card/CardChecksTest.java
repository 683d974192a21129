package city.payments.internal.card;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import city.payments.internal.card.CardRejected.Reason;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

class CardChecksTest {

    /** 1 December 2026, 00:30 in Shanghai, while it is still November in UTC. */
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-30T16:30:00Z"), ZoneOffset.UTC);

    @Test
    void shouldStripSpacesAndAcceptALuhnValidNumber() {
        CardChecks.CheckedCard card = CardChecks.check(visa("4242 4242 4242 4242"), CLOCK);

        assertThat(card.digits()).isEqualTo("4242424242424242");
        assertThat(card.last4()).isEqualTo("4242");
        assertThat(card.brand()).isEqualTo(CardBrand.VISA);
        assertThat(card.toString()).doesNotContain("4242424242424242", "123");
    }

    @Test
    void shouldRejectNumbersThatFailTheLuhnCheckOrTheLength() {
        for (String number : new String[] {
            "4242 4242 4242 4241", // wrong check digit
            "42424242420", // 11 digits, Luhn-valid
            "42424242424242424242", // 20 digits
            "4242-4242-4242-4242",
            "4242 4242 4242 424a",
            "",
            null
        }) {
            assertRejected(() -> CardChecks.check(visa(number), CLOCK), Reason.INVALID_NUMBER);
        }
        assertThat(CardChecks.digits("4242 4242 4242")).hasSize(12); // 12 digits, Luhn-valid
    }

    @Test
    void shouldTellTheBrandFromTheNumberPrefix() {
        assertThat(CardBrand.of("4242424242424242")).isEqualTo(CardBrand.VISA);
        assertThat(CardBrand.of("5555555555554444")).isEqualTo(CardBrand.MASTERCARD);
        assertThat(CardBrand.of("2223003122003222")).isEqualTo(CardBrand.MASTERCARD);
        assertThat(CardBrand.of("6200000000000005")).isEqualTo(CardBrand.UNIONPAY);
        assertThat(CardBrand.of("378282246310005")).isEqualTo(CardBrand.AMEX);
        assertThat(CardBrand.of("341111111111111")).isEqualTo(CardBrand.AMEX);
        assertThat(CardBrand.of("6011111111111117")).isEqualTo(CardBrand.OTHER);
        assertThat(CardBrand.of("3530111333300000")).isEqualTo(CardBrand.OTHER);
        assertThat(CardBrand.of("2720990000000007")).isEqualTo(CardBrand.MASTERCARD);
        assertThat(CardBrand.of("2721000000000004")).isEqualTo(CardBrand.OTHER);
    }

    @Test
    void shouldRejectACardWhoseExpiryMonthHasEndedInShanghai() {
        assertRejected(() -> CardChecks.check(card("4242424242424242", 11, 2026, "123"), CLOCK), Reason.EXPIRED);
        assertRejected(() -> CardChecks.check(card("4242424242424242", 12, 2025, "123"), CLOCK), Reason.EXPIRED);

        assertThat(CardChecks.check(card("4242424242424242", 12, 2026, "123"), CLOCK)
                        .expYear())
                .isEqualTo(2026);
    }

    @Test
    void shouldAcceptACardThroughTheLastDayOfItsMonth() {
        Clock lastDay = Clock.fixed(Instant.parse("2026-11-30T15:59:59Z"), ZoneOffset.UTC);

        assertThat(CardChecks.check(card("4242424242424242", 11, 2026, "123"), lastDay)
                        .expMonth())
                .isEqualTo(11);
    }

    @Test
    void shouldReadATwoDigitYearAsThisCenturyAndRejectImpossibleMonths() {
        assertThat(CardChecks.check(card("4242424242424242", 3, 30, "123"), CLOCK)
                        .expYear())
                .isEqualTo(2030);
        assertRejected(() -> CardChecks.check(card("4242424242424242", 13, 2030, "123"), CLOCK), Reason.EXPIRED);
        assertRejected(() -> CardChecks.check(card("4242424242424242", 0, 2030, "123"), CLOCK), Reason.EXPIRED);
    }

    @Test
    void shouldWantThreeCvvDigitsAndFourOnAmericanExpress() {
        assertRejected(() -> CardChecks.check(card("4242424242424242", 12, 2030, "12"), CLOCK), Reason.INVALID_CVV);
        assertRejected(() -> CardChecks.check(card("4242424242424242", 12, 2030, "1234"), CLOCK), Reason.INVALID_CVV);
        assertRejected(() -> CardChecks.check(card("4242424242424242", 12, 2030, null), CLOCK), Reason.INVALID_CVV);
        assertRejected(() -> CardChecks.check(card("378282246310005", 12, 2030, "123"), CLOCK), Reason.INVALID_CVV);

        assertThat(CardChecks.check(card("378282246310005", 12, 2030, "1234"), CLOCK)
                        .brand())
                .isEqualTo(CardBrand.AMEX);
    }

    @Test
    void shouldNeverPrintTheNumberOrCvvOfCardDetails() {
        CardDetails details = card("4242 4242 4242 4242", 12, 2030, "987");

        assertThat(details.toString()).contains("****4242").doesNotContain("4242 4242", "424242", "987");
    }

    @Test
    void shouldRefuseChargesWithoutAnAmountOrAProperIdempotencyKey() {
        assertThatThrownBy(() -> CardChecks.checkCharge("tok", 0, "key")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> CardChecks.checkCharge("tok", 100, " ")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> CardChecks.checkCharge("tok", 100, "k".repeat(256)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> CardChecks.checkCharge("", 100, "key")).isInstanceOf(IllegalArgumentException.class);
        CardChecks.checkCharge("tok", 1, "k".repeat(255));
    }

    static CardDetails visa(String number) {
        return card(number, 12, 2030, "123");
    }

    static CardDetails card(String number, int month, int year, String cvv) {
        return new CardDetails(number, month, year, cvv, "LI LEI");
    }

    static void assertRejected(ThrowingCallable call, Reason reason) {
        assertThatThrownBy(call)
                .isInstanceOf(CardRejected.class)
                .extracting(e -> ((CardRejected) e).reason())
                .isEqualTo(reason);
    }
}
