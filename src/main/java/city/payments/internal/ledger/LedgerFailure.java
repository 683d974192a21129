package city.payments.internal.ledger;

import java.sql.SQLException;

/** The database failed under the ledger: the transaction rolls back and the caller sees a server error. */
public class LedgerFailure extends RuntimeException {

    public LedgerFailure(SQLException cause) {
        super("ledger database error: " + cause.getMessage(), cause);
    }
}
