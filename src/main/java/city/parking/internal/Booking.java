package city.parking.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** A space reserved for an arrival window; the database refuses two live bookings of one space that overlap. */
@Entity
@Table(schema = "parking", name = "booking")
public class Booking {

    public enum Status {
        /** The wallet hold is being placed; the space is already reserved. */
        PENDING,
        BOOKED,
        ARRIVED,
        COMPLETED,
        CANCELLED,
        EXPIRED
    }

    @Id
    public UUID id;

    @Column(name = "lot_id", nullable = false, updatable = false)
    public String lotId;

    @Column(name = "space_id", nullable = false, updatable = false)
    public long spaceId;

    @Column(name = "citizen_id", nullable = false, updatable = false)
    public String citizenId;

    @Column(nullable = false, updatable = false)
    public String plate;

    @Column(name = "arrive_from", nullable = false, updatable = false)
    public Instant arriveFrom;

    @Column(name = "arrive_by", nullable = false, updatable = false)
    public Instant arriveBy;

    @Column(name = "leave_by", nullable = false, updatable = false)
    public Instant leaveBy;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Status status;

    @Column(name = "hold_payment_id")
    public UUID holdPaymentId;

    @Column(name = "hold_fen", nullable = false)
    public long holdFen;

    @Column(name = "session_id")
    public UUID sessionId;

    @Column(name = "idempotency_key", nullable = false, updatable = false)
    public String idempotencyKey;

    @Column(name = "request_hash", nullable = false, updatable = false)
    public String requestHash;

    @Column(name = "created_at", nullable = false, updatable = false)
    public Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    boolean live() {
        return status == Status.PENDING || status == Status.BOOKED || status == Status.ARRIVED;
    }
}
