package city.parking.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalTime;

/** A car park or an on-street zone; see the migration for what each column means. */
@Entity
@Table(schema = "parking", name = "lot")
public class Lot {

    @Id
    public String id;

    @Column(name = "name_zh", nullable = false)
    public String nameZh;

    @Column(name = "name_en", nullable = false)
    public String nameEn;

    /** {@code offStreet} or {@code onStreet}, FIWARE's words. */
    @Column(nullable = false)
    public String category;

    @Column(name = "district_zh", nullable = false)
    public String districtZh = "";

    @Column(name = "district_en", nullable = false)
    public String districtEn = "";

    @Column(name = "address_zh", nullable = false)
    public String addressZh = "";

    @Column(name = "address_en", nullable = false)
    public String addressEn = "";

    public double lat;
    public double lon;

    public LocalTime opens;
    public LocalTime closes;

    @Column(name = "free_minutes", nullable = false)
    public int freeMinutes;

    @Column(name = "first_hour_fen", nullable = false)
    public long firstHourFen;

    @Column(name = "per_hour_fen", nullable = false)
    public long perHourFen;

    @Column(name = "daily_max_fen")
    public Long dailyMaxFen;

    @Column(name = "max_stay_minutes")
    public Integer maxStayMinutes;

    @Column(nullable = false)
    public boolean active = true;

    @Version
    public int version;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    public Tariff tariff() {
        return new Tariff(freeMinutes, firstHourFen, perHourFen, dailyMaxFen);
    }
}
