package city.platform.security;

import io.quarkus.oidc.TenantResolver;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Bearer tokens (the default tenant) for the JSON API and machine endpoints, so that a call without a token gets 401
 * and never a login redirect; the code flow (tenant {@code web}) for every page.
 */
@ApplicationScoped
public class CityTenantResolver implements TenantResolver {

    public static final String WEB_TENANT = "web";

    @Override
    public String resolve(RoutingContext context) {
        String path = context.normalizedPath();
        if (path.startsWith("/api/") || path.startsWith("/q/") || path.startsWith("/static/")) {
            return null;
        }
        return WEB_TENANT;
    }
}
