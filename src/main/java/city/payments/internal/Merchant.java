package city.payments.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** A shop or service that takes payments; its money collects in its own ledger account until settled. */
@Entity
@Table(schema = "payments", name = "merchant")
public class Merchant {

    @Id
    public UUID id;

    @Column(nullable = false, unique = true, updatable = false)
    public String code;

    @Column(name = "name_zh", nullable = false)
    public String nameZh;

    @Column(name = "name_en", nullable = false)
    public String nameEn;

    @Column(name = "owner_id", nullable = false)
    public String ownerId;

    @Column(name = "account_id", nullable = false, updatable = false)
    public long accountId;

    @Column(name = "created_at", nullable = false, updatable = false)
    public Instant createdAt;
}
