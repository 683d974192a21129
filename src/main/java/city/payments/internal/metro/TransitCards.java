package city.payments.internal.metro;

import city.payments.internal.Idempotency;
import city.payments.internal.Wallets;
import city.payments.internal.ledger.AccountKind;
import city.payments.internal.ledger.Ledger;
import city.payments.internal.ledger.LedgerAccount;
import city.payments.internal.ledger.TransferRequest;
import city.platform.rest.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import javax.sql.DataSource;

/**
 * Transit cards: linked to a wallet or preloaded with their own value. Gantries look cards up here on every tap, so
 * cards are cached in memory; every change goes through this class, which keeps the cache right.
 */
@ApplicationScoped
public class TransitCards {

    /** 409: the card is linked to another wallet. */
    public static final String CARD_TAKEN = "https://city.example/problems/transit-card-taken";

    /** What a gantry needs to know about a card, cached. */
    public record CardState(String number, long accountId, String ownerId, TransitCard.Status status) {}

    static final String NUMBER_PATTERN = "[0-9]{10,16}";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final EntityManager em;
    private final DataSource dataSource;
    private final Ledger ledger;
    private final Wallets wallets;
    private final Idempotency idempotency;
    private final Clock clock;
    private final ConcurrentMap<String, Optional<CardState>> cache = new ConcurrentHashMap<>();

    TransitCards(
            EntityManager em,
            DataSource dataSource,
            Ledger ledger,
            Wallets wallets,
            Idempotency idempotency,
            Clock clock) {
        this.em = em;
        this.dataSource = dataSource;
        this.ledger = ledger;
        this.wallets = wallets;
        this.idempotency = idempotency;
        this.clock = clock;
    }

    /** The card with this number as gantries see it; empty when unknown. */
    public Optional<CardState> lookup(String number) {
        Optional<CardState> known = cache.get(number);
        if (known != null) {
            return known;
        }
        Optional<CardState> loaded = read(number);
        cache.putIfAbsent(number, loaded);
        return loaded;
    }

    /** One read, without a transaction: gantries call this for cards they have not seen yet. */
    private Optional<CardState> read(String number) {
        try (Connection c = dataSource.getConnection();
                PreparedStatement ps = c.prepareStatement(
                        "select number, account_id, owner_id, status from payments.transit_card where number = ?")) {
            ps.setString(1, number);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                return Optional.of(new CardState(
                        rs.getString(1), rs.getLong(2), rs.getString(3), TransitCard.Status.valueOf(rs.getString(4))));
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    @Transactional
    Optional<TransitCard> find(String number) {
        return em.createQuery("from TransitCard where number = ?1", TransitCard.class)
                .setParameter(1, number)
                .getResultStream()
                .findFirst();
    }

    @Transactional
    public List<TransitCardView> cardsOf(String ownerId) {
        return em.createQuery("from TransitCard where ownerId = ?1 order by createdAt", TransitCard.class)
                .setParameter(1, ownerId)
                .getResultStream()
                .map(this::view)
                .toList();
    }

    /**
     * Links a card to the owner's wallet: a new number becomes a linked card; an unowned preloaded card becomes the
     * owner's and keeps its value. 409 when someone else has it.
     */
    @Transactional
    public TransitCardView link(String ownerId, String number) {
        requireNumber(number);
        Optional<TransitCard> existing = find(number);
        TransitCard card;
        if (existing.isPresent()) {
            card = existing.get();
            if (card.ownerId != null && !card.ownerId.equals(ownerId)) {
                throw ProblemException.conflict(CARD_TAKEN, "Card " + number + " belongs to someone else.");
            }
            card.ownerId = ownerId;
        } else {
            card = new TransitCard();
            card.id = UUID.randomUUID();
            card.number = number;
            card.ownerId = ownerId;
            card.kind = TransitCard.Kind.LINKED;
            card.status = TransitCard.Status.ACTIVE;
            card.accountId = wallets.accountId(ownerId);
            card.createdAt = clock.instant();
            em.persist(card);
        }
        em.flush();
        cache.remove(number);
        return view(card);
    }

    /**
     * Issues preloaded cards with a value paid in cash at a station counter (staff), numbered at random, once per
     * idempotency key.
     */
    public List<TransitCardView> issuePreloaded(String staffId, int count, long valueFen, String key) {
        return List.of(idempotency
                .run(
                        "user:" + staffId,
                        key,
                        "issue-transit-cards",
                        new Object[] {count, valueFen},
                        TransitCardView[].class,
                        () -> issuePreloaded(count, valueFen).toArray(TransitCardView[]::new))
                .value());
    }

    /** Issues preloaded cards in the caller's transaction (tests, demo data). */
    @Transactional
    public List<TransitCardView> issuePreloaded(int count, long valueFen) {
        List<TransitCardView> issued = new ArrayList<>();
        long cash = ledger.accountId("clearing:cash");
        for (int i = 0; i < count; i++) {
            TransitCard card = new TransitCard();
            card.id = UUID.randomUUID();
            card.number = "1000" + String.format("%012d", Math.floorMod(RANDOM.nextLong(), 1_000_000_000_000L));
            card.kind = TransitCard.Kind.PRELOADED;
            card.status = TransitCard.Status.ACTIVE;
            card.accountId = ledger.openAccount(
                    "transit-card:" + card.number, AccountKind.TRANSIT_CARD, null, "交通卡", "Transit card", false);
            card.createdAt = clock.instant();
            em.persist(card);
            if (valueFen > 0) {
                ledger.post(new TransferRequest(
                        UUID.randomUUID(), cash, card.accountId, valueFen, "TOPUP", card.number, "Cash at counter"));
            }
            issued.add(view(card));
        }
        return issued;
    }

    /** Moves money from the owner's wallet onto one of their preloaded cards. */
    public TransitCardView topUp(String ownerId, String number, long amountFen, String key) {
        return idempotency
                .run(
                        "user:" + ownerId,
                        key,
                        "transit-card-top-up",
                        new Object[] {number, amountFen},
                        TransitCardView.class,
                        () -> {
                            TransitCard card = owned(ownerId, number);
                            if (card.kind != TransitCard.Kind.PRELOADED) {
                                throw ProblemException.conflict("A linked card pays from the wallet directly.");
                            }
                            ledger.post(new TransferRequest(
                                    UUID.randomUUID(),
                                    wallets.accountId(ownerId),
                                    card.accountId,
                                    amountFen,
                                    "TRANSIT_CARD_TOPUP",
                                    number,
                                    "Transit card " + number));
                            return view(card);
                        })
                .value();
    }

    /** Blocks a lost card at once: gantries refuse it from the next tap. */
    @Transactional
    public TransitCardView block(String ownerId, String number) {
        TransitCard card = owned(ownerId, number);
        card.status = TransitCard.Status.BLOCKED;
        em.flush();
        cache.remove(number);
        return view(card);
    }

    private TransitCard owned(String ownerId, String number) {
        return find(number)
                .filter(c -> ownerId.equals(c.ownerId))
                .orElseThrow(() -> ProblemException.notFound("You have no card " + number + "."));
    }

    private TransitCardView view(TransitCard c) {
        Long balance = c.kind == TransitCard.Kind.PRELOADED
                ? ledger.findAccount(c.accountId).map(LedgerAccount::balance).orElse(0L)
                : null;
        return new TransitCardView(c.number, c.kind, c.status, c.ownerId, balance, c.createdAt);
    }

    static void requireNumber(String number) {
        if (number == null || !number.matches(NUMBER_PATTERN)) {
            throw ProblemException.invalidField("number", "must be the 10 to 16 digits printed on the card");
        }
    }
}
