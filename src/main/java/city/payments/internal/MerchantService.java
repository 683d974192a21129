package city.payments.internal;

import city.payments.api.PaymentView;
import city.payments.internal.ledger.AccountKind;
import city.payments.internal.ledger.Ledger;
import city.payments.internal.ledger.LedgerAccount;
import city.payments.internal.ledger.Transfer;
import city.payments.internal.ledger.TransferRequest;
import city.platform.config.PublicUrl;
import city.platform.rest.PageOf;
import city.platform.rest.PageQuery;
import city.platform.rest.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.core.Response;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Merchants: their payment requests, the payments they took, refunds and settlement to their bank. */
@ApplicationScoped
public class MerchantService {

    static final Duration REQUEST_LIFETIME = Duration.ofMinutes(15);
    /** 409: a merchant with this code exists. */
    public static final String MERCHANT_TAKEN = "https://city.example/problems/merchant-exists";
    /** 409: the merchant's order reference has a payment request already. */
    public static final String ORDER_TAKEN = "https://city.example/problems/order-has-request";

    private final EntityManager em;
    private final Ledger ledger;
    private final PaymentService payments;
    private final PaymentRepository paymentRepository;
    private final Idempotency idempotency;
    private final Clock clock;
    private final String publicUrl;

    MerchantService(
            EntityManager em,
            Ledger ledger,
            PaymentService payments,
            PaymentRepository paymentRepository,
            Idempotency idempotency,
            Clock clock,
            PublicUrl publicUrl) {
        this.em = em;
        this.ledger = ledger;
        this.payments = payments;
        this.paymentRepository = paymentRepository;
        this.idempotency = idempotency;
        this.clock = clock;
        this.publicUrl = publicUrl.value();
    }

    /** Registers a merchant (staff) and opens its settlement account. */
    @Transactional
    public MerchantView register(String code, String nameZh, String nameEn, String ownerId) {
        if (find(code).isPresent()) {
            throw ProblemException.conflict(MERCHANT_TAKEN, "A merchant " + code + " exists already.");
        }
        Merchant m = new Merchant();
        m.id = UUID.randomUUID();
        m.code = code;
        m.nameZh = nameZh;
        m.nameEn = nameEn;
        m.ownerId = ownerId;
        m.accountId = ledger.openAccount("merchant:" + code, AccountKind.MERCHANT, ownerId, nameZh, nameEn, false);
        m.createdAt = clock.instant();
        em.persist(m);
        return view(m);
    }

    @Transactional
    public Optional<Merchant> find(String code) {
        return em.createQuery("from Merchant where code = ?1", Merchant.class)
                .setParameter(1, code)
                .getResultStream()
                .findFirst();
    }

    @Transactional
    public List<MerchantView> all() {
        return em.createQuery("from Merchant order by code", Merchant.class)
                .getResultStream()
                .map(this::view)
                .toList();
    }

    /** The merchant this user runs; 403 when the user runs none. */
    @Transactional
    public Merchant merchantOf(String ownerId) {
        return em.createQuery("from Merchant where ownerId = ?1 order by createdAt", Merchant.class)
                .setParameter(1, ownerId)
                .setMaxResults(1)
                .getResultStream()
                .findFirst()
                .orElseThrow(() -> new ProblemException(
                        Response.Status.FORBIDDEN, "You are not registered as the owner of a merchant."));
    }

    @Transactional
    public MerchantView view(Merchant m) {
        long balance =
                ledger.findAccount(m.accountId).map(LedgerAccount::balance).orElse(0L);
        return new MerchantView(m.id, m.code, m.nameZh, m.nameEn, m.ownerId, balance, m.createdAt);
    }

    /** Creates a payment request; an order reference is used once per merchant (409 otherwise). */
    @Transactional
    public PaymentRequestView createRequest(String ownerId, long amountFen, String orderRef, String description) {
        Merchant m = merchantOf(ownerId);
        PaymentService.validate(ownerId, amountFen, "merchant");
        boolean taken = em.createQuery(
                                "select count(r) from PaymentRequest r where r.merchantId = ?1 and r.orderRef = ?2",
                                Long.class)
                        .setParameter(1, m.id)
                        .setParameter(2, orderRef)
                        .getSingleResult()
                > 0;
        if (taken) {
            throw ProblemException.conflict(ORDER_TAKEN, "Order " + orderRef + " already has a payment request.");
        }
        PaymentRequest r = new PaymentRequest();
        r.id = UUID.randomUUID();
        r.merchantId = m.id;
        r.amount = amountFen;
        r.orderRef = orderRef;
        r.description = description;
        r.status = PaymentRequest.Status.OPEN;
        r.createdAt = clock.instant();
        r.expiresAt = r.createdAt.plus(REQUEST_LIFETIME);
        em.persist(r);
        return view(r, m);
    }

    @Transactional
    public PageOf<PaymentRequestView> requests(String ownerId, PageQuery page) {
        Merchant m = merchantOf(ownerId);
        List<PaymentRequestView> items = em.createQuery(
                        "from PaymentRequest where merchantId = ?1 order by createdAt desc, id desc",
                        PaymentRequest.class)
                .setParameter(1, m.id)
                .setFirstResult(page.offset())
                .setMaxResults(page.size())
                .getResultStream()
                .map(r -> view(r, m))
                .toList();
        long total = em.createQuery("select count(r) from PaymentRequest r where r.merchantId = ?1", Long.class)
                .setParameter(1, m.id)
                .getSingleResult();
        return PageOf.of(items, page, total);
    }

    /** A request as the paying citizen sees it; 404 when there is none. */
    @Transactional
    public PaymentRequestView request(UUID id) {
        PaymentRequest r = em.find(PaymentRequest.class, id);
        if (r == null) {
            throw ProblemException.notFound("No payment request " + id + ".");
        }
        return view(r, em.find(Merchant.class, r.merchantId));
    }

    /** A citizen pays a request from the wallet; a request is paid once, even when two people try at once. */
    public PaymentView payRequest(String payerId, UUID requestId, String idempotencyKey) {
        return idempotency
                .run("user:" + payerId, idempotencyKey, "pay-request", requestId, PaymentView.class, () -> {
                    PaymentRequest r = em.find(PaymentRequest.class, requestId, LockModeType.PESSIMISTIC_WRITE);
                    if (r == null) {
                        throw ProblemException.notFound("No payment request " + requestId + ".");
                    }
                    if (r.status == PaymentRequest.Status.OPEN && !r.expiresAt.isAfter(clock.instant())) {
                        r.status = PaymentRequest.Status.EXPIRED;
                    }
                    if (r.status != PaymentRequest.Status.OPEN) {
                        throw PaymentService.wrongState(
                                PaymentService.requestClosed(r.status), "This payment request is " + r.status + ".");
                    }
                    Merchant m = em.find(Merchant.class, r.merchantId);
                    PaymentView paid =
                            payments.pay(payerId, r.amount, m.accountId, "merchant", r.orderRef, r.description);
                    r.status = PaymentRequest.Status.PAID;
                    r.paymentId = paid.id();
                    return paid;
                })
                .value();
    }

    /**
     * A citizen pays a merchant by scanning the merchant's printed QR code and typing the amount, as at a market
     * stall.
     */
    public PaymentView payMerchant(String payerId, String merchantCode, long amountFen, String note, String key) {
        PaymentService.validate(payerId, amountFen, "merchant");
        return idempotency
                .run(
                        "user:" + payerId,
                        key,
                        "pay-merchant",
                        new Object[] {merchantCode, amountFen, note},
                        PaymentView.class,
                        () -> {
                            Merchant m = find(merchantCode)
                                    .orElseThrow(() -> ProblemException.notFound("No merchant " + merchantCode + "."));
                            return payments.pay(payerId, amountFen, m.accountId, "merchant", null, note);
                        })
                .value();
    }

    /** The merchant takes a payment by scanning the citizen's pay code (already verified; spent here). */
    public PaymentView charge(
            String ownerId, String payerId, long amountFen, String orderRef, String key, Runnable spendCode) {
        Merchant m = merchantOf(ownerId);
        PaymentService.validate(payerId, amountFen, "merchant");
        return idempotency
                .run(
                        "user:" + ownerId,
                        key,
                        "scan",
                        new Object[] {payerId, amountFen, orderRef},
                        PaymentView.class,
                        () -> {
                            // spent only when this is not a retry, so the retry gets the first answer
                            spendCode.run();
                            return payments.pay(payerId, amountFen, m.accountId, "merchant", orderRef, null);
                        })
                .value();
    }

    @Transactional
    public PageOf<PaymentView> payments(String ownerId, PageQuery page) {
        Merchant m = merchantOf(ownerId);
        List<PaymentView> items = paymentRepository.byPayee(m.accountId, page.offset(), page.size()).stream()
                .map(payments::view)
                .toList();
        return PageOf.of(items, page, paymentRepository.countByPayee(m.accountId));
    }

    /** Refunds a payment this merchant took. */
    public city.payments.api.RefundView refund(
            String ownerId, UUID paymentId, long amountFen, String reason, String key) {
        Merchant m = merchantOf(ownerId);
        return idempotency
                .run(
                        "user:" + ownerId,
                        key,
                        "refund",
                        new Object[] {paymentId, amountFen, reason},
                        city.payments.api.RefundView.class,
                        () -> {
                            Payment p = paymentRepository
                                    .findByIdOptional(paymentId)
                                    .filter(x -> x.payeeAccountId == m.accountId)
                                    .orElseThrow(() -> PaymentService.notFound(paymentId));
                            return payments.refundNow(p.id, amountFen, reason);
                        })
                .value();
    }

    /** Pays the merchant's whole balance out to its bank; 409 when there is nothing to pay. */
    public Transfer settle(String ownerId, String key) {
        Merchant m = merchantOf(ownerId);
        return idempotency
                .run("user:" + ownerId, key, "settle", m.code, Transfer.class, () -> {
                    long balance = ledger.findAccount(m.accountId).orElseThrow().available();
                    if (balance <= 0) {
                        throw PaymentService.wrongState(
                                PaymentService.NOTHING_TO_SETTLE, "There is nothing to settle.");
                    }
                    return ledger.post(new TransferRequest(
                            UUID.randomUUID(),
                            m.accountId,
                            ledger.accountId("clearing:bank-payouts"),
                            balance,
                            "SETTLEMENT",
                            m.code,
                            "Payout to the merchant's bank"));
                })
                .value();
    }

    private PaymentRequestView view(PaymentRequest r, Merchant m) {
        PaymentRequest.Status status = r.status == PaymentRequest.Status.OPEN && !r.expiresAt.isAfter(clock.instant())
                ? PaymentRequest.Status.EXPIRED
                : r.status;
        return new PaymentRequestView(
                r.id,
                m.code,
                m.nameZh,
                m.nameEn,
                r.amount,
                r.orderRef,
                r.description,
                status,
                r.paymentId,
                r.createdAt,
                r.expiresAt,
                publicUrl + "/pay/" + r.id);
    }
}
