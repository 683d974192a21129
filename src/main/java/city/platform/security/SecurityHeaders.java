package city.platform.security;

import io.vertx.core.MultiMap;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.Locale;

/**
 * The headers every answer carries, errors included: no MIME sniffing, no framing by other sites, no full URL in the
 * Referer sent elsewhere, and on pages a Content Security Policy that allows scripts, styles, fonts, images and
 * connections from this origin only (the pages have no inline script; inline styles stay allowed for the bars and
 * swatches that templates size). Swagger UI under {@code /q/} runs inline scripts of its own and keeps no CSP. With
 * {@code city.https.secure-cookies} (HTTPS deployments) browsers are also told to come back over HTTPS only. A text
 * answer without a charset gets UTF-8, the only encoding the platform writes.
 */
@ApplicationScoped
public class SecurityHeaders {

    static final String CSP = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
            + "img-src 'self' data:; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; "
            + "frame-ancestors 'none'";

    /** First of all handlers, so that whatever answers later (an error, a redirect) carries the headers. */
    static final int ORDER = Integer.MIN_VALUE + 10;

    private final boolean https;

    SecurityHeaders(SecureCookiesConfig config) {
        this.https = config.secureCookies();
    }

    void install(@Observes Router router) {
        router.route().order(ORDER).handler(this::add);
    }

    void add(RoutingContext rc) {
        boolean swagger = rc.normalizedPath().startsWith("/q/");
        rc.addHeadersEndHandler(ignored -> {
            MultiMap headers = rc.response().headers();
            headers.set("X-Content-Type-Options", "nosniff");
            headers.set("X-Frame-Options", "DENY");
            headers.set("Referrer-Policy", "strict-origin-when-cross-origin");
            if (!swagger && !headers.contains("Content-Security-Policy")) {
                headers.set("Content-Security-Policy", CSP);
            }
            if (https) {
                headers.set("Strict-Transport-Security", "max-age=31536000");
            }
            String type = headers.get(HttpHeaders.CONTENT_TYPE);
            if (type != null
                    && type.regionMatches(true, 0, "text/", 0, 5)
                    && !type.toLowerCase(Locale.ROOT).contains("charset")) {
                headers.set(HttpHeaders.CONTENT_TYPE, type + ";charset=UTF-8");
            }
        });
        rc.next();
    }
}
