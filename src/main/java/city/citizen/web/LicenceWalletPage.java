package city.citizen.web;

import city.citizen.internal.certificate.CertificateView;
import city.citizen.internal.certificate.Certificates;
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
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/** A citizen's licence wallet: every certificate the city issued them, with its status and PDF. */
@Path(LicenceWalletPage.PATH)
@Produces(MediaType.TEXT_HTML)
@RolesAllowed(Roles.CITIZEN)
public class LicenceWalletPage {

    static final String PATH = "/citizen/licences";

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance wallet(List<CertificateView> certificates);
    }

    private final Certificates certificates;
    private final CurrentUser user;

    LicenceWalletPage(Certificates certificates, CurrentUser user) {
        this.certificates = certificates;
        this.user = user;
    }

    @GET
    public Response wallet() {
        return NoStore.html(200, Templates.wallet(certificates.mine(user.id())));
    }

    @GET
    @Path("{id}/pdf")
    @Produces("application/pdf")
    public Response pdf(@PathParam("id") UUID id) {
        CertificateView view = certificates.mine(user.id(), id);
        return NoStore.of(Response.ok(certificates.myPdf(user.id(), id), "application/pdf"))
                .header("Content-Disposition", "attachment; filename=\"" + view.number() + ".pdf\"")
                .build();
    }

    /** The wallet's link in the portal navigation, for citizens. */
    @ApplicationScoped
    static class Nav implements NavContributor {
        @Override
        public List<NavLink> navLinks() {
            return List.of(new NavLink(
                    PATH,
                    Lang.ZH.messages(LicenceMsg.class).nav(),
                    Lang.EN.messages(LicenceMsg.class).nav(),
                    Set.of(Roles.CITIZEN),
                    false,
                    25));
        }
    }
}
