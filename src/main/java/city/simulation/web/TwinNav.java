package city.simulation.web;

import city.platform.security.Roles;
import city.platform.web.NavContributor;
import city.platform.web.NavLink;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/** The twin's evaluation page in the staff navigation, next to the traffic pages, for traffic operators. */
@ApplicationScoped
class TwinNav implements NavContributor {

    @Override
    public List<NavLink> navLinks() {
        return List.of(
                NavLink.staff(TwinPage.HOME, "交通仿真评估", "Twin: controller evaluation", 12, Roles.TRAFFIC_OPERATOR),
                NavLink.staff(LiveTwinPage.HOME, "孪生城市实时控制", "Twin: the live city", 13, Roles.TRAFFIC_OPERATOR));
    }
}
