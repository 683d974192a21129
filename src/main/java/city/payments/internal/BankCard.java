package city.payments.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** A citizen's bank card as the gateway's token: never the number or the CVV. */
@Entity
@Table(schema = "payments", name = "bank_card")
public class BankCard {

    @Id
    public UUID id;

    @Column(name = "owner_id", nullable = false, updatable = false)
    public String ownerId;

    @Column(nullable = false, updatable = false)
    public String token;

    @Column(nullable = false, updatable = false)
    public String brand;

    @Column(nullable = false, updatable = false, columnDefinition = "bpchar")
    public String last4;

    @Column(name = "exp_month", nullable = false, updatable = false)
    public int expMonth;

    @Column(name = "exp_year", nullable = false, updatable = false)
    public int expYear;

    @Column(name = "created_at", nullable = false, updatable = false)
    public Instant createdAt;

    @Column(name = "removed_at")
    public Instant removedAt;
}
