package city.parking.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** A stay in a lot, from arrival to departure, and what it cost. */
@Entity
@Table(schema = "parking", name = "session")
public class ParkingSession {

    public enum OpenedBy {
        BOOKING,
        APP,
        GATE
    }

    public enum Status {
        OPEN,
        CLOSED
    }

    @Id
    public UUID id;

    @Column(name = "lot_id", nullable = false, updatable = false)
    public String lotId;

    @Column(name = "space_id", updatable = false)
    public Long spaceId;

    @Column(name = "citizen_id", updatable = false)
    public String citizenId;

    @Column(nullable = false, updatable = false)
    public String plate;

    @Column(name = "booking_id", updatable = false)
    public UUID bookingId;

    @Enumerated(EnumType.STRING)
    @Column(name = "opened_by", nullable = false, updatable = false)
    public OpenedBy openedBy;

    @Column(name = "started_at", nullable = false, updatable = false)
    public Instant startedAt;

    @Column(name = "ended_at")
    public Instant endedAt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Status status;

    @Column(name = "hold_payment_id")
    public UUID holdPaymentId;

    @Column(name = "hold_fen", nullable = false)
    public long holdFen;

    @Column(name = "charge_fen")
    public Long chargeFen;

    @Column(name = "paid_fen", nullable = false)
    public long paidFen;

    @Column(name = "owed_fen", nullable = false)
    public long owedFen;

    @Column(name = "settled_at")
    public Instant settledAt;

    @Column(name = "idempotency_key", updatable = false)
    public String idempotencyKey;

    @Column(name = "created_at", nullable = false, updatable = false)
    public Instant createdAt;
}
