package city.citizen.web;

import city.citizen.api.ServiceDetail;
import city.citizen.internal.CatalogueService;
import city.citizen.internal.application.ApplicationFormService;
import city.citizen.internal.application.FormDefinition;
import city.citizen.internal.application.FormDefinitionException;
import city.citizen.internal.application.FormProblem;
import city.citizen.internal.application.FormVersion;
import city.platform.rest.ProblemException;
import city.platform.security.CurrentUser;
import city.platform.security.Roles;
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
import java.util.List;

/** The staff page of a service's application form: the current version, and publishing a new one. */
@Path("/admin/citizen/services/{code}/form")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed({Roles.SERVICE_CLERK, Roles.CITY_ADMIN})
public class ApplicationFormAdminPage {

    /** A mistake of the definition as shown: where, and what in the page's language. */
    public record ShownProblem(String path, String message) {}

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance form(
                ServiceDetail service,
                FormVersion current,
                String definition,
                int seenVersion,
                List<ShownProblem> problems,
                String general,
                boolean published);
    }

    private final CatalogueService catalogue;
    private final ApplicationFormService forms;
    private final CurrentUser user;
    private final PageContext page;

    ApplicationFormAdminPage(
            CatalogueService catalogue, ApplicationFormService forms, CurrentUser user, PageContext page) {
        this.catalogue = catalogue;
        this.forms = forms;
        this.user = user;
        this.page = page;
    }

    @GET
    @RolesAllowed({Roles.SERVICE_CLERK, Roles.CITY_ADMIN})
    public TemplateInstance show(@PathParam("code") String code, @QueryParam("published") String published) {
        ServiceDetail service = service(code);
        FormVersion current = forms.current(code).orElse(null);
        String definition = current == null
                ? ApplicationFormService.pretty(new FormDefinition(List.of(), List.of()))
                : ApplicationFormService.pretty(current.definition());
        return Templates.form(
                service,
                current,
                definition,
                current == null ? 0 : current.version(),
                List.of(),
                null,
                published != null);
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed({Roles.SERVICE_CLERK, Roles.CITY_ADMIN})
    public Response publish(
            @PathParam("code") String code,
            @FormParam("definition") String definition,
            @FormParam("seenVersion") String seenVersion) {
        ServiceDetail service = service(code);
        CitizenMsg msg = page.language().messages(CitizenMsg.class);
        int seen = parseVersion(seenVersion);
        try {
            forms.publish(code, ApplicationFormService.parse(definition), seen, user.displayName());
            return Response.seeOther(
                            URI.create("/admin/citizen/services/" + PageContext.encode(code) + "/form?published"))
                    .build();
        } catch (FormDefinitionException e) {
            List<ShownProblem> shown = e.problems().stream()
                    .map(p -> new ShownProblem(p.path(), describe(p, msg)))
                    .toList();
            return again(service, code, definition, seen, shown, msg.af_errors(), 400);
        } catch (ProblemException e) {
            if (e.status() == Response.Status.CONFLICT) {
                return again(service, code, definition, seen, List.of(), msg.af_changed(), 409);
            }
            throw e;
        }
    }

    private Response again(
            ServiceDetail service,
            String code,
            String definition,
            int seen,
            List<ShownProblem> problems,
            String general,
            int status) {
        return Response.status(status)
                .type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                .entity(Templates.form(
                        service,
                        forms.current(code).orElse(null),
                        definition == null ? "" : definition,
                        seen,
                        problems,
                        general,
                        false))
                .build();
    }

    private ServiceDetail service(String code) {
        return catalogue
                .findByCode(code, true)
                .orElseThrow(() -> ProblemException.notFound("No service " + code + "."));
    }

    private static int parseVersion(String value) {
        try {
            int v = Integer.parseInt(value == null ? "" : value.strip());
            return v < 0 ? -1 : v;
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    static String describe(FormProblem p, CitizenMsg msg) {
        return switch (p.code()) {
            case "fields_missing" -> msg.afp_fields_missing();
            case "too_many" -> msg.afp_too_many();
            case "key_invalid" -> msg.afp_key_invalid();
            case "key_duplicate" -> msg.afp_key_duplicate();
            case "type_invalid" -> msg.afp_type_invalid();
            case "label_invalid" -> msg.afp_label_invalid();
            case "pattern_invalid" -> msg.afp_pattern_invalid();
            case "choices_invalid" -> msg.afp_choices_invalid();
            case "choices_not_allowed" -> msg.afp_choices_not_allowed();
            case "prefill_invalid" -> msg.afp_prefill_invalid();
            case "types_invalid" -> msg.afp_types_invalid();
            case "size_invalid" -> msg.afp_size_invalid();
            case "json_invalid" -> msg.afp_json_invalid();
            default -> msg.afp_missing();
        };
    }
}
