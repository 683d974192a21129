package city.platform.web;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.core.Response;

/** Switches the language of the pages and remembers it for a year. */
@Path("/lang")
public class LanguageResource {

    @GET
    @Path("{tag}")
    @PermitAll
    public Response switchTo(@PathParam("tag") String tag, @QueryParam("return") String returnTo) {
        Lang lang = Lang.fromTag(tag);
        if (lang == null) {
            lang = Lang.ZH;
        }
        NewCookie cookie = new NewCookie.Builder(Lang.COOKIE)
                .value(lang.tag())
                .path("/")
                .maxAge(365 * 24 * 3600)
                .sameSite(NewCookie.SameSite.LAX)
                .build();
        return Response.seeOther(SafeRedirect.to(returnTo)).cookie(cookie).build();
    }
}
