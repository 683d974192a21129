package city.citizen.internal.certificate;

import city.platform.crypto.SigningKeyTable;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.Clock;

/**
 * The keys that sign certificates, in {@code citizen.signing_key}: the active one is created on first use, the public
 * ones are published so that anyone can check a certificate without asking us.
 */
@ApplicationScoped
public class CertificateKeys extends SigningKeyTable {

    CertificateKeys(EntityManager em, Clock clock) {
        super(em, clock, "citizen.signing_key", "Certificates");
    }
}
