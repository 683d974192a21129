package city.payments.api;

import java.time.Duration;

/** A reservation in a citizen's wallet that is captured or released later; see {@link ChargeRequest}. */
public record HoldRequest(
        String payerId,
        long amountFen,
        String payee,
        String purpose,
        String reference,
        String description,
        Duration timeout,
        String idempotencyKey) {}
