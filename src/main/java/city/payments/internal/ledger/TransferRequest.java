package city.payments.internal.ledger;

import java.util.UUID;

/**
 * A transfer to post. The id is the idempotency key of the ledger: posting the same id twice moves money once.
 *
 * @param code what the money is for, such as {@code TOPUP} or {@code METRO_FARE}
 * @param reference the business object it belongs to, such as a payment or trip id
 */
public record TransferRequest(
        UUID id,
        long debitAccountId,
        long creditAccountId,
        long amount,
        String code,
        String reference,
        String description) {

    public TransferRequest {
        if (amount <= 0) {
            throw new IllegalArgumentException("a transfer moves a positive amount");
        }
        if (debitAccountId == creditAccountId) {
            throw new IllegalArgumentException("a transfer moves money between two accounts");
        }
    }
}
