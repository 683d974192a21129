package city.payments.internal.paycode;

import city.platform.crypto.SigningKeys;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import org.jose4j.jwk.PublicJsonWebKey;
import org.jose4j.jws.JsonWebSignature;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.jwt.NumericDate;
import org.jose4j.lang.JoseException;

/**
 * Signs pay codes with one Ed25519 private key: a compact JWS with header {@code alg}, {@code kid} and claims
 * {@code sub}, {@code jti}, {@code iat}, {@code exp} only, about 260 characters for a wallet reference, which a
 * phone shows as a QR code that scans reliably.
 */
public final class PayCodeSigner {

    /** 96 random bits: unguessable, and unique among the codes alive in any one minute. */
    private static final int JTI_BYTES = 12;

    private final PublicJsonWebKey key;
    private final Clock clock;
    private final long lifetimeSeconds;

    public PayCodeSigner(PublicJsonWebKey key, Clock clock, Duration lifetime) {
        if (key.getPrivateKey() == null || key.getKeyId() == null) {
            throw new IllegalArgumentException("A pay code signing key needs its private part and a key id");
        }
        // NumericDate has whole seconds, so a lifetime below one second would make codes that are born expired
        if (lifetime.toSeconds() < 1) {
            throw new IllegalArgumentException("A pay code lifetime must be at least one second, not " + lifetime);
        }
        this.key = key;
        this.clock = clock;
        this.lifetimeSeconds = lifetime.toSeconds();
    }

    public String kid() {
        return key.getKeyId();
    }

    /** A new single-use code for the payer, such as {@code wallet:<uuid>}. */
    public IssuedPayCode sign(String payerRef) {
        Objects.requireNonNull(payerRef, "payerRef");
        if (payerRef.isBlank()) {
            throw new IllegalArgumentException("A pay code needs a payer reference");
        }
        Instant issuedAt = clock.instant().truncatedTo(ChronoUnit.SECONDS);
        Instant expiresAt = issuedAt.plusSeconds(lifetimeSeconds);
        JwtClaims claims = new JwtClaims();
        claims.setSubject(payerRef);
        claims.setJwtId(SigningKeys.randomId(JTI_BYTES));
        claims.setIssuedAt(NumericDate.fromSeconds(issuedAt.getEpochSecond()));
        claims.setExpirationTime(NumericDate.fromSeconds(expiresAt.getEpochSecond()));
        JsonWebSignature jws = new JsonWebSignature();
        jws.setAlgorithmHeaderValue(SigningKeys.ALGORITHM);
        jws.setKeyIdHeaderValue(key.getKeyId());
        jws.setPayload(claims.toJson());
        jws.setKey(key.getPrivateKey());
        try {
            return new IssuedPayCode(jws.getCompactSerialization(), expiresAt);
        } catch (JoseException e) {
            throw new IllegalStateException("Could not sign a pay code with key " + key.getKeyId(), e);
        }
    }
}
