package city.payments.api;

import java.time.Instant;
import java.util.UUID;

/** A refund of a payment; {@code refundedTotalFen} counts every refund of that payment so far. */
public record RefundView(
        UUID id, UUID paymentId, long amountFen, long refundedTotalFen, String reason, Instant refundedAt) {}
