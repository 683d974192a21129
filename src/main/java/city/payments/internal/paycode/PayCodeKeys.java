package city.payments.internal.paycode;

import city.platform.crypto.SigningKeyTable;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.Clock;

/**
 * The pay code signing keys in {@code payments.signing_key}: the active one (created on first use when there is
 * none) and the public JWK Set that gantries and shop scanners download.
 */
@ApplicationScoped
public class PayCodeKeys extends SigningKeyTable {

    PayCodeKeys(EntityManager em, Clock clock) {
        super(em, clock, "payments.signing_key", "Pay codes");
    }
}
