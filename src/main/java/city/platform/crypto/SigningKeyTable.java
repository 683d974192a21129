package city.platform.crypto;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.regex.Pattern;
import org.jboss.logging.Logger;
import org.jose4j.jwk.OctetKeyPairJsonWebKey;
import org.jose4j.jwk.PublicJsonWebKey;

/**
 * Signing keys kept in a module's own table ({@code kid, algorithm, public_jwk, private_jwk, created_at,
 * retired_at}, with a unique index on the active key per algorithm): the active key (created on first use when there
 * is none) and the public JWK Set that verifiers download. Cached, and re-read every few minutes because another
 * instance may have rotated the key. A module's key bean extends this with its table's name.
 *
 * <p>The private key is stored as a JWK in the table, so whoever can read that table can sign.
 */
public class SigningKeyTable {

    private static final Logger LOG = Logger.getLogger(SigningKeyTable.class);
    private static final Pattern TABLE = Pattern.compile("[a-z_]+\\.[a-z_]+");

    /**
     * Retired keys stay in the published set this long, so a verifier that refreshed after a rotation still accepts
     * what was signed just before it, and one that refreshes rarely has time to catch up.
     */
    public static final Duration RETIRED_KEYS_PUBLISHED_FOR = Duration.ofDays(1);

    /** How long this instance trusts what it read: a rotation elsewhere reaches it within this time. */
    public static final Duration CACHE_FOR = Duration.ofMinutes(5);

    /** Least time between two reads forced by an unknown key id, so garbage cannot flood the database. */
    public static final Duration MIN_REFRESH_INTERVAL = Duration.ofSeconds(30);

    /** The keys as read at one moment. */
    public record KeySet(PublicJsonWebKey signingKey, String jwks, Instant loadedAt) {}

    private EntityManager em;
    private Clock clock;
    private String table;
    private String purpose;
    private final Object loading = new Object();
    private volatile KeySet cached;

    /** For CDI's client proxies only. */
    protected SigningKeyTable() {}

    /**
     * @param table the schema-qualified table, such as {@code payments.signing_key}
     * @param purpose what the keys sign, for the log ("Pay codes")
     */
    protected SigningKeyTable(EntityManager em, Clock clock, String table, String purpose) {
        if (!TABLE.matcher(table).matches()) {
            throw new IllegalArgumentException("Not a schema-qualified table name: " + table);
        }
        this.em = em;
        this.clock = clock;
        this.table = table;
        this.purpose = purpose;
    }

    /** The current keys, read from the database when not yet read or read too long ago. */
    public KeySet current() {
        KeySet keys = cached;
        if (keys != null && !isStale(keys, CACHE_FOR)) {
            return keys;
        }
        synchronized (loading) {
            keys = cached;
            if (keys == null || isStale(keys, CACHE_FOR)) {
                keys = reload(keys);
            }
            return keys;
        }
    }

    /** The public JWK Set JSON: the active key, keys made since, and keys retired recently. No private parts. */
    public String jwks() {
        return current().jwks();
    }

    /**
     * Reads the keys again now, unless they were read very recently; true if it did. For something signed with a key
     * id unknown here, which may come from a key another instance has just created.
     */
    public boolean refresh() {
        synchronized (loading) {
            KeySet keys = cached;
            if (keys != null && !isStale(keys, MIN_REFRESH_INTERVAL)) {
                return false;
            }
            reload(keys);
            return true;
        }
    }

    /**
     * Retires the active key and makes a new one. What the old key signed stays verifiable, because the old key stays
     * published for {@link #RETIRED_KEYS_PUBLISHED_FOR}.
     */
    public KeySet rotate() {
        synchronized (loading) {
            QuarkusTransaction.requiringNew().run(() -> {
                em.createNativeQuery("update " + table
                                + " set retired_at = :now where retired_at is null and algorithm = :algorithm")
                        .setParameter("now", now())
                        .setParameter("algorithm", SigningKeys.ALGORITHM)
                        .executeUpdate();
                insertNewKey();
            });
            return reload(null);
        }
    }

    /**
     * Every public key of the table, retired ones too, as a JWK Set: for checking what was signed long ago (a
     * certificate outlives the key that signed it). Read from the database each time.
     */
    public String allPublicKeys() {
        return QuarkusTransaction.requiringNew().call(() -> {
            @SuppressWarnings("unchecked")
            List<String> all = em.createNativeQuery("select public_jwk from " + table
                            + " where algorithm = :algorithm order by created_at desc, kid")
                    .setParameter("algorithm", SigningKeys.ALGORITHM)
                    .getResultList();
            return SigningKeys.publicJwkSet(all);
        });
    }

    private boolean isStale(KeySet keys, Duration age) {
        return clock.instant().isAfter(keys.loadedAt().plus(age));
    }

    private KeySet reload(KeySet previous) {
        try {
            KeySet keys = QuarkusTransaction.requiringNew().call(this::load);
            if (previous == null
                    || !previous.signingKey()
                            .getKeyId()
                            .equals(keys.signingKey().getKeyId())) {
                LOG.infof(
                        "%s are signed with key %s", purpose, keys.signingKey().getKeyId());
            }
            cached = keys;
            return keys;
        } catch (RuntimeException e) {
            if (previous == null) {
                throw e;
            }
            // keep signing with the keys we have rather than stop; try again after the refresh interval
            LOG.warnf(e, "Could not re-read the keys of %s; keeping the cached ones", table);
            KeySet kept = new KeySet(
                    previous.signingKey(),
                    previous.jwks(),
                    clock.instant().minus(CACHE_FOR).plus(MIN_REFRESH_INTERVAL));
            cached = kept;
            return kept;
        }
    }

    /** Runs in its own transaction, so that a key is never cached whose insert a caller's rollback would undo. */
    private KeySet load() {
        List<?> active = activePrivateJwk();
        if (active.isEmpty()) {
            insertNewKey();
            // whichever instance inserted first won the unique index on the active key; read the winner
            active = activePrivateJwk();
        }
        if (active.isEmpty()) {
            throw new IllegalStateException("No active key in " + table + " after creating one");
        }
        PublicJsonWebKey signingKey = SigningKeys.parsePrivate((String) active.get(0));
        @SuppressWarnings("unchecked")
        List<String> published = em.createNativeQuery("select public_jwk from " + table
                        + " where algorithm = :algorithm and (retired_at is null or retired_at > :since)"
                        + " order by created_at desc, kid")
                .setParameter("algorithm", SigningKeys.ALGORITHM)
                .setParameter("since", now().minus(RETIRED_KEYS_PUBLISHED_FOR))
                .getResultList();
        return new KeySet(signingKey, SigningKeys.publicJwkSet(published), clock.instant());
    }

    private List<?> activePrivateJwk() {
        return em.createNativeQuery("select private_jwk from " + table
                        + " where retired_at is null and algorithm = :algorithm order by created_at desc, kid limit 1")
                .setParameter("algorithm", SigningKeys.ALGORITHM)
                .getResultList();
    }

    private void insertNewKey() {
        OctetKeyPairJsonWebKey key = SigningKeys.generate(SigningKeys.newKid());
        em.createNativeQuery("insert into " + table
                        + " (kid, algorithm, public_jwk, private_jwk, created_at)"
                        + " values (:kid, :algorithm, :publicJwk, :privateJwk, :createdAt) on conflict do nothing")
                .setParameter("kid", key.getKeyId())
                .setParameter("algorithm", SigningKeys.ALGORITHM)
                .setParameter("publicJwk", SigningKeys.publicJson(key))
                .setParameter("privateJwk", SigningKeys.privateJson(key))
                .setParameter("createdAt", now())
                .executeUpdate();
    }

    private OffsetDateTime now() {
        return OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
    }
}
