package city.payments.internal;

import city.payments.api.ChargeRequest;
import city.payments.api.HoldRequest;
import city.payments.api.PaymentStatus;
import city.payments.api.PaymentView;
import city.payments.api.Payments;
import city.payments.api.PayoutRequest;
import city.payments.api.RefundView;
import city.payments.api.WalletSummary;
import city.payments.api.event.PaymentCompleted;
import city.payments.api.event.PaymentRefunded;
import city.payments.internal.ledger.AccountKind;
import city.payments.internal.ledger.Ledger;
import city.payments.internal.ledger.LedgerAccount;
import city.payments.internal.ledger.TransferRequest;
import city.platform.rest.PageOf;
import city.platform.rest.PageQuery;
import city.platform.rest.ProblemException;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.core.Response;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Payments from wallets: charges, holds and captures, refunds. The ledger moves the money; this keeps the story. */
@ApplicationScoped
public class PaymentService implements Payments {

    /** Where the city's payouts come from: its treasury's bank account, outside the ledger. */
    static final String TREASURY = "clearing:city-treasury";

    static final long MAX_PAYMENT_FEN = 5_000_000;
    static final Duration MAX_HOLD = Duration.ofDays(30);
    public static final String WRONG_STATE = "https://city.example/problems/payment-state";

    /** Codes of {@link #WRONG_STATE}: which state refused the operation. */
    public static final String NOT_REFUNDABLE = "not-refundable";

    public static final String NOT_HELD = "not-held";
    public static final String NOTHING_TO_SETTLE = "nothing-to-settle";

    /** The code of a payment request that is no longer open, such as {@code request-paid}. */
    public static String requestClosed(PaymentRequest.Status status) {
        return "request-" + status.name().toLowerCase(java.util.Locale.ROOT);
    }

    private final Ledger ledger;
    private final Wallets wallets;
    private final PaymentRepository payments;
    private final Idempotency idempotency;
    private final Event<PaymentCompleted> completed;
    private final Event<PaymentRefunded> refunded;
    private final Clock clock;

    PaymentService(
            Ledger ledger,
            Wallets wallets,
            PaymentRepository payments,
            Idempotency idempotency,
            Event<PaymentCompleted> completed,
            Event<PaymentRefunded> refunded,
            Clock clock) {
        this.ledger = ledger;
        this.wallets = wallets;
        this.payments = payments;
        this.idempotency = idempotency;
        this.completed = completed;
        this.refunded = refunded;
        this.clock = clock;
    }

    @Override
    public PaymentView charge(ChargeRequest r) {
        validate(r.payerId(), r.amountFen(), r.purpose());
        long payee = payeeAccount(r.payee());
        return idempotency
                .run(
                        moduleCaller(r.purpose()),
                        r.idempotencyKey(),
                        "charge",
                        r,
                        PaymentView.class,
                        () -> pay(r.payerId(), r.amountFen(), payee, r.purpose(), r.reference(), r.description()))
                .value();
    }

    @Override
    public PaymentView hold(HoldRequest r) {
        validate(r.payerId(), r.amountFen(), r.purpose());
        if (r.timeout() == null
                || r.timeout().isNegative()
                || r.timeout().isZero()
                || r.timeout().compareTo(MAX_HOLD) > 0) {
            throw ProblemException.invalidField("timeout", "must be positive and at most 30 days");
        }
        long payee = payeeAccount(r.payee());
        return idempotency
                .run(
                        moduleCaller(r.purpose()),
                        r.idempotencyKey(),
                        "hold",
                        r,
                        PaymentView.class,
                        () -> holdNow(r, payee))
                .value();
    }

    @Override
    public PaymentView capture(UUID paymentId, long amountFen, String idempotencyKey) {
        String purpose = purposeOf(paymentId);
        return idempotency
                .run(
                        moduleCaller(purpose),
                        idempotencyKey,
                        "capture",
                        new Object[] {paymentId, amountFen},
                        PaymentView.class,
                        () -> captureNow(paymentId, amountFen))
                .value();
    }

    @Override
    public PaymentView release(UUID paymentId, String idempotencyKey) {
        String purpose = purposeOf(paymentId);
        return idempotency
                .run(
                        moduleCaller(purpose),
                        idempotencyKey,
                        "release",
                        paymentId,
                        PaymentView.class,
                        () -> releaseNow(paymentId))
                .value();
    }

    @Override
    public RefundView refund(UUID paymentId, long amountFen, String reason, String idempotencyKey) {
        String purpose = purposeOf(paymentId);
        return idempotency
                .run(
                        moduleCaller(purpose),
                        idempotencyKey,
                        "refund",
                        new Object[] {paymentId, amountFen, reason},
                        RefundView.class,
                        () -> refundNow(paymentId, amountFen, reason))
                .value();
    }

    private String purposeOf(UUID paymentId) {
        return QuarkusTransaction.joiningExisting()
                .call(() -> payments.findByIdOptional(paymentId)
                        .map(p -> p.purpose)
                        .orElseThrow(() -> notFound(paymentId)));
    }

    @Override
    @Transactional
    public Optional<PaymentView> findPayment(UUID paymentId) {
        return payments.findByIdOptional(paymentId).map(this::view);
    }

    @Override
    @Transactional
    public List<PaymentView> findByReference(String purpose, String reference) {
        return payments.byReference(purpose, reference).stream().map(this::view).toList();
    }

    @Override
    @Transactional
    public UUID payOut(PayoutRequest r) {
        long wallet = wallets.accountId(r.citizenId());
        UUID id = UUID.nameUUIDFromBytes(("payout:" + r.idempotencyKey()).getBytes(StandardCharsets.UTF_8));
        ledger.post(new TransferRequest(
                id,
                ledger.accountId(TREASURY),
                wallet,
                r.amountFen(),
                "PAYOUT",
                r.purpose() + ":" + (r.reference() == null ? "" : r.reference()),
                r.description()));
        return id;
    }

    @Override
    @Transactional
    public WalletSummary wallet(String citizenId, int recent) {
        var account = wallets.wallet(citizenId);
        int size = Math.max(1, Math.min(recent, 20));
        return new WalletSummary(
                account.balance(),
                account.available(),
                byPayer(citizenId, PageQuery.of(1, size)).items());
    }

    @Transactional
    public PageOf<PaymentView> byPayer(String payerId, PageQuery page) {
        List<PaymentView> items = payments.byPayer(payerId, page.offset(), page.size()).stream()
                .map(this::view)
                .toList();
        return PageOf.of(items, page, payments.countByPayer(payerId));
    }

    /** Pays from the payer's wallet at once; runs in the caller's transaction. */
    @Transactional(Transactional.TxType.MANDATORY)
    PaymentView pay(
            String payerId, long amount, long payeeAccountId, String purpose, String reference, String description) {
        Payment p = newPayment(payerId, amount, payeeAccountId, purpose, reference, description);
        ledger.post(new TransferRequest(
                p.id, p.payerAccountId, payeeAccountId, amount, "PAYMENT", p.id.toString(), description));
        p.status = PaymentStatus.COMPLETED;
        p.captured = amount;
        p.completedAt = p.createdAt;
        payments.persist(p);
        completed.fire(new PaymentCompleted(p.id, payerId, amount, purpose, reference, p.completedAt));
        return view(p);
    }

    /** Refunds part or all of a payment; runs in the caller's transaction. */
    @Transactional(Transactional.TxType.MANDATORY)
    RefundView refundNow(UUID paymentId, long amountFen, String reason) {
        Payment p = payments.lock(paymentId).orElseThrow(() -> notFound(paymentId));
        if (p.status != PaymentStatus.COMPLETED) {
            throw wrongState(NOT_REFUNDABLE, "Only a completed payment can be refunded; this one is " + p.status + ".");
        }
        if (amountFen <= 0 || amountFen > p.captured - p.refunded) {
            throw ProblemException.invalidField(
                    "amountFen", "must be between 1 and the " + (p.captured - p.refunded) + " fen not yet refunded");
        }
        UUID refundId = UUID.randomUUID();
        ledger.post(new TransferRequest(
                refundId, p.payeeAccountId, p.payerAccountId, amountFen, "REFUND", p.id.toString(), reason));
        p.refunded += amountFen;
        Instant now = clock.instant();
        refunded.fire(new PaymentRefunded(p.id, refundId, amountFen, p.refunded, p.purpose, p.reference, now));
        return new RefundView(refundId, p.id, amountFen, p.refunded, reason, now);
    }

    /** Marks payments whose holds the ledger let expire; called after {@link Ledger#expireHolds}. */
    @Transactional(Transactional.TxType.MANDATORY)
    void holdExpired(UUID holdTransferId) {
        payments.byHoldTransfer(holdTransferId).ifPresent(p -> {
            if (p.status == PaymentStatus.HELD) {
                p.status = PaymentStatus.EXPIRED;
            }
        });
    }

    private PaymentView holdNow(HoldRequest r, long payeeAccountId) {
        Payment p = newPayment(r.payerId(), r.amountFen(), payeeAccountId, r.purpose(), r.reference(), r.description());
        p.holdTransferId = UUID.randomUUID();
        ledger.hold(
                new TransferRequest(
                        p.holdTransferId,
                        p.payerAccountId,
                        payeeAccountId,
                        r.amountFen(),
                        "HOLD",
                        p.id.toString(),
                        r.description()),
                p.createdAt.plus(r.timeout()));
        p.status = PaymentStatus.HELD;
        payments.persist(p);
        return view(p);
    }

    private PaymentView captureNow(UUID paymentId, long amountFen) {
        Payment p = payments.lock(paymentId).orElseThrow(() -> notFound(paymentId));
        if (p.status != PaymentStatus.HELD) {
            throw wrongState(NOT_HELD, "Only a held payment can be captured; this one is " + p.status + ".");
        }
        ledger.capture(p.holdTransferId, amountFen, UUID.randomUUID(), "PAYMENT");
        p.status = PaymentStatus.COMPLETED;
        p.captured = amountFen;
        p.completedAt = clock.instant();
        completed.fire(new PaymentCompleted(p.id, p.payerId, amountFen, p.purpose, p.reference, p.completedAt));
        return view(p);
    }

    private PaymentView releaseNow(UUID paymentId) {
        Payment p = payments.lock(paymentId).orElseThrow(() -> notFound(paymentId));
        if (p.status != PaymentStatus.HELD) {
            throw wrongState(NOT_HELD, "Only a held payment can be released; this one is " + p.status + ".");
        }
        ledger.voidHold(p.holdTransferId, UUID.randomUUID(), "HOLD_RELEASED");
        p.status = PaymentStatus.VOIDED;
        return view(p);
    }

    private Payment newPayment(
            String payerId, long amount, long payeeAccountId, String purpose, String reference, String description) {
        Payment p = new Payment();
        p.id = UUID.randomUUID();
        p.payerId = payerId;
        p.payerAccountId = wallets.accountId(payerId);
        p.payeeAccountId = payeeAccountId;
        p.amount = amount;
        p.purpose = purpose;
        p.reference = reference;
        p.description = description;
        p.createdAt = clock.instant();
        return p;
    }

    PaymentView view(Payment p) {
        return new PaymentView(
                p.id,
                p.payerId,
                ledger.codeOf(p.payeeAccountId),
                p.amount,
                p.captured,
                p.refunded,
                p.status,
                p.purpose,
                p.reference,
                p.description,
                p.createdAt,
                p.completedAt);
    }

    private long payeeAccount(String code) {
        if (code == null) {
            throw ProblemException.invalidField("payee", "is required");
        }
        LedgerAccount account = ledger.findAccount(code)
                .filter(a -> a.kind() == AccountKind.REVENUE || a.kind() == AccountKind.MERCHANT)
                .orElseThrow(() -> ProblemException.invalidField("payee", "must be a revenue or merchant account"));
        return account.id();
    }

    static void validate(String payerId, long amountFen, String purpose) {
        if (payerId == null || payerId.isBlank()) {
            throw ProblemException.invalidField("payerId", "is required");
        }
        if (amountFen <= 0 || amountFen > MAX_PAYMENT_FEN) {
            throw ProblemException.invalidField("amountFen", "must be between 1 and " + MAX_PAYMENT_FEN);
        }
        if (purpose == null || !purpose.matches("[a-z][a-z0-9-]{1,39}")) {
            throw ProblemException.invalidField("purpose", "must name the module, such as parking");
        }
    }

    private static String moduleCaller(String purpose) {
        return "module:" + purpose;
    }

    static ProblemException notFound(UUID id) {
        return ProblemException.notFound("No payment " + id + ".");
    }

    static ProblemException wrongState(String code, String detail) {
        return new ProblemException(Response.Status.CONFLICT, WRONG_STATE, code, detail, List.of());
    }
}
