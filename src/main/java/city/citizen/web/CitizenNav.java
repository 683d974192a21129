package city.citizen.web;

import city.platform.security.Roles;
import city.platform.web.NavContributor;
import city.platform.web.NavLink;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/** The citizen portal's links in the site navigation. */
@ApplicationScoped
class CitizenNav implements NavContributor {

    @Override
    public List<NavLink> navLinks() {
        return List.of(
                NavLink.portal("/", "首页", "Home", 0),
                NavLink.portal("/services", "办事服务", "Services", 10),
                NavLink.staff(
                        "/admin/citizen/services",
                        "服务事项管理",
                        "Service catalogue",
                        10,
                        Roles.SERVICE_CLERK,
                        Roles.CITY_ADMIN));
    }
}
