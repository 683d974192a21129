package city.payments.internal;

import java.time.Instant;
import java.util.UUID;

/** A linked bank card as its owner sees it. */
public record BankCardView(UUID id, String brand, String last4, int expMonth, int expYear, Instant addedAt) {

    static BankCardView of(BankCard c) {
        return new BankCardView(c.id, c.brand, c.last4, c.expMonth, c.expYear, c.createdAt);
    }
}
