package city.payments.internal.ledger;

/** Fired for every transfer; observers that cache balances drop these accounts once the transaction commits. */
public record AccountsChanged(long debitAccountId, long creditAccountId) {}
