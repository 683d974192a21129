package city.payments.api;

import java.util.List;

/**
 * A citizen's wallet at a glance, for other modules' overviews (the portal's "my city").
 *
 * @param balanceFen what the wallet holds
 * @param availableFen what it can spend now: the balance less what holds keep aside
 * @param recent the citizen's newest payments, newest first
 */
public record WalletSummary(long balanceFen, long availableFen, List<PaymentView> recent) {

    public WalletSummary {
        recent = List.copyOf(recent);
    }
}
