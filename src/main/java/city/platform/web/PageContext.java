package city.platform.web;

import city.platform.config.CityName;
import city.platform.time.ClockProducer;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Named;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.text.NumberFormat;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Comparator;
import java.util.List;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * What the layout and every page need to know about the current request, as {@code inject:page} in templates: the
 * language, the signed-in user, the navigation and formatting in the user's language.
 */
@Named("page")
@RequestScoped
public class PageContext {

    private static final org.jboss.logging.Logger LOG = org.jboss.logging.Logger.getLogger(PageContext.class);

    private final SecurityIdentity identity;
    private final RoutingContext request;
    private final Instance<NavContributor> contributors;
    private final Instance<HeaderBadge> badges;
    private final city.platform.security.CurrentUser user;
    private final String cityNameZh;
    private final String cityNameEn;

    PageContext(
            SecurityIdentity identity,
            CurrentVertxRequest currentRequest,
            Instance<NavContributor> contributors,
            Instance<HeaderBadge> badges,
            city.platform.security.CurrentUser user,
            CityName cityName) {
        this.identity = identity;
        this.request = currentRequest.getCurrent();
        this.contributors = contributors;
        this.badges = badges;
        this.user = user;
        this.cityNameZh = cityName.zh();
        this.cityNameEn = cityName.en();
    }

    public Lang language() {
        return Lang.of(request);
    }

    /** The BCP 47 tag for {@code <html lang>}. */
    public String lang() {
        return language().tag();
    }

    public boolean en() {
        return language() == Lang.EN;
    }

    public String otherLang() {
        return language().other().tag();
    }

    public String otherLangLabel() {
        return language().other().nativeName();
    }

    /**
     * The page's language version of a value stored in both languages (a name, an address, a description). The
     * page's own texts come from the message bundles ({@code msg:}, {@code park:}, ...).
     */
    public String t(String zh, String en) {
        return language().select(zh, en);
    }

    /** A message bundle in the page's language, for texts that Java code puts on a page. */
    public <T> T messages(Class<T> bundle) {
        return language().messages(bundle);
    }

    public String cityName() {
        return t(cityNameZh, cityNameEn);
    }

    public boolean signedIn() {
        return !identity.isAnonymous();
    }

    /** The signed-in person's full name, else their user name. */
    public String userName() {
        if (identity.isAnonymous()) {
            return "";
        }
        if (identity.getPrincipal() instanceof JsonWebToken jwt) {
            String name = jwt.getClaim("name");
            if (name != null && !name.isBlank()) {
                return name;
            }
            String username = jwt.getClaim("preferred_username");
            if (username != null) {
                return username;
            }
        }
        return identity.getPrincipal().getName();
    }

    public boolean hasRole(String role) {
        return identity.hasRole(role);
    }

    /** The path and query of this request, to come back to after signing in or switching language. */
    public String here() {
        if (request == null) {
            return "/";
        }
        String uri = request.request().uri();
        return uri == null || uri.isBlank() ? "/" : uri;
    }

    public String switchLangHref() {
        return "/lang/" + otherLang() + "?return=" + encode(here());
    }

    public String loginHref() {
        return "/login?return=" + encode(here());
    }

    /** Links of the portal navigation. */
    public List<NavItem> nav() {
        return links(false);
    }

    /** Links to the staff pages that this user may open. */
    public List<NavItem> staffNav() {
        return links(true);
    }

    private List<NavItem> links(boolean staff) {
        String path = request == null ? "/" : request.normalizedPath();
        return contributors.stream()
                .flatMap(c -> c.navLinks().stream())
                .filter(l -> l.staff() == staff)
                .filter(l -> l.roles().isEmpty() || l.roles().stream().anyMatch(identity::hasRole))
                .sorted(Comparator.comparingInt(NavLink::order))
                .map(l -> new NavItem(
                        l.href(),
                        t(l.labelZh(), l.labelEn()),
                        l.href().equals("/") ? path.equals("/") : path.startsWith(l.href())))
                .toList();
    }

    /** The header's counts for the signed-in person (unread messages...); none for a visitor. */
    public List<BadgeItem> badges() {
        if (identity.isAnonymous()) {
            return List.of();
        }
        String subject = user.id();
        return badges.stream()
                .flatMap(b -> {
                    try {
                        return b.badge(subject).stream();
                    } catch (RuntimeException e) {
                        // a count that cannot be read now must not cost the person the page
                        LOG.debugf(
                                e, "header badge %s unavailable", b.getClass().getName());
                        return java.util.stream.Stream.empty();
                    }
                })
                .map(b -> new BadgeItem(b.href(), t(b.labelZh(), b.labelEn()), b.count()))
                .toList();
    }

    /** A header badge ready to show. */
    public record BadgeItem(String href, String label, long count) {}

    /** A link ready to show: its label in the page's language, and whether it is the current section. */
    public record NavItem(String href, String label, boolean active) {}

    /** An amount of fen as money in the page's language, such as ¥120.00; "free" for zero. */
    public String money(long fen) {
        if (fen == 0) {
            return messages(Msg.class).free();
        }
        NumberFormat format = NumberFormat.getCurrencyInstance(java.util.Locale.CHINA);
        return format.format(java.math.BigDecimal.valueOf(fen, 2));
    }

    /** A moment in Beijing time, formatted for the page's language. */
    public String time(Instant instant) {
        if (instant == null) {
            return "";
        }
        return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM)
                .withLocale(language().locale())
                .withZone(ClockProducer.CITY_ZONE)
                .format(instant);
    }

    public static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
