package city.citizen.internal.mycity;

import city.citizen.api.MyCityItem;
import city.citizen.api.MyCitySection;
import city.citizen.internal.benefit.Entitlements;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/** The benefits the citizen has without having applied. */
@ApplicationScoped
class BenefitsSection implements MyCitySection {

    private static final Heading HEADING = new Heading("benefits", 17, "免申即享", "Benefits granted", "/wallet");

    private final Entitlements entitlements;

    BenefitsSection(Entitlements entitlements) {
        this.entitlements = entitlements;
    }

    @Override
    public Heading heading() {
        return HEADING;
    }

    @Override
    public List<MyCityItem> items(String subject) {
        return entitlements.of(subject).stream()
                .map(b -> new MyCityItem(
                        b.nameZh(),
                        b.nameEn(),
                        b.lastPaidMonth() == null
                                ? b.descriptionZh()
                                : b.lastPaidMonth() + " 已发放 " + b.lastPaidFen() / 100 + " 元",
                        b.lastPaidMonth() == null
                                ? b.descriptionEn()
                                : b.lastPaidMonth() + " paid " + b.lastPaidFen() / 100 + " yuan",
                        null,
                        false))
                .toList();
    }
}
