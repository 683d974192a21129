package city.payments.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** An amount a merchant asks to be paid for an order, shown to the citizen as a QR code. */
@Entity
@Table(schema = "payments", name = "payment_request")
public class PaymentRequest {

    /** Where a request stands. */
    public enum Status {
        OPEN,
        PAID,
        CANCELLED,
        EXPIRED
    }

    @Id
    public UUID id;

    @Column(name = "merchant_id", nullable = false, updatable = false)
    public UUID merchantId;

    @Column(nullable = false, updatable = false)
    public long amount;

    @Column(name = "order_ref", nullable = false, updatable = false)
    public String orderRef;

    @Column(updatable = false)
    public String description;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Status status;

    @Column(name = "payment_id")
    public UUID paymentId;

    @Column(name = "created_at", nullable = false, updatable = false)
    public Instant createdAt;

    @Column(name = "expires_at", nullable = false, updatable = false)
    public Instant expiresAt;
}
