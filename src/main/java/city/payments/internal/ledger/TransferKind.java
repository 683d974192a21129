package city.payments.internal.ledger;

/** The two-phase transfer model: a pending transfer reserves money until it is posted or voided. */
public enum TransferKind {
    POSTED,
    PENDING,
    POST_PENDING,
    VOID_PENDING
}
