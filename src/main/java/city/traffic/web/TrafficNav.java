package city.traffic.web;

import city.platform.security.Roles;
import city.platform.web.NavContributor;
import city.platform.web.NavLink;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/** The traffic pages' links in the staff navigation: the control room and the road network, for operators and police. */
@ApplicationScoped
class TrafficNav implements NavContributor {

    @Override
    public List<NavLink> navLinks() {
        return List.of(
                NavLink.staff("/traffic", "交通指挥中心", "Traffic control room", 10, Roles.TRAFFIC_OPERATOR, Roles.POLICE),
                NavLink.staff("/traffic/network", "路网管理", "Road network", 11, Roles.TRAFFIC_OPERATOR, Roles.POLICE));
    }
}
