package city.citizen.internal.casework;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** One application of a citizen for a service, from draft to decision. */
@Entity
@Table(schema = "citizen", name = "application_case")
public class ApplicationCase {

    @Id
    public UUID id;

    /** {@code SH-2026-000123}; null while a draft. */
    public String reference;

    @Column(name = "service_code", nullable = false, updatable = false)
    public String serviceCode;

    @Column(name = "form_id", nullable = false, updatable = false)
    public long formId;

    @Column(name = "form_version", nullable = false, updatable = false)
    public int formVersion;

    @Column(name = "applicant_subject", nullable = false, updatable = false)
    public String applicantSubject;

    @Column(name = "department_code", nullable = false, updatable = false)
    public String departmentCode;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public CaseStatus status;

    /** The answers as a JSON object of field key to text. */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false, columnDefinition = "jsonb")
    public String data;

    @Column(name = "fee_fen", nullable = false)
    public long feeFen;

    @Column(name = "payment_id")
    public UUID paymentId;

    @Column(name = "refund_id")
    public UUID refundId;

    /** Whether a clerk ever took it in review: a case rejected before that is refunded. */
    @Column(nullable = false)
    public boolean reviewed;

    @Column(name = "submitted_at")
    public Instant submittedAt;

    @Column(name = "due_at")
    public Instant dueAt;

    @Column(name = "decided_at")
    public Instant decidedAt;

    /** The clerk (their username) who claimed it; null when nobody has. */
    public String assignee;

    @Column(name = "decision_note")
    public String decisionNote;

    @Column(name = "created_at", nullable = false, updatable = false)
    public Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    @Version
    public int version;
}
