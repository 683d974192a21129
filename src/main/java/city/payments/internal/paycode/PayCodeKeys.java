package city.payments.internal.paycode;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.jboss.logging.Logger;
import org.jose4j.jwk.OctetKeyPairJsonWebKey;
import org.jose4j.jwk.PublicJsonWebKey;

/**
 * The pay code signing keys in {@code payments.signing_key}: the active one (created on first use when there is
 * none) and the public JWK Set that gantries and shop scanners download. Cached, and re-read every few minutes
 * because another instance may have rotated the key.
 *
 * <p>The private key is stored as a JWK in the table, so whoever can read that table can sign pay codes.
 */
@ApplicationScoped
public class PayCodeKeys {

    private static final Logger LOG = Logger.getLogger(PayCodeKeys.class);

    /**
     * Retired keys stay in the published set this long, so a scanner that refreshed after a rotation still accepts
     * the codes signed just before it, and one that refreshes rarely has time to catch up.
     */
    static final Duration RETIRED_KEYS_PUBLISHED_FOR = Duration.ofDays(1);

    /** How long this instance trusts what it read: a rotation elsewhere reaches it within this time. */
    static final Duration CACHE_FOR = Duration.ofMinutes(5);

    /** Least time between two reads forced by codes with an unknown key id, so garbage cannot flood the database. */
    static final Duration MIN_REFRESH_INTERVAL = Duration.ofSeconds(30);

    /** The keys as read at one moment. */
    public record KeySet(PublicJsonWebKey signingKey, String jwks, Instant loadedAt) {}

    private final EntityManager em;
    private final Clock clock;
    private final Object loading = new Object();
    private volatile KeySet cached;

    PayCodeKeys(EntityManager em, Clock clock) {
        this.em = em;
        this.clock = clock;
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
     * Reads the keys again now, unless they were read very recently; true if it did. For a code whose key id is
     * unknown here, which may come from a key another instance has just created.
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
     * Retires the active key and makes a new one. Codes signed with the old key stay valid until they expire,
     * because the old key stays published for {@link #RETIRED_KEYS_PUBLISHED_FOR}.
     */
    public KeySet rotate() {
        synchronized (loading) {
            QuarkusTransaction.requiringNew().run(() -> {
                em.createNativeQuery("""
                                update payments.signing_key set retired_at = :now
                                where retired_at is null and algorithm = :algorithm""")
                        .setParameter("now", now())
                        .setParameter("algorithm", SigningKeys.ALGORITHM)
                        .executeUpdate();
                insertNewKey();
            });
            return reload(null);
        }
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
                LOG.infof("Pay codes are signed with key %s", keys.signingKey().getKeyId());
            }
            cached = keys;
            return keys;
        } catch (RuntimeException e) {
            if (previous == null) {
                throw e;
            }
            // keep issuing with the keys we have rather than stop payments; try again after the refresh interval
            LOG.warn("Could not re-read the pay code keys; keeping the cached ones", e);
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
            throw new IllegalStateException("No active pay code key after creating one");
        }
        PublicJsonWebKey signingKey = SigningKeys.parsePrivate((String) active.get(0));
        @SuppressWarnings("unchecked")
        List<String> published = em.createNativeQuery("""
                        select public_jwk from payments.signing_key
                        where algorithm = :algorithm and (retired_at is null or retired_at > :since)
                        order by created_at desc, kid""")
                .setParameter("algorithm", SigningKeys.ALGORITHM)
                .setParameter("since", now().minus(RETIRED_KEYS_PUBLISHED_FOR))
                .getResultList();
        return new KeySet(signingKey, SigningKeys.publicJwkSet(published), clock.instant());
    }

    private List<?> activePrivateJwk() {
        return em.createNativeQuery("""
                        select private_jwk from payments.signing_key
                        where retired_at is null and algorithm = :algorithm
                        order by created_at desc, kid limit 1""")
                .setParameter("algorithm", SigningKeys.ALGORITHM)
                .getResultList();
    }

    private void insertNewKey() {
        OctetKeyPairJsonWebKey key = SigningKeys.generate(SigningKeys.newKid());
        em.createNativeQuery("""
                        insert into payments.signing_key (kid, algorithm, public_jwk, private_jwk, created_at)
                        values (:kid, :algorithm, :publicJwk, :privateJwk, :createdAt)
                        on conflict do nothing""")
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
