package city.parking.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A plate registered by a citizen, so that gates charge their wallet. */
@Entity
@Table(schema = "parking", name = "vehicle")
public class Vehicle {

    @Id
    public String plate;

    @Column(name = "citizen_id", nullable = false, updatable = false)
    public String citizenId;

    @Column(name = "created_at", nullable = false, updatable = false)
    public Instant createdAt;
}
