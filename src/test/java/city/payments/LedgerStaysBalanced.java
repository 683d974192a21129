package city.payments;

import static org.assertj.core.api.Assertions.assertThat;

import city.payments.internal.ledger.Ledger;
import city.payments.internal.ledger.Reconciliation;
import jakarta.enterprise.inject.spi.CDI;
import org.junit.jupiter.api.AfterEach;

/** Test classes that move money implement this: after every test the books must still balance. */
public interface LedgerStaysBalanced {

    @AfterEach
    default void ledgerShouldStillBalance() {
        Reconciliation books = CDI.current().select(Ledger.class).get().reconcile();
        assertThat(books.mismatches()).isEmpty();
        assertThat(books.sumOfBalances()).isZero();
        assertThat(books.sumOfPending()).isZero();
        assertThat(books.balanced()).isTrue();
    }
}
