package city.payments.internal;

import java.time.Instant;
import java.util.UUID;

/** A merchant's payment request; {@code payUrl} is what its QR code holds. */
public record PaymentRequestView(
        UUID id,
        String merchantCode,
        String merchantNameZh,
        String merchantNameEn,
        long amountFen,
        String orderRef,
        String description,
        PaymentRequest.Status status,
        UUID paymentId,
        Instant createdAt,
        Instant expiresAt,
        String payUrl) {}
