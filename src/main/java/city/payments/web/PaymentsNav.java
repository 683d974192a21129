package city.payments.web;

import city.platform.security.Roles;
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
        return List.of(
                new NavLink("/wallet", "钱包", "Wallet", Set.of(Roles.CITIZEN), false, 30),
                new NavLink("/wallet/metro", "地铁", "Metro", Set.of(Roles.CITIZEN), false, 31),
                NavLink.staff("/admin/payments/merchant", "商户收款", "Merchant", 30, Roles.MERCHANT),
                NavLink.staff("/admin/payments", "支付管理", "Payments", 40, Roles.PAYMENTS_ADMIN, Roles.CITY_ADMIN));
    }
}
