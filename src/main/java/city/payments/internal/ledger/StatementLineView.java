package city.payments.internal.ledger;

import java.time.Instant;
import java.util.UUID;

/** One line of a statement: positive amounts came in, negative went out; holds show as PENDING. */
public record StatementLineView(
        UUID transferId,
        Instant at,
        TransferKind kind,
        String code,
        long amountFen,
        String counterpart,
        String counterpartZh,
        String counterpartEn,
        String reference,
        String description) {

    static StatementLineView of(StatementLine line) {
        var t = line.transfer();
        return new StatementLineView(
                t.id(),
                t.createdAt(),
                t.kind(),
                t.code(),
                line.signedAmount(),
                line.counterpartCode(),
                line.counterpartZh(),
                line.counterpartEn(),
                t.reference(),
                t.description());
    }
}
