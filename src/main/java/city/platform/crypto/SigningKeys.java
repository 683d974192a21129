package city.platform.crypto;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.List;
import org.jose4j.jwk.JsonWebKey;
import org.jose4j.jwk.JsonWebKeySet;
import org.jose4j.jwk.OctetKeyPairJsonWebKey;
import org.jose4j.jwk.OkpJwkGenerator;
import org.jose4j.jwk.PublicJsonWebKey;
import org.jose4j.jws.AlgorithmIdentifiers;
import org.jose4j.lang.JoseException;

/**
 * Ed25519 keys as JWKs: generation, parsing and the public JWK Set, without a database. Pay codes and certificates
 * sign with them.
 */
public final class SigningKeys {

    /** The only JWS algorithm the platform signs with (Ed25519). */
    public static final String ALGORITHM = AlgorithmIdentifiers.EDDSA;

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Base64.Encoder BASE64URL = Base64.getUrlEncoder().withoutPadding();

    private SigningKeys() {}

    /** A new Ed25519 key pair with the given key id. */
    public static OctetKeyPairJsonWebKey generate(String kid) {
        try {
            OctetKeyPairJsonWebKey key = OkpJwkGenerator.generateJwk(OctetKeyPairJsonWebKey.SUBTYPE_ED25519);
            key.setKeyId(kid);
            key.setAlgorithm(ALGORITHM);
            key.setUse("sig");
            return key;
        } catch (JoseException e) {
            throw new IllegalStateException("This JVM cannot generate Ed25519 keys", e);
        }
    }

    /** A random key id: 48 bits are plenty for the few keys a city ever has, and every signed code carries it. */
    public static String newKid() {
        return randomId(6);
    }

    /** {@code bytes} random bytes as base64url without padding (4 characters for every 3 bytes). */
    public static String randomId(int bytes) {
        byte[] b = new byte[bytes];
        RANDOM.nextBytes(b);
        return BASE64URL.encodeToString(b);
    }

    /** A key pair from its JWK JSON, including the private part. */
    public static PublicJsonWebKey parsePrivate(String jwkJson) {
        try {
            PublicJsonWebKey key = PublicJsonWebKey.Factory.newPublicJwk(jwkJson);
            if (key.getPrivateKey() == null) {
                throw new IllegalArgumentException("The JWK has no private key");
            }
            return key;
        } catch (JoseException e) {
            throw new IllegalArgumentException("Not a JWK", e);
        }
    }

    /** The JWK JSON of a key pair, private part included: only for the key table. */
    public static String privateJson(PublicJsonWebKey key) {
        return key.toJson(JsonWebKey.OutputControlLevel.INCLUDE_PRIVATE);
    }

    /** The JWK JSON of the public half of a key. */
    public static String publicJson(PublicJsonWebKey key) {
        return key.toJson(JsonWebKey.OutputControlLevel.PUBLIC_ONLY);
    }

    /** A JWK Set of public keys, from their JWK JSON; private parts are dropped even if a JSON carried one. */
    public static String publicJwkSet(List<String> jwkJsons) {
        JsonWebKeySet set = new JsonWebKeySet();
        for (String json : jwkJsons) {
            try {
                set.addJsonWebKey(JsonWebKey.Factory.newJwk(json));
            } catch (JoseException e) {
                throw new IllegalArgumentException("Not a JWK", e);
            }
        }
        return set.toJson(JsonWebKey.OutputControlLevel.PUBLIC_ONLY);
    }
}
