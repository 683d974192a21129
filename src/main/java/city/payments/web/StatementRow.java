package city.payments.web;

import city.payments.internal.ledger.StatementLineView;
import city.payments.internal.ledger.TransferKind;

/** A statement line as the wallet page shows it; the name of its kind of transfer is {@code pay:transfer_kind}. */
public record StatementRow(StatementLineView line) {

    static StatementRow of(StatementLineView line) {
        return new StatementRow(line);
    }

    /** A hold that is neither captured nor released yet. */
    public boolean pending() {
        return line.kind() == TransferKind.PENDING;
    }

    public boolean incoming() {
        return line.amountFen() > 0;
    }
}
