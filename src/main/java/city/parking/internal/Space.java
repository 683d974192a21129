package city.parking.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One bay and the sensor under it. */
@Entity
@Table(schema = "parking", name = "space")
public class Space {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "lot_id", nullable = false, updatable = false)
    public String lotId;

    @Column(nullable = false)
    public String label;

    @Column(name = "sensor_id", nullable = false, unique = true)
    public String sensorId;

    public boolean ev;
    public boolean accessible;
    public boolean closed;
}
