package city.payments.api;

import java.util.Objects;

/**
 * Money the city pays into a citizen's wallet (a benefit, an allowance), from its treasury. The idempotency key makes
 * it happen once, however often it is asked.
 */
public record PayoutRequest(
        String citizenId, long amountFen, String purpose, String reference, String description, String idempotencyKey) {

    public PayoutRequest {
        Objects.requireNonNull(citizenId, "citizenId");
        Objects.requireNonNull(purpose, "purpose");
        Objects.requireNonNull(idempotencyKey, "idempotencyKey");
        if (amountFen <= 0) {
            throw new IllegalArgumentException("a payout is a positive amount: " + amountFen);
        }
    }
}
