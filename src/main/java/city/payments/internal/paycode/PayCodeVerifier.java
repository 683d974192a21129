package city.payments.internal.paycode;

import city.payments.internal.paycode.PayCodeRejected.Reason;
import city.platform.crypto.SignedJws;
import java.security.PublicKey;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.jwt.MalformedClaimException;
import org.jose4j.jwt.NumericDate;
import org.jose4j.jwt.consumer.InvalidJwtException;

/**
 * Checks a pay code offline, as a gantry or shop scanner does: needs only the city's public JWK Set (downloaded
 * ahead, refreshed when it can) and a clock, no network and no database. It does not know which codes were already
 * spent; the scanner keeps that (see {@link UsedPayCodes}).
 *
 * <p>A code is accepted until {@link #CLOCK_SKEW} after its {@code exp}, because a gantry's clock may run a few
 * seconds behind the server that issued the code; {@code iat} is not checked, for the same reason.
 *
 * <p>Thread-safe; build a new one when the key set changes.
 */
public final class PayCodeVerifier {

    /** How far a scanner's clock may lag the issuer's before a fresh code is refused as expired. */
    public static final Duration CLOCK_SKEW = Duration.ofSeconds(5);

    /** Far longer than any code we issue; refuses oversized input before parsing it. */
    private static final int MAX_CODE_LENGTH = 2048;

    private final Map<String, PublicKey> keys;
    private final Clock clock;

    /**
     * @param jwkSetJson the JWK Set of the city's pay code keys; keys other than Ed25519 ones with a key id are
     *     ignored
     */
    public PayCodeVerifier(String jwkSetJson, Clock clock) {
        this.keys = SignedJws.ed25519Keys(jwkSetJson);
        this.clock = clock;
    }

    /** The key ids this verifier trusts. */
    public Set<String> kids() {
        return keys.keySet();
    }

    /** The claims of a genuine, unexpired code; throws {@link PayCodeRejected} otherwise. */
    public PayCodeClaims verify(String code) {
        SignedJws.Verified verified;
        try {
            verified = SignedJws.verify(code, keys, MAX_CODE_LENGTH);
        } catch (SignedJws.Rejected e) {
            throw switch (e.failure()) {
                case MALFORMED -> new PayCodeRejected(Reason.MALFORMED, "Not a pay code.");
                case NO_KEY_ID -> new PayCodeRejected(Reason.MALFORMED, "The pay code names no key.");
                // the kid is not echoed: it is whatever the presenter put in the header
                case UNKNOWN_KEY ->
                    new PayCodeRejected(Reason.UNKNOWN_KEY, "The pay code was signed with an unknown key.");
                case TAMPERED -> new PayCodeRejected(Reason.TAMPERED, "The pay code signature does not match.");
            };
        }
        PayCodeClaims claims = claims(verified.payload(), verified.kid());
        if (clock.instant().isAfter(claims.expiresAt().plus(CLOCK_SKEW))) {
            throw new PayCodeRejected(Reason.EXPIRED, "The pay code has expired.");
        }
        return claims;
    }

    private static PayCodeClaims claims(String payload, String kid) {
        try {
            JwtClaims claims = JwtClaims.parse(payload);
            String subject = claims.getSubject();
            String jti = claims.getJwtId();
            NumericDate issuedAt = claims.getIssuedAt();
            NumericDate expiresAt = claims.getExpirationTime();
            if (subject == null || jti == null || issuedAt == null || expiresAt == null) {
                throw new PayCodeRejected(Reason.MALFORMED, "The pay code lacks a claim.");
            }
            return new PayCodeClaims(
                    subject,
                    jti,
                    kid,
                    Instant.ofEpochSecond(issuedAt.getValue()),
                    Instant.ofEpochSecond(expiresAt.getValue()));
        } catch (InvalidJwtException | MalformedClaimException e) {
            throw new PayCodeRejected(Reason.MALFORMED, "The pay code content is not readable.");
        }
    }
}
