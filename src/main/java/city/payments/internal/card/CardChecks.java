package city.payments.internal.card;

import city.payments.internal.card.CardRejected.Reason;
import city.platform.time.ClockProducer;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import org.apache.commons.validator.routines.checkdigit.CheckDigit;
import org.apache.commons.validator.routines.checkdigit.LuhnCheckDigit;

/** What a card must pass before any gateway sees it, so that typing mistakes never cost a gateway call. */
public final class CardChecks {

    private static final CheckDigit LUHN = LuhnCheckDigit.LUHN_CHECK_DIGIT;

    /** Longest idempotency key a gateway keeps (Stripe's limit). */
    static final int MAX_IDEMPOTENCY_KEY_LENGTH = 255;

    private CardChecks() {}

    /** A card that passed the checks: its number as digits only, and its expiry year in four digits. */
    public record CheckedCard(String digits, CardBrand brand, int expMonth, int expYear, String cvv) {

        public String last4() {
            return digits.substring(digits.length() - 4);
        }

        @Override
        public String toString() {
            return "CheckedCard[" + brand + " ****" + last4() + " " + expMonth + "/" + expYear + "]";
        }
    }

    /** Checks number, expiry (in Shanghai, by the clock) and CVV; throws {@link CardRejected} at the first fault. */
    public static CheckedCard check(CardDetails details, Clock clock) {
        String digits = digits(details.number());
        CardBrand brand = CardBrand.of(digits);
        int expYear = fourDigitYear(details.expYear());
        checkExpiry(details.expMonth(), expYear, clock);
        checkCvv(details.cvv(), brand);
        return new CheckedCard(digits, brand, details.expMonth(), expYear, details.cvv());
    }

    /** The card number without its spaces, if it is 12-19 digits with a valid Luhn check digit. */
    public static String digits(String number) {
        String digits = number == null ? "" : number.replace(" ", "");
        if (!digits.matches("[0-9]{12,19}") || !LUHN.isValid(digits)) {
            throw new CardRejected(Reason.INVALID_NUMBER, "The card number is not valid.");
        }
        return digits;
    }

    /** Cards are valid through the last day of their expiry month, in the city's time zone. */
    public static void checkExpiry(int month, int year, Clock clock) {
        if (month < 1 || month > 12 || year < 2000 || year > 9999) {
            throw new CardRejected(Reason.EXPIRED, "The card expiry date is not valid.");
        }
        LocalDate today = LocalDate.now(clock.withZone(ClockProducer.CITY_ZONE));
        if (YearMonth.of(year, month).atEndOfMonth().isBefore(today)) {
            throw new CardRejected(Reason.EXPIRED, "The card has expired.");
        }
    }

    /** Three digits, four on American Express cards (their CID). */
    public static void checkCvv(String cvv, CardBrand brand) {
        String pattern = brand == CardBrand.AMEX ? "[0-9]{4}" : "[0-9]{3}";
        if (cvv == null || !cvv.matches(pattern)) {
            throw new CardRejected(Reason.INVALID_CVV, "The card security code is not valid.");
        }
    }

    /** Argument checks common to every gateway's charge; these are programming errors, not card faults. */
    static void checkCharge(String token, long amountFen, String idempotencyKey) {
        if (token == null || token.isBlank()) {
            throw new IllegalArgumentException("A charge needs a card token");
        }
        if (amountFen < 1) {
            throw new IllegalArgumentException("A charge must be at least one fen, not " + amountFen);
        }
        if (idempotencyKey == null
                || idempotencyKey.isBlank()
                || idempotencyKey.length() > MAX_IDEMPOTENCY_KEY_LENGTH) {
            throw new IllegalArgumentException("An idempotency key must have 1-255 characters");
        }
    }

    private static int fourDigitYear(int year) {
        return year >= 0 && year < 100 ? 2000 + year : year;
    }
}
