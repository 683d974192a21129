package city.payments.internal;

import city.payments.internal.ledger.AccountKind;
import city.payments.internal.ledger.Ledger;
import city.payments.internal.ledger.LedgerAccount;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

/** Citizens' wallets: one ledger account each, opened the first time it is needed. */
@ApplicationScoped
public class Wallets {

    public static final String PREFIX = "wallet:";

    private final Ledger ledger;

    Wallets(Ledger ledger) {
        this.ledger = ledger;
    }

    public static String codeOf(String subject) {
        return PREFIX + subject;
    }

    /** The ledger account id of the citizen's wallet, opening it if needed. */
    @Transactional
    public long accountId(String subject) {
        return ledger.openAccount(codeOf(subject), AccountKind.WALLET, subject, "个人钱包", "Wallet", false);
    }

    @Transactional
    public LedgerAccount wallet(String subject) {
        long id = accountId(subject);
        return ledger.findAccount(id).orElseThrow();
    }
}
