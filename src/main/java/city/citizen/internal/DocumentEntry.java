package city.citizen.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** A required document of a service, stored in {@code citizen.service_document}. */
@Embeddable
public class DocumentEntry {

    @Column(name = "name_zh", nullable = false)
    public String nameZh;

    @Column(name = "name_en", nullable = false)
    public String nameEn;

    protected DocumentEntry() {}

    DocumentEntry(String nameZh, String nameEn) {
        this.nameZh = nameZh;
        this.nameEn = nameEn;
    }
}
