package city.citizen.web;

import city.citizen.internal.bundle.BundleForm;
import city.citizen.internal.bundle.BundleSummary;
import city.citizen.internal.bundle.BundleView;
import city.citizen.internal.bundle.Bundles;
import city.citizen.internal.casework.Casework;
import city.platform.rest.ProblemException;
import city.platform.security.CurrentUser;
import city.platform.security.Roles;
import city.platform.web.NoStore;
import city.platform.web.PageContext;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.PermitAll;
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
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jboss.resteasy.reactive.server.multipart.FormValue;
import org.jboss.resteasy.reactive.server.multipart.MultipartFormDataInput;

/**
 * "One thing, once" on the portal: the bundles for everyone to read, and a bundle's one form for a citizen to fill,
 * save and submit, which files every service of the bundle at once. A refused submit keeps everything typed and
 * every file accepted, as the apply page does.
 */
@Path("/")
@Produces(MediaType.TEXT_HTML)
public class BundlePage {

    public record BundlesScreen(List<BundleSummary> bundles) {}

    public record BundleScreen(
            BundleSummary bundle,
            BundleView draft,
            String fee,
            List<FormRows.FieldRow> fields,
            List<FormRows.DocumentRow> documents,
            String notice,
            String error,
            boolean hasFieldErrors) {}

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance bundles(BundlesScreen s);

        static native TemplateInstance bundle(BundleScreen s);
    }

    private final Bundles bundles;
    private final CurrentUser user;
    private final PageContext page;

    BundlePage(Bundles bundles, CurrentUser user, PageContext page) {
        this.bundles = bundles;
        this.user = user;
        this.page = page;
    }

    @GET
    @Path("bundles")
    @PermitAll
    public Response list() {
        return NoStore.html(200, Templates.bundles(new BundlesScreen(bundles.list())));
    }

    @GET
    @Path("citizen/bundles/{code}")
    @RolesAllowed(Roles.CITIZEN)
    public Response show(@PathParam("code") String code, @QueryParam("saved") String saved) {
        BundleSummary bundle = bundle(code);
        String notice = saved != null ? msg().apply_saved() : null;
        Optional<BundleView> draft = bundles.openDraft(user.id(), bundle.code());
        if (draft.isPresent()) {
            BundleView d = draft.get();
            return NoStore.html(200, screen(bundle, d, d.data(), d.sources(), Map.of(), notice, null));
        }
        Casework.Prefill known = bundles.prefill(user, bundle.code());
        return NoStore.html(200, screen(bundle, null, known.data(), known.sources(), Map.of(), notice, null));
    }

    @POST
    @Path("citizen/bundles/{code}")
    @RolesAllowed(Roles.CITIZEN)
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    public Response send(@PathParam("code") String code, MultipartFormDataInput input) {
        BundleSummary bundle = bundle(code);
        CitizenMsg msg = msg();
        Map<String, Collection<FormValue>> values = input.getValues();
        BundleView draft =
                bundles.openDraft(user.id(), bundle.code()).orElseGet(() -> bundles.start(user, bundle.code()));
        BundleForm form = bundles.form(bundle.code());
        FormPost.Outcome o = FormPost.handle(
                values,
                form.definition(),
                new FormPost.Target() {
                    @Override
                    public void save(Map<String, String> answers) {
                        bundles.save(user.id(), draft.id(), answers);
                    }

                    @Override
                    public void upload(String key, String fileName, byte[] content) {
                        bundles.upload(user.id(), user.displayName(), draft.id(), key, fileName, content);
                    }

                    @Override
                    public String submit() {
                        return bundles.submit(user.id(), user.displayName(), draft.id())
                                .reference();
                    }
                },
                msg);
        if (o.reference() != null) {
            return Response.seeOther(URI.create("/citizen/applications?submitted=" + o.reference()))
                    .build();
        }
        if (o.saved()) {
            return Response.seeOther(URI.create("/citizen/bundles/" + PageContext.encode(bundle.code()) + "?saved=1"))
                    .build();
        }
        return again(bundle, draft, o.answers(), o.errors(), o.general(), o.status());
    }

    private Response again(
            BundleSummary bundle,
            BundleView draft,
            Map<String, String> typed,
            Map<String, String> errors,
            String general,
            int status) {
        BundleView now = bundles.get(user.id(), draft.id());
        return NoStore.html(status, screen(bundle, now, typed, now.sources(), errors, null, general));
    }

    private TemplateInstance screen(
            BundleSummary bundle,
            BundleView draft,
            Map<String, String> values,
            Map<String, String> sources,
            Map<String, String> errors,
            String notice,
            String error) {
        CitizenMsg msg = msg();
        BundleForm form = bundles.form(bundle.code());
        return Templates.bundle(new BundleScreen(
                bundle,
                draft,
                bundle.feeFen() > 0 ? msg.apply_fee(page.money(bundle.feeFen())) : msg.apply_free(),
                FormRows.fields(form.definition(), values, sources, errors, msg, page),
                FormRows.documents(form.definition(), draft == null ? Map.of() : draft.documents(), errors, msg, page),
                notice,
                error,
                !errors.isEmpty()));
    }

    private BundleSummary bundle(String code) {
        return bundles.find(code).orElseThrow(() -> ProblemException.notFound("No bundle " + code + "."));
    }

    private CitizenMsg msg() {
        return page.language().messages(CitizenMsg.class);
    }
}
