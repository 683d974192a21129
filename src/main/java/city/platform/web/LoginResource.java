package city.platform.web;

import io.quarkus.security.Authenticated;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;

/** Signing in: Keycloak's login page runs first (code flow), then the browser goes back where it was. */
@Path("/login")
public class LoginResource {

    @GET
    @Authenticated
    public Response login(@QueryParam("return") String returnTo) {
        return Response.seeOther(SafeRedirect.to(returnTo)).build();
    }
}
