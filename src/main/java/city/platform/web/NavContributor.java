package city.platform.web;

import java.util.List;

/** Implemented by a CDI bean of each module that has pages: the links it adds to the site navigation. */
public interface NavContributor {

    List<NavLink> navLinks();
}
