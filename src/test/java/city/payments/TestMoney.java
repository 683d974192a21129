package city.payments;

import city.payments.internal.Wallets;
import city.payments.internal.ledger.Ledger;
import city.payments.internal.ledger.TransferRequest;
import jakarta.enterprise.inject.spi.CDI;
import java.util.UUID;

/** Puts money into wallets for tests, as a cash top-up at a service counter would. */
public final class TestMoney {

    private TestMoney() {}

    public static void fund(String subject, long fen) {
        Ledger ledger = CDI.current().select(Ledger.class).get();
        Wallets wallets = CDI.current().select(Wallets.class).get();
        long wallet = wallets.accountId(subject);
        ledger.post(new TransferRequest(
                UUID.randomUUID(), ledger.accountId("clearing:cash"), wallet, fen, "TOPUP", "test", "cash top-up"));
    }

    public static long balance(String subject) {
        return CDI.current().select(Wallets.class).get().wallet(subject).balance();
    }

    public static long available(String subject) {
        return CDI.current().select(Wallets.class).get().wallet(subject).available();
    }

    public static String someone() {
        return "test-" + UUID.randomUUID();
    }
}
