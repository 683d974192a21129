package city.payments.internal.metro;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** A transit card: it pays from its own preloaded account, or from its owner's wallet when linked. */
@Entity
@Table(schema = "payments", name = "transit_card")
public class TransitCard {

    /** Where a card's fares come from. */
    public enum Kind {
        LINKED,
        PRELOADED
    }

    /** Whether gantries accept it. */
    public enum Status {
        ACTIVE,
        BLOCKED
    }

    @Id
    public UUID id;

    @Column(nullable = false, unique = true, updatable = false)
    public String number;

    @Column(name = "owner_id")
    public String ownerId;

    @Column(name = "account_id", nullable = false)
    public long accountId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Kind kind;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Status status;

    @Column(name = "created_at", nullable = false, updatable = false)
    public Instant createdAt;
}
