package city.citizen.web;

import city.citizen.internal.CatalogueService;
import city.citizen.internal.application.FormField;
import city.citizen.internal.application.FormVersion;
import city.citizen.internal.casework.CaseDocuments;
import city.citizen.internal.casework.CaseStatus;
import city.citizen.internal.casework.CaseView;
import city.citizen.internal.casework.Casework;
import city.citizen.internal.casework.Clerk;
import city.citizen.internal.casework.QueueFilter;
import city.citizen.internal.certificate.CertificateView;
import city.citizen.internal.certificate.Certificates;
import city.platform.rest.ProblemException;
import city.platform.security.CurrentUser;
import city.platform.security.Roles;
import city.platform.web.NoStore;
import city.platform.web.PageContext;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/** A clerk's queue of their department's applications, with the filters, one case's answers, and the steps. */
@Path("/admin/citizen/queue")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed(Roles.SERVICE_CLERK)
public class CaseQueuePage {

    /** One application as the queue lists it. */
    public record QueueRow(CaseView c, String serviceName, String status) {}

    /** The filter as the clerk set it, to draw it again. */
    public record Filter(String service, String status, boolean overdue, String assignee) {}

    public record StatusOption(String value, String label) {}

    public record QueueScreen(
            String department, boolean noDepartment, Filter filter, List<StatusOption> statuses, List<QueueRow> rows) {}

    /** One answer of a case, labelled as its form labels it. */
    public record AnswerRow(String label, String value) {}

    public record StepRow(CaseView.StepView step, String from, String to) {}

    public record CaseScreen(
            CaseView c,
            String serviceName,
            String status,
            List<AnswerRow> answers,
            List<StepRow> history,
            boolean mine,
            boolean claimable,
            CertificateView certificate,
            String notice,
            String error) {}

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance queue(QueueScreen s);

        static native TemplateInstance detail(CaseScreen s);
    }

    private final Casework casework;
    private final CaseDocuments documents;
    private final Certificates certificates;
    private final CatalogueService catalogue;
    private final CurrentUser user;
    private final PageContext page;

    CaseQueuePage(
            Casework casework,
            CaseDocuments documents,
            CatalogueService catalogue,
            Certificates certificates,
            CurrentUser user,
            PageContext page) {
        this.casework = casework;
        this.certificates = certificates;
        this.documents = documents;
        this.catalogue = catalogue;
        this.user = user;
        this.page = page;
    }

    @GET
    public Response queue(
            @QueryParam("service") String service,
            @QueryParam("status") String status,
            @QueryParam("overdue") String overdue,
            @QueryParam("assignee") String assignee) {
        CitizenMsg msg = msg();
        Clerk clerk = Clerk.of(user);
        CaseStatus wanted = status(status);
        String svc = service == null || service.length() > 40 ? null : service.strip();
        String who = assignee == null || assignee.length() > 255 ? null : assignee.strip();
        boolean late = overdue != null && !overdue.isBlank();
        List<QueueRow> rows =
                casework.queue(clerk, new QueueFilter(svc, wanted, late ? Boolean.TRUE : null, who)).stream()
                        .map(c -> new QueueRow(
                                c, page.t(c.serviceNameZh(), c.serviceNameEn()), CaseTexts.status(c.status(), msg)))
                        .toList();
        List<StatusOption> statuses = new ArrayList<>();
        for (CaseStatus s : List.of(
                CaseStatus.SUBMITTED,
                CaseStatus.IN_REVIEW,
                CaseStatus.NEEDS_INFO,
                CaseStatus.APPROVED,
                CaseStatus.REJECTED,
                CaseStatus.WITHDRAWN)) {
            statuses.add(new StatusOption(s.name(), CaseTexts.status(s, msg)));
        }
        String department = clerk.department()
                .flatMap(d -> catalogue.departments().stream()
                        .filter(v -> v.code().equals(d))
                        .findFirst()
                        .map(v -> page.t(v.nameZh(), v.nameEn())))
                .orElse(clerk.department().orElse(""));
        return NoStore.html(
                200,
                Templates.queue(new QueueScreen(
                        department,
                        clerk.department().isEmpty(),
                        new Filter(
                                svc == null ? "" : svc,
                                wanted == null ? "" : wanted.name(),
                                late,
                                who == null ? "" : who),
                        statuses,
                        rows)));
    }

    @GET
    @Path("{id}")
    public Response detail(@PathParam("id") UUID id, @QueryParam("done") String done) {
        return NoStore.html(
                200,
                detailScreen(casework.getForClerk(Clerk.of(user), id), done != null ? msg().q_done() : null, null));
    }

    @POST
    @Path("{id}/{action}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response act(@PathParam("id") UUID id, @PathParam("action") String action, @FormParam("note") String note) {
        Clerk clerk = Clerk.of(user);
        try {
            switch (action) {
                case "claim" -> casework.claim(clerk, id);
                case "release" -> casework.release(clerk, id, note);
                case "request-info" -> casework.requestInfo(clerk, id, note);
                case "approve" -> casework.approve(clerk, id, note);
                case "reject" -> casework.reject(clerk, id, note);
                case "revoke-certificate" ->
                    certificates.revoke(
                            clerk.name(),
                            clerk.department(),
                            certificateOf(clerk, id).id(),
                            note);
                default -> throw ProblemException.notFound("No action " + action + ".");
            }
            return Response.seeOther(URI.create("/admin/citizen/queue/" + id + "?done=1"))
                    .build();
        } catch (ProblemException e) {
            if (e.status() == Response.Status.NOT_FOUND) {
                throw e;
            }
            String why = e.status() == Response.Status.BAD_REQUEST
                    ? msg().q_err_note()
                    : msg().q_err_claimed(e.getMessage());
            return NoStore.html(e.status().getStatusCode(), detailScreen(casework.getForClerk(clerk, id), null, why));
        }
    }

    @GET
    @Path("{id}/certificate.pdf")
    @Produces("application/pdf")
    public Response certificatePdf(@PathParam("id") UUID id) {
        Clerk clerk = Clerk.of(user);
        CertificateView c = certificateOf(clerk, id);
        return NoStore.of(Response.ok(certificates.departmentPdf(clerk.department(), c.id()), "application/pdf"))
                .header("Content-Disposition", "attachment; filename=\"" + c.number() + ".pdf\"")
                .build();
    }

    /** The certificate of a case of the clerk's department; 404 when it has none. */
    private CertificateView certificateOf(Clerk clerk, UUID caseId) {
        CaseView c = casework.getForClerk(clerk, caseId);
        return certificates.ofCase(c.id()).orElseThrow(() -> ProblemException.notFound("No certificate."));
    }

    @GET
    @Path("{id}/documents/{key}")
    @Produces(MediaType.WILDCARD)
    public Response download(@PathParam("id") UUID id, @PathParam("key") String key) {
        return MyApplicationsPage.download(documents.forClerk(Clerk.of(user), id, key));
    }

    private TemplateInstance detailScreen(CaseView c, String notice, String error) {
        CitizenMsg msg = msg();
        FormVersion form = casework.formOf(c);
        List<AnswerRow> answers = new ArrayList<>();
        for (FormField f : form.definition().fields()) {
            answers.add(new AnswerRow(page.t(f.labelZh(), f.labelEn()), c.data().getOrDefault(f.key(), "")));
        }
        List<StepRow> history = c.history().stream()
                .map(s -> new StepRow(
                        s, s.from() == null ? "" : CaseTexts.status(s.from(), msg), CaseTexts.status(s.to(), msg)))
                .toList();
        String me = Clerk.of(user).name();
        return Templates.detail(new CaseScreen(
                c,
                page.t(c.serviceNameZh(), c.serviceNameEn()),
                CaseTexts.status(c.status(), msg),
                answers,
                history,
                c.status() == CaseStatus.IN_REVIEW && me.equals(c.assignee()),
                c.status() == CaseStatus.SUBMITTED,
                certificates.ofCase(c.id()).orElse(null),
                notice,
                error));
    }

    private static CaseStatus status(String status) {
        if (status == null || status.isBlank()) {
            return null;
        }
        try {
            return CaseStatus.valueOf(status.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private CitizenMsg msg() {
        return page.language().messages(CitizenMsg.class);
    }
}
