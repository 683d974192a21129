package city.payments.internal.ledger;

/** What an account of the ledger stands for. */
public enum AccountKind {
    /** A citizen's wallet. */
    WALLET,
    /** The stored value of a preloaded transit card. */
    TRANSIT_CARD,
    /** A merchant's settlement account. */
    MERCHANT,
    /** What a city department earns. */
    REVENUE,
    /** Money held outside the ledger, at a bank or card gateway: runs negative. */
    CLEARING
}
