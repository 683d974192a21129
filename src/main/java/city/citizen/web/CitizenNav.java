package city.citizen.web;

import city.platform.security.Roles;
import city.platform.web.Lang;
import city.platform.web.NavContributor;
import city.platform.web.NavLink;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/** The citizen portal's links in the site navigation. */
@ApplicationScoped
class CitizenNav implements NavContributor {

    @Override
    public List<NavLink> navLinks() {
        CitizenMsg zh = Lang.ZH.messages(CitizenMsg.class);
        CitizenMsg en = Lang.EN.messages(CitizenMsg.class);
        return List.of(
                NavLink.portal("/", zh.nav_home(), en.nav_home(), 0),
                NavLink.portal("/services", zh.nav_services(), en.nav_services(), 10),
                NavLink.portal("/bundles", zh.bundles_title(), en.bundles_title(), 12),
                new NavLink(
                        "/citizen/applications",
                        zh.nav_applications(),
                        en.nav_applications(),
                        java.util.Set.of(Roles.CITIZEN),
                        false,
                        20),
                NavLink.staff(
                        "/admin/citizen/services",
                        zh.nav_catalogue(),
                        en.nav_catalogue(),
                        10,
                        Roles.SERVICE_CLERK,
                        Roles.CITY_ADMIN),
                NavLink.staff("/admin/citizen/queue", zh.nav_queue(), en.nav_queue(), 11, Roles.SERVICE_CLERK),
                NavLink.staff(
                        "/admin/citizen/dashboard", zh.nav_dashboard(), en.nav_dashboard(), 12, Roles.CITY_ADMIN));
    }
}
