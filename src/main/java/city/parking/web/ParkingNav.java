package city.parking.web;

import city.platform.security.Roles;
import city.platform.web.Lang;
import city.platform.web.NavContributor;
import city.platform.web.NavLink;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/** The parking pages' links in the site navigation: finding parking for everyone, operations for operators. */
@ApplicationScoped
class ParkingNav implements NavContributor {

    @Override
    public List<NavLink> navLinks() {
        ParkingMsg zh = Lang.ZH.messages(ParkingMsg.class);
        ParkingMsg en = Lang.EN.messages(ParkingMsg.class);
        return List.of(
                NavLink.portal("/parking", zh.nav_parking(), en.nav_parking(), 20),
                NavLink.staff("/admin/parking", zh.nav_operations(), en.nav_operations(), 20, Roles.PARKING_OPERATOR));
    }
}
