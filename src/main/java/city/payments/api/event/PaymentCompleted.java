package city.payments.api.event;

import java.time.Instant;
import java.util.UUID;

/** A payment was completed; observed after its transaction commits. */
public record PaymentCompleted(
        UUID paymentId, String payerId, long amountFen, String purpose, String reference, Instant completedAt) {}
