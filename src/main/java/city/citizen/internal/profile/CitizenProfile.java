package city.citizen.internal.profile;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;

/** What the city knows of one citizen, each fact with where it came from ({@code account}, {@code registry}, {@code citizen}). */
@Entity
@Table(schema = "citizen", name = "citizen_profile")
public class CitizenProfile {

    @Id
    public String subject;

    @Column(nullable = false)
    public String username;

    @Column(name = "full_name")
    public String fullName;

    @Column(name = "full_name_from")
    public String fullNameFrom;

    public String email;

    @Column(name = "email_from")
    public String emailFrom;

    public String phone;

    @Column(name = "phone_from")
    public String phoneFrom;

    @Column(name = "id_number")
    public String idNumber;

    @Column(name = "id_number_from")
    public String idNumberFrom;

    public String address;

    @Column(name = "address_from")
    public String addressFrom;

    @Column(name = "birth_date")
    public LocalDate birthDate;

    @Column(nullable = false)
    public String language = "zh";

    @Column(name = "created_at", nullable = false)
    public Instant createdAt = Instant.now();

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt = Instant.now();

    @Version
    public int version;
}
