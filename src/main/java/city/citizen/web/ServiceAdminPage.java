package city.citizen.web;

import city.citizen.api.DepartmentView;
import city.citizen.api.ServiceInput;
import city.citizen.api.ServiceSummary;
import city.citizen.internal.CatalogueQuery;
import city.citizen.internal.CatalogueService;
import city.platform.rest.PageOf;
import city.platform.rest.PageQuery;
import city.platform.rest.Problem;
import city.platform.rest.ProblemException;
import city.platform.security.Roles;
import city.platform.web.FieldErrors;
import city.platform.web.Lang;
import city.platform.web.PageContext;
import city.platform.web.Pager;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import jakarta.ws.rs.BeanParam;
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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Staff pages of the catalogue: list with retired services, create, edit and retire. */
@Path("/admin/citizen/services")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed({Roles.SERVICE_CLERK, Roles.CITY_ADMIN})
public class ServiceAdminPage {

    private static final int PAGE_SIZE = 25;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance list(PageOf<ServiceSummary> results, String q, Pager pager, String saved);

        static native TemplateInstance form(
                ServiceForm form, FieldErrors errors, List<DepartmentView> departments, boolean creating);
    }

    private final CatalogueService catalogue;
    private final Validator validator;
    private final PageContext page;

    ServiceAdminPage(CatalogueService catalogue, Validator validator, PageContext page) {
        this.catalogue = catalogue;
        this.validator = validator;
        this.page = page;
    }

    @GET
    @RolesAllowed({Roles.SERVICE_CLERK, Roles.CITY_ADMIN})
    public TemplateInstance list(
            @QueryParam("q") String q, @QueryParam("page") String pageNumber, @QueryParam("saved") String saved) {
        String text = q == null ? "" : q.strip();
        PageOf<ServiceSummary> results = catalogue.find(
                new CatalogueQuery(text, null, null, true), PageQuery.of(Pager.parsePage(pageNumber), PAGE_SIZE));
        Map<String, String> params = new LinkedHashMap<>();
        params.put("q", text);
        return Templates.list(results, text, Pager.of("/admin/citizen/services", params, results), saved);
    }

    @GET
    @Path("new")
    @RolesAllowed({Roles.SERVICE_CLERK, Roles.CITY_ADMIN})
    public TemplateInstance newService() {
        return Templates.form(new ServiceForm(), FieldErrors.NONE, catalogue.departments(), true);
    }

    @GET
    @Path("{code}/edit")
    @RolesAllowed({Roles.SERVICE_CLERK, Roles.CITY_ADMIN})
    public TemplateInstance edit(@PathParam("code") String code) {
        return Templates.form(
                ServiceForm.of(catalogue
                        .findByCode(code, true)
                        .orElseThrow(() -> ProblemException.notFound("No service " + code + "."))),
                FieldErrors.NONE,
                catalogue.departments(),
                false);
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed({Roles.SERVICE_CLERK, Roles.CITY_ADMIN})
    public Response create(@BeanParam ServiceForm form) {
        return save(form, true, null);
    }

    @POST
    @Path("{code}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed({Roles.SERVICE_CLERK, Roles.CITY_ADMIN})
    public Response update(@PathParam("code") String code, @BeanParam ServiceForm form) {
        return save(form, false, code);
    }

    @POST
    @Path("{code}/retire")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed({Roles.SERVICE_CLERK, Roles.CITY_ADMIN})
    public Response retire(@PathParam("code") String code) {
        catalogue.retire(code);
        return Response.seeOther(URI.create("/admin/citizen/services?saved=" + PageContext.encode(code)))
                .build();
    }

    private Response save(ServiceForm form, boolean creating, String code) {
        Lang lang = page.language();
        ServiceForm.Parsed parsed = form.parse(lang);
        Map<String, String> errors = new LinkedHashMap<>(parsed.errors());
        for (ConstraintViolation<ServiceInput> v : validator.validate(parsed.input())) {
            String field = formField(v.getPropertyPath().toString());
            errors.putIfAbsent(field, v.getMessage());
        }
        if (!creating) {
            form.code = code;
        }
        if (errors.isEmpty()) {
            try {
                String saved = creating
                        ? catalogue.create(parsed.input()).code()
                        : catalogue.update(code, parsed.input()).code();
                return Response.seeOther(URI.create("/admin/citizen/services?saved=" + PageContext.encode(saved)))
                        .build();
            } catch (ProblemException e) {
                String general = null;
                for (Problem.FieldError fe : e.errors()) {
                    errors.put(formField(fe.field()), fe.message());
                }
                if (e.errors().isEmpty()) {
                    general = e.getMessage();
                }
                return invalid(
                        form,
                        new FieldErrors(errors, general),
                        creating,
                        e.status().getStatusCode());
            }
        }
        return invalid(form, new FieldErrors(errors, null), creating, 400);
    }

    private Response invalid(ServiceForm form, FieldErrors errors, boolean creating, int status) {
        return Response.status(status)
                .type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                .entity(Templates.form(form, errors, catalogue.departments(), creating))
                .build();
    }

    /** The form field that shows an error about an input property. */
    private static String formField(String property) {
        if (property.startsWith("documents")) {
            return "documents";
        }
        return switch (property) {
            case "feeFen" -> "fee";
            default -> property;
        };
    }
}
