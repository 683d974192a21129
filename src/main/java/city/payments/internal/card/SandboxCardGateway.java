package city.payments.internal.card;

import city.payments.internal.card.GatewayResult.Outcome;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A card gateway in test mode, like a payment provider's sandbox: no money moves. Test numbers (any future expiry,
 * any CVV of the right length):
 *
 * <ul>
 *   <li>4242 4242 4242 4242: Visa, charges succeed
 *   <li>5555 5555 5555 4444: Mastercard, charges succeed
 *   <li>6200 0000 0000 0005: UnionPay, charges succeed
 *   <li>4000 0000 0000 0002: tokenises, charges are declined
 *   <li>4000 0000 0000 0119: tokenises, charges fail with a processing error
 *   <li>any other number that passes the Luhn check: charges succeed
 * </ul>
 *
 * <p>Tokens are {@code tok_sandbox_<behaviour>_<random>}: the behaviour of a card travels in its token, so a token
 * kept in the database behaves the same after a restart. Charge results are kept in memory for 24 hours by
 * idempotency key, as a provider does; a restart forgets them.
 */
public final class SandboxCardGateway implements CardGateway {

    public static final String TOKEN_PREFIX = "tok_sandbox_";

    /** A documented test card and what its charges do. */
    public record TestCard(String number, CardBrand brand, Outcome outcome) {}

    public static final List<TestCard> TEST_CARDS = List.of(
            new TestCard("4242 4242 4242 4242", CardBrand.VISA, Outcome.SUCCEEDED),
            new TestCard("5555 5555 5555 4444", CardBrand.MASTERCARD, Outcome.SUCCEEDED),
            new TestCard("6200 0000 0000 0005", CardBrand.UNIONPAY, Outcome.SUCCEEDED),
            new TestCard("4000 0000 0000 0002", CardBrand.VISA, Outcome.DECLINED),
            new TestCard("4000 0000 0000 0119", CardBrand.VISA, Outcome.FAILED));

    /** How long a charge result is replayed for its idempotency key: Stripe's 24 hours. */
    static final Duration KEEP_RESULTS_FOR = Duration.ofHours(24);

    private static final Duration SWEEP_EVERY = Duration.ofMinutes(1);

    private static final Map<String, Outcome> OUTCOME_BY_NUMBER = Map.of(
            "4000000000000002", Outcome.DECLINED,
            "4000000000000119", Outcome.FAILED);

    private static final Map<Outcome, String> TOKEN_MARK =
            Map.of(Outcome.SUCCEEDED, "ok", Outcome.DECLINED, "decline", Outcome.FAILED, "fail");

    private record StoredCharge(String token, long amountFen, GatewayResult result, Instant at) {}

    private final Clock clock;
    private final SecureRandom random = new SecureRandom();
    private final Map<String, StoredCharge> charges = new ConcurrentHashMap<>();
    private final AtomicReference<Instant> nextSweep;

    public SandboxCardGateway(Clock clock) {
        this.clock = clock;
        this.nextSweep = new AtomicReference<>(clock.instant().plus(SWEEP_EVERY));
    }

    @Override
    public TokenisedCard tokenise(CardDetails details) {
        CardChecks.CheckedCard card = CardChecks.check(details, clock);
        Outcome outcome = OUTCOME_BY_NUMBER.getOrDefault(card.digits(), Outcome.SUCCEEDED);
        String token = TOKEN_PREFIX + TOKEN_MARK.get(outcome) + "_" + randomHex(12);
        return new TokenisedCard(token, card.brand(), card.last4(), card.expMonth(), card.expYear());
    }

    @Override
    public GatewayResult charge(String token, long amountFen, String idempotencyKey) {
        CardChecks.checkCharge(token, amountFen, idempotencyKey);
        Instant now = clock.instant();
        sweepIfDue(now);
        StoredCharge stored =
                charges.computeIfAbsent(idempotencyKey, key -> new StoredCharge(token, amountFen, process(token), now));
        if (!stored.token().equals(token) || stored.amountFen() != amountFen) {
            throw new IllegalArgumentException(
                    "Idempotency key " + idempotencyKey + " was used before for a different charge");
        }
        return stored.result();
    }

    private void sweepIfDue(Instant now) {
        Instant due = nextSweep.get();
        if (!now.isBefore(due) && nextSweep.compareAndSet(due, now.plus(SWEEP_EVERY))) {
            charges.values().removeIf(c -> c.at().plus(KEEP_RESULTS_FOR).isBefore(now));
        }
    }

    private GatewayResult process(String token) {
        String reference = "ch_sandbox_" + randomHex(12);
        Outcome outcome = outcomeOf(token);
        if (outcome == null) {
            return GatewayResult.declined(reference, "No such card token.");
        }
        return switch (outcome) {
            case SUCCEEDED -> GatewayResult.succeeded(reference);
            case DECLINED -> GatewayResult.declined(reference, "Your card was declined.");
            case FAILED -> GatewayResult.failed(reference, "An error occurred while processing your card.");
        };
    }

    /** The behaviour written into a sandbox token; null if it is not one of ours. */
    private static Outcome outcomeOf(String token) {
        if (!token.startsWith(TOKEN_PREFIX)) {
            return null;
        }
        String rest = token.substring(TOKEN_PREFIX.length());
        int underscore = rest.indexOf('_');
        if (underscore < 0 || underscore == rest.length() - 1) {
            return null;
        }
        String mark = rest.substring(0, underscore);
        return TOKEN_MARK.entrySet().stream()
                .filter(e -> e.getValue().equals(mark))
                .map(Map.Entry::getKey)
                .findFirst()
                .orElse(null);
    }

    private String randomHex(int bytes) {
        byte[] b = new byte[bytes];
        random.nextBytes(b);
        return HexFormat.of().formatHex(b);
    }
}
