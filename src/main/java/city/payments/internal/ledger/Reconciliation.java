package city.payments.internal.ledger;

import java.time.Instant;
import java.util.List;

/**
 * The result of checking the books.
 *
 * @param balanced true when all balances sum to zero and every account's totals equal the sum of its transfers
 */
public record Reconciliation(
        boolean balanced,
        long sumOfBalances,
        long sumOfPending,
        int accounts,
        long transfers,
        List<Mismatch> mismatches,
        Instant checkedAt) {

    /** An account whose running totals disagree with its transfers. */
    public record Mismatch(
            String accountCode, long balance, long balanceFromTransfers, long held, long heldFromTransfers) {}
}
