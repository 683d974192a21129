package city.payments.web;

import city.payments.internal.ledger.Ledger;
import city.payments.internal.ledger.Reconciliation;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Duration;

/**
 * The latest reconciliation of the ledger for the staff page. Reconciling reads every transfer, so the page shows a
 * result up to a minute old and staff can ask for a fresh one.
 */
@ApplicationScoped
public class BooksCheck {

    static final Duration MAX_AGE = Duration.ofMinutes(1);

    private final Ledger ledger;
    private final Clock clock;
    private Reconciliation latest;

    BooksCheck(Ledger ledger, Clock clock) {
        this.ledger = ledger;
        this.clock = clock;
    }

    /** The latest result, checked again when it is older than a minute. */
    public synchronized Reconciliation latest() {
        if (latest == null || latest.checkedAt().plus(MAX_AGE).isBefore(clock.instant())) {
            latest = ledger.reconcile();
        }
        return latest;
    }

    /** Checks the books now. */
    public synchronized Reconciliation now() {
        latest = ledger.reconcile();
        return latest;
    }
}
