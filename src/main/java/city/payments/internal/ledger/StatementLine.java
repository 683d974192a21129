package city.payments.internal.ledger;

/** One transfer as seen from one account: {@code signedAmount} is positive for money in, negative for money out. */
public record StatementLine(
        Transfer transfer, long signedAmount, String counterpartCode, String counterpartZh, String counterpartEn) {}
