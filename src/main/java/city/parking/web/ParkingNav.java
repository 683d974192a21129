package city.parking.web;

import city.platform.security.Roles;
import city.platform.web.NavContributor;
import city.platform.web.NavLink;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/** The parking pages' links in the site navigation: finding parking for everyone, operations for operators. */
@ApplicationScoped
class ParkingNav implements NavContributor {

    @Override
    public List<NavLink> navLinks() {
        return List.of(
                NavLink.portal("/parking", "停车", "Parking", 20),
                NavLink.staff("/admin/parking", "停车运营", "Parking operations", 20, Roles.PARKING_OPERATOR));
    }
}
