package city.citizen.internal;

import city.citizen.api.Channel;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.hibernate.annotations.ListIndexBase;

/** A government service of the catalogue. Retired services stay in the table but are no longer offered. */
@Entity
@Table(schema = "citizen", name = "gov_service")
public class GovService {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(nullable = false, unique = true, updatable = false)
    public String code;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "department_id", nullable = false)
    public Department department;

    @Column(name = "name_zh", nullable = false)
    public String nameZh;

    @Column(name = "name_en", nullable = false)
    public String nameEn;

    @Column(name = "description_zh", nullable = false)
    public String descriptionZh;

    @Column(name = "description_en", nullable = false)
    public String descriptionEn;

    @Column(name = "eligibility_zh", nullable = false)
    public String eligibilityZh;

    @Column(name = "eligibility_en", nullable = false)
    public String eligibilityEn;

    @Column(name = "fee_fen", nullable = false)
    public long feeFen;

    @Column(name = "processing_days", nullable = false)
    public int processingDays;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Channel channel;

    @ElementCollection
    @CollectionTable(schema = "citizen", name = "service_document", joinColumns = @JoinColumn(name = "service_id"))
    @OrderColumn(name = "position")
    @ListIndexBase(1)
    public List<DocumentEntry> documents = new ArrayList<>();

    @Column(name = "retired_at")
    public Instant retiredAt;

    @Column(name = "created_at", nullable = false, updatable = false)
    public Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    @Version
    public int version;
}
