package city.citizen.web;

import city.citizen.api.ServiceDetail;
import city.citizen.internal.CatalogueService;
import city.citizen.internal.application.ApplicationFormService;
import city.citizen.internal.application.FormVersion;
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
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jboss.resteasy.reactive.server.multipart.FormValue;
import org.jboss.resteasy.reactive.server.multipart.MultipartFormDataInput;

/**
 * A citizen applies for a service online: the form drawn from its definition, prefilled with what the city knows and
 * where each answer came from; saving a draft, uploading the documents and submitting in one form. A refused submit
 * keeps everything typed (saved in the draft) and every file accepted.
 */
@Path("/citizen/apply/{code}")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed(Roles.CITIZEN)
public class ApplyPage {

    public record ApplyScreen(
            ServiceDetail service,
            FormVersion form,
            String caseId,
            String fee,
            String returnedNote,
            List<FormRows.FieldRow> fields,
            List<FormRows.DocumentRow> documents,
            String notice,
            String error,
            boolean hasFieldErrors) {}

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance apply(ApplyScreen s);

        static native TemplateInstance unavailable(ServiceDetail service);
    }

    private final CatalogueService catalogue;
    private final ApplicationFormService forms;
    private final Casework casework;
    private final CaseDocuments documents;
    private final CurrentUser user;
    private final PageContext page;

    ApplyPage(
            CatalogueService catalogue,
            ApplicationFormService forms,
            Casework casework,
            CaseDocuments documents,
            CurrentUser user,
            PageContext page) {
        this.catalogue = catalogue;
        this.forms = forms;
        this.casework = casework;
        this.documents = documents;
        this.user = user;
        this.page = page;
    }

    @GET
    public Response show(@PathParam("code") String code, @QueryParam("saved") String saved) {
        ServiceDetail service = service(code);
        Optional<FormVersion> form = forms.current(code);
        if (form.isEmpty()) {
            return NoStore.html(404, Templates.unavailable(service));
        }
        CitizenMsg msg = msg();
        Optional<CaseView> draft = casework.openDraft(user.id(), code);
        String notice = saved != null ? msg.apply_saved() : null;
        if (draft.isPresent()) {
            CaseView c = draft.get();
            return NoStore.html(
                    200, screen(service, casework.formOf(c), c, c.data(), c.sources(), Map.of(), notice, null));
        }
        Casework.Prefill known = casework.prefill(user, form.get());
        return NoStore.html(
                200, screen(service, form.get(), null, known.data(), known.sources(), Map.of(), notice, null));
    }

    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    public Response send(@PathParam("code") String code, MultipartFormDataInput input) {
        ServiceDetail service = service(code);
        if (forms.current(code).isEmpty()) {
            return NoStore.html(404, Templates.unavailable(service));
        }
        CitizenMsg msg = msg();
        Map<String, Collection<FormValue>> values = input.getValues();
        CaseView c =
                existing(MultipartForms.text(values, "caseId"), code).orElseGet(() -> casework.createDraft(user, code));
        FormVersion form = casework.formOf(c);
        FormPost.Outcome o = FormPost.handle(
                values,
                form.definition(),
                new FormPost.Target() {
                    @Override
                    public void save(Map<String, String> answers) {
                        casework.saveDraft(user.id(), c.id(), answers, null);
                    }

                    @Override
                    public void upload(String key, String fileName, byte[] content) {
                        documents.upload(user.id(), user.displayName(), c.id(), key, fileName, content);
                    }

                    @Override
                    public String submit() {
                        return casework.submit(user.id(), user.displayName(), c.id())
                                .reference();
                    }
                },
                msg);
        if (o.reference() != null) {
            return Response.seeOther(URI.create("/citizen/applications?submitted=" + o.reference()))
                    .build();
        }
        if (o.saved()) {
            return Response.seeOther(URI.create("/citizen/apply/" + PageContext.encode(code) + "?saved=1"))
                    .build();
        }
        return again(service, c, o.answers(), o.errors(), o.general(), o.status());
    }

    private Response again(
            ServiceDetail service,
            CaseView c,
            Map<String, String> typed,
            Map<String, String> errors,
            String general,
            int status) {
        CaseView now = casework.get(user.id(), c.id());
        return NoStore.html(
                status, screen(service, casework.formOf(now), now, typed, now.sources(), errors, null, general));
    }

    private TemplateInstance screen(
            ServiceDetail service,
            FormVersion form,
            CaseView c,
            Map<String, String> values,
            Map<String, String> sources,
            Map<String, String> errors,
            String notice,
            String error) {
        CitizenMsg msg = msg();
        Map<String, String> uploaded = new LinkedHashMap<>();
        if (c != null) {
            c.documents().forEach(u -> uploaded.putIfAbsent(u.key(), u.fileName()));
        }
        List<FormRows.FieldRow> fields = FormRows.fields(form.definition(), values, sources, errors, msg, page);
        List<FormRows.DocumentRow> docs = FormRows.documents(form.definition(), uploaded, errors, msg, page);
        String returned = null;
        if (c != null && c.status() == CaseStatus.NEEDS_INFO && !c.history().isEmpty()) {
            String note = c.history().get(c.history().size() - 1).note();
            returned = note == null ? null : msg.apply_returned(note);
        }
        return Templates.apply(new ApplyScreen(
                service,
                form,
                c == null ? "" : c.id().toString(),
                service.feeFen() > 0 ? msg.apply_fee(page.money(service.feeFen())) : msg.apply_free(),
                returned,
                fields,
                docs,
                notice,
                error,
                !errors.isEmpty()));
    }

    /** The citizen's own draft or returned application named by the form, if it still is one for this service. */
    private Optional<CaseView> existing(String caseId, String code) {
        if (caseId == null || caseId.isBlank()) {
            return casework.openDraft(user.id(), code);
        }
        try {
            CaseView c = casework.get(user.id(), UUID.fromString(caseId.strip()));
            return c.serviceCode().equals(code) ? Optional.of(c) : Optional.empty();
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        } catch (ProblemException e) {
            if (e.status() == Response.Status.NOT_FOUND) {
                return Optional.empty();
            }
            throw e;
        }
    }

    private ServiceDetail service(String code) {
        return catalogue
                .findService(code)
                .orElseThrow(() -> ProblemException.notFound("No service " + code + " is offered."));
    }

    private CitizenMsg msg() {
        return page.language().messages(CitizenMsg.class);
    }
}
