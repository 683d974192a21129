package city.platform.crypto;

import java.security.PublicKey;
import java.util.HashMap;
import java.util.Map;
import org.jose4j.jwa.AlgorithmConstraints;
import org.jose4j.jwk.JsonWebKey;
import org.jose4j.jwk.JsonWebKeySet;
import org.jose4j.jwk.OctetKeyPairJsonWebKey;
import org.jose4j.jws.JsonWebSignature;
import org.jose4j.lang.JoseException;

/**
 * Checks the signature of a compact JWS signed with one of a set of Ed25519 keys, offline: the key id in the header
 * picks the key, only EdDSA is allowed. Says nothing about what the payload means; the caller reads its claims.
 */
public final class SignedJws {

    private static final AlgorithmConstraints ONLY_EDDSA =
            new AlgorithmConstraints(AlgorithmConstraints.ConstraintType.PERMIT, SigningKeys.ALGORITHM);

    /** Why a JWS was not accepted. */
    public enum Failure {
        /** Not a compact JWS, or too long to be one of ours. */
        MALFORMED,
        /** The header names no key. */
        NO_KEY_ID,
        /** Signed with a key that is not (or no longer) in the set. */
        UNKNOWN_KEY,
        /** The signature does not match the content, or the JWS names an algorithm other than EdDSA. */
        TAMPERED
    }

    /** A JWS that did not pass; no stack trace, because rejections are expected. */
    public static final class Rejected extends RuntimeException {
        private final Failure failure;

        Rejected(Failure failure) {
            super(failure.name(), null, false, false);
            this.failure = failure;
        }

        public Failure failure() {
            return failure;
        }
    }

    /** A genuine JWS: the key that signed it and its payload, not yet interpreted. */
    public record Verified(String kid, String payload) {}

    private SignedJws() {}

    /** The Ed25519 keys of a JWK Set by key id; other keys, and keys without an id, are ignored. */
    public static Map<String, PublicKey> ed25519Keys(String jwkSetJson) {
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

    /**
     * The key id and payload of a genuine JWS; throws {@link Rejected} otherwise.
     *
     * @param maxLength longer input is refused before it is parsed
     */
    public static Verified verify(String compact, Map<String, PublicKey> keys, int maxLength) {
        if (compact == null || compact.isBlank() || compact.length() > maxLength) {
            throw new Rejected(Failure.MALFORMED);
        }
        JsonWebSignature jws = new JsonWebSignature();
        jws.setAlgorithmConstraints(ONLY_EDDSA);
        String kid;
        try {
            jws.setCompactSerialization(compact.strip());
            kid = jws.getKeyIdHeaderValue();
        } catch (JoseException | RuntimeException e) {
            throw new Rejected(Failure.MALFORMED);
        }
        if (kid == null) {
            throw new Rejected(Failure.NO_KEY_ID);
        }
        PublicKey key = keys.get(kid);
        if (key == null) {
            throw new Rejected(Failure.UNKNOWN_KEY);
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
            throw new Rejected(Failure.TAMPERED);
        }
        try {
            return new Verified(kid, jws.getPayload());
        } catch (JoseException e) {
            throw new Rejected(Failure.MALFORMED);
        }
    }
}
