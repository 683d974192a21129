package city.payments.internal.ledger;

import java.time.Instant;

/** An account and its running totals; balance is credits minus debits, available also subtracts holds. */
public record LedgerAccount(
        long id,
        String code,
        AccountKind kind,
        String ownerId,
        String nameZh,
        String nameEn,
        boolean mayGoNegative,
        long debitsPosted,
        long creditsPosted,
        long debitsPending,
        long creditsPending,
        Instant createdAt) {

    public long balance() {
        return creditsPosted - debitsPosted;
    }

    public long available() {
        return creditsPosted - debitsPosted - debitsPending;
    }

    public long held() {
        return debitsPending;
    }
}
