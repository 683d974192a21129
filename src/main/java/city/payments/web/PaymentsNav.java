package city.payments.web;

import city.platform.security.Roles;
import city.platform.web.Lang;
import city.platform.web.NavContributor;
import city.platform.web.NavLink;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Set;

/** The payment pages' links in the site navigation: the wallet for citizens, the counter and the books for staff. */
@ApplicationScoped
class PaymentsNav implements NavContributor {

    @Override
    public List<NavLink> navLinks() {
        PayMsg zh = Lang.ZH.messages(PayMsg.class);
        PayMsg en = Lang.EN.messages(PayMsg.class);
        return List.of(
                new NavLink("/wallet", zh.nav_wallet(), en.nav_wallet(), Set.of(Roles.CITIZEN), false, 30),
                new NavLink("/wallet/metro", zh.nav_metro(), en.nav_metro(), Set.of(Roles.CITIZEN), false, 31),
                NavLink.staff("/admin/payments/merchant", zh.nav_merchant(), en.nav_merchant(), 30, Roles.MERCHANT),
                NavLink.staff(
                        "/admin/payments",
                        zh.nav_payments(),
                        en.nav_payments(),
                        40,
                        Roles.PAYMENTS_ADMIN,
                        Roles.CITY_ADMIN));
    }
}
