package city.payments.internal;

import city.payments.internal.ledger.Ledger;
import city.payments.internal.ledger.TransferRequest;
import city.payments.internal.metro.TransitCards;
import city.platform.config.Demo;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.UUID;
import org.eclipse.microprofile.context.ManagedExecutor;
import org.jboss.logging.Logger;

/**
 * Something to look at in a local demo: a tea house for the demo merchant, a welcome credit and a transit card for
 * the demo citizen. Runs only when the launcher started Keycloak with the demo users ({@code city.demo.enabled});
 * every step is safe to repeat.
 */
@ApplicationScoped
class DemoData {

    private static final Logger LOG = Logger.getLogger(DemoData.class);
    /** Fixed ids of the demo users in {@code keycloak/dev-overlay.json}. */
    static final String DEMO_CITIZEN = "00000000-0000-4000-8000-000000000001";

    static final String DEMO_MERCHANT = "00000000-0000-4000-8000-000000000005";
    static final String DEMO_SHOP = "laoshe-tea";
    static final String DEMO_CARD = "1000750000000001";
    private static final UUID WELCOME_CREDIT = UUID.fromString("0de30000-0000-4000-8000-000000000001");

    private final boolean enabled;
    private final MerchantService merchants;
    private final Ledger ledger;
    private final Wallets wallets;
    private final TransitCards cards;

    DemoData(Demo demo, MerchantService merchants, Ledger ledger, Wallets wallets, TransitCards cards) {
        this.enabled = demo.enabled();
        this.merchants = merchants;
        this.ledger = ledger;
        this.wallets = wallets;
        this.cards = cards;
    }

    /** Off the start-up path: the app is ready without it, and the demo data follows a moment later. */
    void seedInBackground(@Observes StartupEvent event, ManagedExecutor executor) {
        if (enabled) {
            executor.runAsync(this::seed).exceptionally(e -> {
                LOG.warn("demo data could not be written", e);
                return null;
            });
        }
    }

    void seed() {
        if (merchants.find(DEMO_SHOP).isEmpty()) {
            merchants.register(DEMO_SHOP, "老舍茶馆", "Laoshe Tea House", DEMO_MERCHANT);
        }
        ledger.post(new TransferRequest(
                WELCOME_CREDIT,
                ledger.accountId("clearing:cash"),
                wallets.accountId(DEMO_CITIZEN),
                20_000,
                "TOPUP",
                "demo",
                "Welcome credit"));
        if (cards.lookup(DEMO_CARD).isEmpty()) {
            cards.link(DEMO_CITIZEN, DEMO_CARD);
        }
        LOG.infof("demo data ready: merchant %s, transit card %s for the demo citizen", DEMO_SHOP, DEMO_CARD);
    }
}
