package city.platform.web;

import java.util.Set;

/**
 * A link in the site navigation, contributed by a module through {@link NavContributor}.
 *
 * @param roles who sees it; empty for everybody
 * @param staff true for a link to a staff page under {@code /admin/}
 */
public record NavLink(String href, String labelZh, String labelEn, Set<String> roles, boolean staff, int order) {

    public static NavLink portal(String href, String labelZh, String labelEn, int order) {
        return new NavLink(href, labelZh, labelEn, Set.of(), false, order);
    }

    public static NavLink staff(String href, String labelZh, String labelEn, int order, String... roles) {
        return new NavLink(href, labelZh, labelEn, Set.of(roles), true, order);
    }
}
