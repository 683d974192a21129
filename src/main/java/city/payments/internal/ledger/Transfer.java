package city.payments.internal.ledger;

import java.time.Instant;
import java.util.UUID;

/** One immutable transfer of the ledger. */
public record Transfer(
        UUID id,
        TransferKind kind,
        long debitAccountId,
        long creditAccountId,
        long amount,
        UUID pendingId,
        Instant timeoutAt,
        String code,
        String reference,
        String description,
        Instant createdAt) {}
