package city.payments.api;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * How other modules take money from citizens. Every call that moves money takes an idempotency key: calling again
 * with the same key and request returns the first result and moves nothing; the same key with another request is a
 * 409 problem. Failures are thrown as {@link city.platform.rest.ProblemException}: 402 when the wallet lacks the
 * money, 404 for an unknown payment, 409 for a payment in the wrong state.
 */
public interface Payments {

    /** Takes the amount from the payer's wallet at once and pays it to the payee. */
    PaymentView charge(ChargeRequest request);

    /** Reserves the amount in the payer's wallet until captured, released, or the timeout passes. */
    PaymentView hold(HoldRequest request);

    /** Takes all or part of a held amount; the rest goes back to the payer. */
    PaymentView capture(UUID paymentId, long amountFen, String idempotencyKey);

    /** Gives a held amount back to the payer. */
    PaymentView release(UUID paymentId, String idempotencyKey);

    /** Pays back all or part of a completed payment; refunds together never exceed what was paid. */
    RefundView refund(UUID paymentId, long amountFen, String reason, String idempotencyKey);

    Optional<PaymentView> findPayment(UUID paymentId);

    /** The payments a module made for one of its things, newest first. */
    List<PaymentView> findByReference(String purpose, String reference);

    /**
     * Pays money of the city into a citizen's wallet (a benefit, an allowance), once per idempotency key: asking again
     * with the same key moves nothing and answers the same transfer.
     *
     * @return the ledger transfer's id
     */
    UUID payOut(PayoutRequest request);

    /** A citizen's balance, what they can spend, and their newest {@code recent} payments (at most 20). */
    WalletSummary wallet(String citizenId, int recent);
}
