package city.citizen.web;

import city.citizen.internal.casework.CaseDocuments;
import city.citizen.internal.casework.CaseStatus;
import city.citizen.internal.casework.CaseView;
import city.citizen.internal.casework.Casework;
import city.platform.rest.ProblemException;
import city.platform.security.CurrentUser;
import city.platform.security.Roles;
import city.platform.web.NoStore;
import city.platform.web.PageContext;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;

/** A citizen's applications and where each stands, with withdrawing and their documents. */
@Path("/citizen/applications")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed(Roles.CITIZEN)
public class MyApplicationsPage {

    /** One application as listed. */
    public record AppRow(CaseView c, String serviceName, String status, boolean editable, boolean withdrawable) {}

    public record AppsScreen(List<AppRow> apps, String notice, String error) {}

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance applications(AppsScreen s);
    }

    private final Casework casework;
    private final CaseDocuments documents;
    private final CurrentUser user;
    private final PageContext page;

    MyApplicationsPage(Casework casework, CaseDocuments documents, CurrentUser user, PageContext page) {
        this.casework = casework;
        this.documents = documents;
        this.user = user;
        this.page = page;
    }

    @GET
    public Response list(@QueryParam("submitted") String submitted, @QueryParam("withdrawn") String withdrawn) {
        CitizenMsg msg = msg();
        String notice = null;
        if (submitted != null && submitted.matches("SH-[0-9]{4}-[0-9]{6,}")) {
            notice = msg.apps_submitted(submitted);
        } else if (withdrawn != null) {
            notice = msg.apps_withdrawn();
        }
        return NoStore.html(200, screen(notice, null));
    }

    @POST
    @Path("{id}/withdraw")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response withdraw(@PathParam("id") UUID id) {
        try {
            casework.withdraw(user.id(), user.displayName(), id, null);
            return Response.seeOther(URI.create("/citizen/applications?withdrawn=1"))
                    .build();
        } catch (ProblemException e) {
            if (e.status() == Response.Status.NOT_FOUND) {
                throw e;
            }
            return NoStore.html(e.status().getStatusCode(), screen(null, msg().apps_err()));
        }
    }

    @GET
    @Path("{id}/documents/{key}")
    @Produces(MediaType.WILDCARD)
    public Response download(@PathParam("id") UUID id, @PathParam("key") String key) {
        return download(documents.forApplicant(user.id(), id, key));
    }

    static Response download(CaseDocuments.Download d) {
        String encoded = URLEncoder.encode(d.fileName(), StandardCharsets.UTF_8).replace("+", "%20");
        return NoStore.of(Response.ok(d.content(), d.mediaType()))
                .header("Content-Disposition", "attachment; filename*=UTF-8''" + encoded)
                .build();
    }

    private TemplateInstance screen(String notice, String error) {
        CitizenMsg msg = msg();
        List<AppRow> rows = casework.mine(user.id()).stream()
                .map(c -> new AppRow(
                        c,
                        page.t(c.serviceNameZh(), c.serviceNameEn()),
                        CaseTexts.status(c.status(), msg),
                        c.status().editable(),
                        c.status().canMoveTo(CaseStatus.WITHDRAWN)))
                .toList();
        return Templates.applications(new AppsScreen(rows, notice, error));
    }

    private CitizenMsg msg() {
        return page.language().messages(CitizenMsg.class);
    }
}
