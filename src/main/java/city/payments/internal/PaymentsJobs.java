package city.payments.internal;

import city.payments.internal.ledger.Ledger;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;

/** Housekeeping of the payment system: holds past their timeout, idempotency keys past retention. */
@ApplicationScoped
public class PaymentsJobs {

    private static final Logger LOG = Logger.getLogger(PaymentsJobs.class);

    private final Ledger ledger;
    private final PaymentService payments;
    private final Idempotency idempotency;

    PaymentsJobs(Ledger ledger, PaymentService payments, Idempotency idempotency) {
        this.ledger = ledger;
        this.payments = payments;
        this.idempotency = idempotency;
    }

    @Scheduled(every = "5s", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void expireHoldsOnSchedule() {
        expireHolds();
    }

    /** Releases holds whose timeout passed, in batches; returns how many. */
    public int expireHolds() {
        int total = 0;
        int batch;
        do {
            batch = QuarkusTransaction.requiringNew().call(() -> {
                var expired = ledger.expireHolds(200);
                expired.forEach(voided -> payments.holdExpired(voided.pendingId()));
                return expired.size();
            });
            total += batch;
        } while (batch == 200);
        if (total > 0) {
            LOG.infof("released %d expired holds", total);
        }
        return total;
    }

    @Scheduled(every = "1h", delayed = "1m")
    void purgeIdempotencyKeys() {
        idempotency.purgeExpired();
    }
}
