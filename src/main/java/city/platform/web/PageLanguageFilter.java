package city.platform.web;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Pages speak the language the visitor chose (cookie), Chinese otherwise. The request's Accept-Language is set to it
 * so that every language-aware part agrees: Qute message bundles and validation messages. The JSON API keeps the
 * client's own Accept-Language ({@link ApiLanguage}).
 */
public class PageLanguageFilter {

    @ServerRequestFilter(preMatching = true)
    public void useThePageLanguage(ContainerRequestContext request) {
        String path = request.getUriInfo().getPath();
        if (path.startsWith("/api/")) {
            return; // ApiLanguage: the client's, English when it names none
        }
        var cookie = request.getCookies().get(Lang.COOKIE);
        Lang lang = cookie == null ? null : Lang.fromTag(cookie.getValue());
        request.getHeaders().putSingle(HttpHeaders.ACCEPT_LANGUAGE, (lang == null ? Lang.ZH : lang).tag());
    }
}
