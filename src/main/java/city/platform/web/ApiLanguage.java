package city.platform.web;

import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * The JSON API answers in the language of the client's {@code Accept-Language}, and in English when it names none:
 * the platform's default locale is Chinese, for the pages, and an API client that asked for nothing should not get
 * validation messages in Chinese. Set on the HTTP request itself, early, so that every reader of the header (the
 * validator's locale resolver, the problem mappers) agrees.
 */
@ApplicationScoped
public class ApiLanguage {

    /** Before CORS (-300) and authentication (-200), so that a 401 problem speaks it too. */
    static final int ORDER = -390;

    void install(@Observes Router router) {
        router.route("/api/*").order(ORDER).handler(ApiLanguage::englishUnlessAsked);
    }

    static void englishUnlessAsked(RoutingContext rc) {
        String asked = rc.request().getHeader(HttpHeaders.ACCEPT_LANGUAGE);
        if (asked == null || asked.isBlank()) {
            rc.request().headers().set(HttpHeaders.ACCEPT_LANGUAGE, Lang.EN.tag());
        }
        rc.next();
    }
}
