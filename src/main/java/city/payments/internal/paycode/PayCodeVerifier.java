package city.payments.internal.paycode;

import city.payments.internal.paycode.PayCodeRejected.Reason;
import java.security.PublicKey;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.jose4j.jwa.AlgorithmConstraints;
import org.jose4j.jwk.JsonWebKey;
import org.jose4j.jwk.JsonWebKeySet;
import org.jose4j.jwk.OctetKeyPairJsonWebKey;
import org.jose4j.jws.JsonWebSignature;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.jwt.MalformedClaimException;
import org.jose4j.jwt.NumericDate;
import org.jose4j.jwt.consumer.InvalidJwtException;
import org.jose4j.lang.JoseException;

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

    private static final AlgorithmConstraints ONLY_EDDSA =
            new AlgorithmConstraints(AlgorithmConstraints.ConstraintType.PERMIT, SigningKeys.ALGORITHM);

    private final Map<String, PublicKey> keys;
    private final Clock clock;

    /**
     * @param jwkSetJson the JWK Set of the city's pay code keys; keys other than Ed25519 ones with a key id are
     *     ignored
     */
    public PayCodeVerifier(String jwkSetJson, Clock clock) {
        this.keys = ed25519Keys(jwkSetJson);
        this.clock = clock;
    }

    /** The key ids this verifier trusts. */
    public Set<String> kids() {
        return keys.keySet();
    }

    /** The claims of a genuine, unexpired code; throws {@link PayCodeRejected} otherwise. */
    public PayCodeClaims verify(String code) {
        if (code == null || code.isBlank() || code.length() > MAX_CODE_LENGTH) {
            throw new PayCodeRejected(Reason.MALFORMED, "Not a pay code.");
        }
        JsonWebSignature jws = new JsonWebSignature();
        jws.setAlgorithmConstraints(ONLY_EDDSA);
        String kid;
        try {
            jws.setCompactSerialization(code.strip());
            kid = jws.getKeyIdHeaderValue();
        } catch (JoseException | RuntimeException e) {
            throw new PayCodeRejected(Reason.MALFORMED, "Not a pay code.");
        }
        if (kid == null) {
            throw new PayCodeRejected(Reason.MALFORMED, "The pay code names no key.");
        }
        PublicKey key = keys.get(kid);
        if (key == null) {
            // the kid is not echoed: it is whatever the presenter put in the header
            throw new PayCodeRejected(Reason.UNKNOWN_KEY, "The pay code was signed with an unknown key.");
        }
        jws.setKey(key);
        boolean genuine;
        try {
            genuine = jws.verifySignature();
        } catch (JoseException | RuntimeException e) {
            // a disallowed algorithm or a signature of the wrong length: not something we signed
            genuine = false;
        }
        if (!genuine) {
            throw new PayCodeRejected(Reason.TAMPERED, "The pay code signature does not match.");
        }
        PayCodeClaims claims = claims(jws, kid);
        if (clock.instant().isAfter(claims.expiresAt().plus(CLOCK_SKEW))) {
            throw new PayCodeRejected(Reason.EXPIRED, "The pay code has expired.");
        }
        return claims;
    }

    private static PayCodeClaims claims(JsonWebSignature jws, String kid) {
        try {
            JwtClaims claims = JwtClaims.parse(jws.getPayload());
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
        } catch (JoseException | InvalidJwtException | MalformedClaimException e) {
            throw new PayCodeRejected(Reason.MALFORMED, "The pay code content is not readable.");
        }
    }

    private static Map<String, PublicKey> ed25519Keys(String jwkSetJson) {
        JsonWebKeySet set;
        try {
            set = new JsonWebKeySet(jwkSetJson);
        } catch (JoseException e) {
            throw new IllegalArgumentException("Not a JWK Set", e);
        }
        Map<String, PublicKey> keys = new HashMap<>();
        for (JsonWebKey jwk : set.getJsonWebKeys()) {
            if (jwk instanceof OctetKeyPairJsonWebKey okp
                    && OctetKeyPairJsonWebKey.SUBTYPE_ED25519.equals(okp.getSubtype())
                    && okp.getKeyId() != null) {
                if (keys.putIfAbsent(okp.getKeyId(), okp.getPublicKey()) != null) {
                    throw new IllegalArgumentException("The JWK Set has key id " + okp.getKeyId() + " twice");
                }
            }
        }
        return Map.copyOf(keys);
    }
}
