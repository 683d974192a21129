package city.payments.api.event;

import java.time.Instant;
import java.util.UUID;

/** Money of a payment went back to the payer; observed after its transaction commits. */
public record PaymentRefunded(
        UUID paymentId,
        UUID refundId,
        long amountFen,
        long refundedTotalFen,
        String purpose,
        String reference,
        Instant refundedAt) {}
