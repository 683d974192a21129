package city.payments.api;

import java.time.Instant;
import java.util.UUID;

/** A payment as other modules and the API see it. Amounts in fen; {@code completedAt} is null until completed. */
public record PaymentView(
        UUID id,
        String payerId,
        String payee,
        long amountFen,
        long capturedFen,
        long refundedFen,
        PaymentStatus status,
        String purpose,
        String reference,
        String description,
        Instant createdAt,
        Instant completedAt) {}
