package city.payments.internal.ledger;

import city.platform.rest.ProblemException;
import jakarta.ws.rs.core.Response;
import java.util.List;

/** A transfer the ledger refuses: not enough money, a hold already resolved or expired, an unknown account. */
public class LedgerException extends ProblemException {

    public static final String INSUFFICIENT_FUNDS = "https://city.example/problems/insufficient-funds";
    public static final String HOLD_RESOLVED = "https://city.example/problems/hold-resolved";
    public static final String HOLD_EXPIRED = "https://city.example/problems/hold-expired";

    public LedgerException(Response.Status status, String type, String detail) {
        super(status, type, detail, List.of());
    }

    public static LedgerException insufficientFunds(String accountCode, long needed) {
        return new LedgerException(
                Response.Status.PAYMENT_REQUIRED,
                INSUFFICIENT_FUNDS,
                "Account " + accountCode + " does not have the " + needed + " fen this needs.");
    }
}
