package city.payments.internal.paycode;

import city.payments.internal.paycode.PayCodeRejected.Reason;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Duration;

/**
 * Issues and accepts phone pay codes with the city's current key. Verifying does not spend a code; {@link
 * #consume} does, once.
 */
@ApplicationScoped
public class PayCodes {

    private final PayCodeKeys keys;
    private final Clock clock;
    private final Duration lifetime;
    private final UsedPayCodes used;
    private volatile Prepared prepared;

    /** A signer and a verifier built from one read of the keys. */
    private record Prepared(PayCodeKeys.KeySet source, PayCodeSigner signer, PayCodeVerifier verifier) {}

    PayCodes(PayCodeKeys keys, PayCodeConfig config, Clock clock) {
        this.keys = keys;
        this.clock = clock;
        this.lifetime = config.lifetime();
        this.used = new UsedPayCodes(clock);
    }

    /** A new code for the payer, such as {@code wallet:<uuid>}, valid for the configured lifetime. */
    public IssuedPayCode issue(String payerRef) {
        return prepared().signer().sign(payerRef);
    }

    /** The claims of a genuine, unexpired code, whether or not it was spent; throws {@link PayCodeRejected}. */
    public PayCodeClaims verify(String code) {
        try {
            return prepared().verifier().verify(code);
        } catch (PayCodeRejected e) {
            // the key may be one another instance created after this one last read the keys
            if (e.reason() == Reason.UNKNOWN_KEY && keys.refresh()) {
                return prepared().verifier().verify(code);
            }
            throw e;
        }
    }

    /** Records a verified code as spent: true the first time, false for a replay. */
    public boolean markUsed(PayCodeClaims claims) {
        return used.markUsed(claims);
    }

    /** Verifies and spends a code; a second use of the same code is rejected {@link Reason#REPLAYED}. */
    public PayCodeClaims consume(String code) {
        PayCodeClaims claims = verify(code);
        if (!used.markUsed(claims)) {
            throw new PayCodeRejected(Reason.REPLAYED, "The pay code was already used.");
        }
        return claims;
    }

    /** The public JWK Set for scanners to verify codes offline. */
    public String jwks() {
        return keys.jwks();
    }

    private Prepared prepared() {
        PayCodeKeys.KeySet current = keys.current();
        Prepared p = prepared;
        if (p == null || p.source() != current) {
            p = new Prepared(
                    current,
                    new PayCodeSigner(current.signingKey(), clock, lifetime),
                    new PayCodeVerifier(current.jwks(), clock));
            prepared = p;
        }
        return p;
    }
}
