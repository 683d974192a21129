package city.payments.internal;

import city.payments.api.PaymentStatus;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;

/** A payment from a citizen's wallet to a merchant or a department; its money moves in the ledger. */
@Entity
@Table(schema = "payments", name = "payment")
public class Payment {

    @Id
    public UUID id;

    @Column(name = "payer_id", nullable = false, updatable = false)
    public String payerId;

    @Column(name = "payer_account_id", nullable = false, updatable = false)
    public long payerAccountId;

    @Column(name = "payee_account_id", nullable = false, updatable = false)
    public long payeeAccountId;

    @Column(nullable = false, updatable = false)
    public long amount;

    @Column(nullable = false)
    public long captured;

    @Column(nullable = false)
    public long refunded;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public PaymentStatus status;

    @Column(nullable = false, updatable = false)
    public String purpose;

    @Column(updatable = false)
    public String reference;

    @Column(updatable = false)
    public String description;

    @Column(name = "hold_transfer_id")
    public UUID holdTransferId;

    @Column(name = "created_at", nullable = false, updatable = false)
    public Instant createdAt;

    @Column(name = "completed_at")
    public Instant completedAt;

    @Version
    public int version;
}
