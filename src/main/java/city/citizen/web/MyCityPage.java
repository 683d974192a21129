package city.citizen.web;

import city.citizen.internal.mycity.MyCity;
import city.platform.security.CurrentUser;
import city.platform.security.Roles;
import city.platform.web.Lang;
import city.platform.web.NavContributor;
import city.platform.web.NavLink;
import city.platform.web.NoStore;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Set;

/** A citizen's "my city": one section per module, each read within its budget or shown as unavailable. */
@Path(MyCityPage.PATH)
@Produces(MediaType.TEXT_HTML)
@RolesAllowed(Roles.CITIZEN)
public class MyCityPage {

    static final String PATH = "/citizen/my-city";

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance mycity(List<MyCity.Section> sections);
    }

    private final MyCity myCity;
    private final CurrentUser user;

    MyCityPage(MyCity myCity, CurrentUser user) {
        this.myCity = myCity;
        this.user = user;
    }

    @GET
    public Response page() {
        return NoStore.html(200, Templates.mycity(myCity.of(user.id())));
    }

    /** The page's link in the portal navigation, for citizens. */
    @ApplicationScoped
    static class Nav implements NavContributor {
        @Override
        public List<NavLink> navLinks() {
            return List.of(new NavLink(
                    PATH,
                    Lang.ZH.messages(MyCityMsg.class).nav(),
                    Lang.EN.messages(MyCityMsg.class).nav(),
                    Set.of(Roles.CITIZEN),
                    false,
                    5));
        }
    }
}
