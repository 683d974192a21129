package city.citizen.internal.mycity;

import city.citizen.api.MyCityItem;
import city.citizen.api.MyCitySection;
import city.payments.api.PaymentView;
import city.payments.api.Payments;
import city.payments.api.WalletSummary;
import city.platform.web.Yuan;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

/** The wallet's balance and the newest payments, read through payments' api. */
@ApplicationScoped
class WalletSection implements MyCitySection {

    private static final Heading HEADING = new Heading("wallet", 20, "钱包", "Wallet", "/wallet");

    private static final DateTimeFormatter DAY =
            DateTimeFormatter.ofPattern("MM-dd HH:mm").withZone(ZoneId.of("Asia/Shanghai"));

    private final Payments payments;

    WalletSection(Payments payments) {
        this.payments = payments;
    }

    @Override
    public Heading heading() {
        return HEADING;
    }

    @Override
    public List<MyCityItem> items(String subject) {
        WalletSummary w = payments.wallet(subject, 3);
        List<MyCityItem> items = new ArrayList<>();
        String balance = Yuan.format(w.balanceFen());
        String available = Yuan.format(w.availableFen());
        items.add(new MyCityItem(
                "余额 " + balance,
                "Balance " + balance,
                w.availableFen() == w.balanceFen() ? null : "可用 " + available,
                w.availableFen() == w.balanceFen() ? null : "available " + available,
                "/wallet",
                false));
        for (PaymentView p : w.recent()) {
            String when = DAY.format(p.completedAt() != null ? p.completedAt() : p.createdAt());
            String what = p.description() == null || p.description().isBlank() ? p.purpose() : p.description();
            items.add(new MyCityItem(
                    Yuan.format(p.amountFen()) + " · " + what,
                    Yuan.format(p.amountFen()) + " · " + what,
                    when,
                    when,
                    "/wallet#statement",
                    false));
        }
        return items;
    }
}
