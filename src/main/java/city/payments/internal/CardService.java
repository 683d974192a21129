package city.payments.internal;

import city.payments.internal.card.CardDetails;
import city.payments.internal.card.CardGateway;
import city.payments.internal.card.CardGatewayException;
import city.payments.internal.card.CardRejected;
import city.payments.internal.card.GatewayResult;
import city.payments.internal.card.TokenisedCard;
import city.payments.internal.ledger.Ledger;
import city.payments.internal.ledger.Transfer;
import city.payments.internal.ledger.TransferRequest;
import city.platform.rest.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.core.Response;
import java.time.Clock;
import java.util.List;
import java.util.UUID;

/** Bank cards linked to wallets, and wallet top-ups charged to them through the gateway. */
@ApplicationScoped
public class CardService {

    public static final long MIN_TOP_UP_FEN = 100;
    public static final long MAX_TOP_UP_FEN = 500_000;
    static final int MAX_CARDS = 10;
    public static final String DECLINED = "https://city.example/problems/card-declined";
    public static final String GATEWAY_DOWN = "https://city.example/problems/gateway-unavailable";
    /** 409: the wallet has the most cards it may link. */
    public static final String CARD_LIMIT = "https://city.example/problems/card-limit";

    private final EntityManager em;
    private final CardGateway gateway;
    private final Ledger ledger;
    private final Wallets wallets;
    private final Idempotency idempotency;
    private final Clock clock;

    CardService(
            EntityManager em,
            CardGateway gateway,
            Ledger ledger,
            Wallets wallets,
            Idempotency idempotency,
            Clock clock) {
        this.em = em;
        this.gateway = gateway;
        this.ledger = ledger;
        this.wallets = wallets;
        this.idempotency = idempotency;
        this.clock = clock;
    }

    @Transactional
    public List<BankCardView> cards(String ownerId) {
        return em.createQuery(
                        "from BankCard where ownerId = ?1 and removedAt is null order by createdAt", BankCard.class)
                .setParameter(1, ownerId)
                .getResultStream()
                .map(BankCardView::of)
                .toList();
    }

    /**
     * Links a card: the gateway tokenises it and only the token, brand, last four and expiry are kept.
     *
     * @throws ProblemException 400 naming the field for a bad number, expiry or CVV
     */
    @Transactional
    public BankCardView add(String ownerId, CardDetails details) {
        if (cards(ownerId).size() >= MAX_CARDS) {
            throw ProblemException.conflict(CARD_LIMIT, "A wallet can link at most " + MAX_CARDS + " cards.");
        }
        TokenisedCard tokenised;
        try {
            tokenised = gateway.tokenise(details);
        } catch (CardRejected e) {
            String field = switch (e.reason()) {
                case INVALID_NUMBER -> "number";
                case EXPIRED -> "expiry";
                case INVALID_CVV -> "cvv";
            };
            throw ProblemException.invalidField(field, e.getMessage());
        } catch (CardGatewayException e) {
            throw gatewayDown();
        }
        BankCard card = new BankCard();
        card.id = UUID.randomUUID();
        card.ownerId = ownerId;
        card.token = tokenised.token();
        card.brand = tokenised.brand().name();
        card.last4 = tokenised.last4();
        card.expMonth = tokenised.expMonth();
        card.expYear = tokenised.expYear();
        card.createdAt = clock.instant();
        em.persist(card);
        return BankCardView.of(card);
    }

    @Transactional
    public void remove(String ownerId, UUID cardId) {
        BankCard card = owned(ownerId, cardId);
        card.removedAt = clock.instant();
    }

    /**
     * Tops the wallet up from a linked card. The gateway is asked with a key derived from the caller's idempotency
     * key, so a retry after a crash charges the card once.
     *
     * @throws ProblemException 402 when the bank declines, 502 when the gateway fails (safe to retry)
     */
    public TopUpView topUp(String ownerId, UUID cardId, long amountFen, String key) {
        if (amountFen < MIN_TOP_UP_FEN || amountFen > MAX_TOP_UP_FEN) {
            throw ProblemException.invalidField(
                    "amountFen", "must be between " + MIN_TOP_UP_FEN + " and " + MAX_TOP_UP_FEN + " fen");
        }
        return idempotency
                .run("user:" + ownerId, key, "top-up", new Object[] {cardId, amountFen}, TopUpView.class, () -> {
                    BankCard card = owned(ownerId, cardId);
                    GatewayResult result;
                    try {
                        result = gateway.charge(card.token, amountFen, "topup:" + ownerId + ":" + key);
                    } catch (CardGatewayException e) {
                        throw gatewayDown();
                    }
                    switch (result.outcome()) {
                        case DECLINED ->
                            throw new ProblemException(
                                    Response.Status.PAYMENT_REQUIRED,
                                    DECLINED,
                                    "The bank declined the card: " + result.message(),
                                    List.of());
                        case FAILED -> throw gatewayDown();
                        case SUCCEEDED -> {}
                    }
                    long wallet = wallets.accountId(ownerId);
                    Transfer t = ledger.post(new TransferRequest(
                            UUID.randomUUID(),
                            ledger.accountId("clearing:card-gateway"),
                            wallet,
                            amountFen,
                            "TOPUP",
                            result.reference(),
                            card.brand + " •••• " + card.last4));
                    long balance = ledger.findAccount(wallet).orElseThrow().balance();
                    return new TopUpView(t.id(), card.id, amountFen, result.reference(), balance, t.createdAt());
                })
                .value();
    }

    private BankCard owned(String ownerId, UUID cardId) {
        BankCard card = em.find(BankCard.class, cardId);
        if (card == null || !card.ownerId.equals(ownerId) || card.removedAt != null) {
            throw ProblemException.notFound("No card " + cardId + " is linked to your wallet.");
        }
        return card;
    }

    private static ProblemException gatewayDown() {
        return new ProblemException(
                Response.Status.BAD_GATEWAY,
                GATEWAY_DOWN,
                "The card gateway did not answer; nothing was charged twice, try again with the same key.",
                List.of());
    }
}
