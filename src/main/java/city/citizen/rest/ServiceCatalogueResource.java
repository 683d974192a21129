package city.citizen.rest;

import city.citizen.api.Channel;
import city.citizen.api.DepartmentView;
import city.citizen.api.ServiceDetail;
import city.citizen.api.ServiceInput;
import city.citizen.api.ServiceSummary;
import city.citizen.internal.CatalogueQuery;
import city.citizen.internal.CatalogueService;
import city.platform.rest.PageOf;
import city.platform.rest.PageQuery;
import city.platform.rest.ProblemException;
import city.platform.security.Roles;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The government service catalogue as JSON: public reads, staff writes. */
@Path("/api/v1/citizen")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Service catalogue", description = "Government services of the citizen portal")
public class ServiceCatalogueResource {

    private final CatalogueService catalogue;

    ServiceCatalogueResource(CatalogueService catalogue) {
        this.catalogue = catalogue;
    }

    @GET
    @Path("services")
    @PermitAll
    @Operation(
            summary = "List or search services",
            description = "Without q: services in the city's department order. With q: ranked search in Chinese or"
                    + " English, tolerant of partial words and small misspellings; a service code matches too.")
    public PageOf<ServiceSummary> list(
            @QueryParam("q") @Size(max = 100) String q,
            @QueryParam("department") String department,
            @QueryParam("channel") Channel channel,
            @QueryParam("page") @DefaultValue("1") @Min(1) int page,
            @QueryParam("size") @DefaultValue("20") @Min(1) @Max(PageQuery.MAX_SIZE) int size) {
        return catalogue.find(CatalogueQuery.offered(q, department, channel), PageQuery.of(page, size));
    }

    @GET
    @Path("services/{code}")
    @PermitAll
    @Operation(summary = "One service, with its required documents")
    public ServiceDetail get(@PathParam("code") String code) {
        return catalogue
                .findByCode(code, false)
                .orElseThrow(() -> ProblemException.notFound("No service " + code + " is offered."));
    }

    @GET
    @Path("departments")
    @PermitAll
    @Operation(summary = "Departments and how many services each offers")
    public PageOf<DepartmentView> departments(
            @QueryParam("page") @DefaultValue("1") @Min(1) int page,
            @QueryParam("size") @DefaultValue("50") @Min(1) @Max(PageQuery.MAX_SIZE) int size) {
        PageQuery query = PageQuery.of(page, size);
        var all = catalogue.departments();
        var items = all.stream().skip(query.offset()).limit(query.size()).toList();
        return PageOf.of(items, query, all.size());
    }

    @POST
    @Path("services")
    @RolesAllowed({Roles.SERVICE_CLERK, Roles.CITY_ADMIN})
    @Operation(summary = "Add a service (staff)")
    public Response create(@NotNull @Valid ServiceInput input, UriInfo uri) {
        ServiceDetail created = catalogue.create(input);
        return Response.created(
                        uri.getAbsolutePathBuilder().path(created.code()).build())
                .entity(created)
                .build();
    }

    @PUT
    @Path("services/{code}")
    @RolesAllowed({Roles.SERVICE_CLERK, Roles.CITY_ADMIN})
    @Operation(
            summary = "Change a service (staff)",
            description = "Send the version you read: 409 if someone changed the service since.")
    public ServiceDetail update(@PathParam("code") String code, @NotNull @Valid ServiceInput input) {
        return catalogue.update(code, input);
    }

    @DELETE
    @Path("services/{code}")
    @RolesAllowed({Roles.SERVICE_CLERK, Roles.CITY_ADMIN})
    @Operation(
            summary = "Retire a service (staff)",
            description = "It disappears from the portal and the API but stays in the database.")
    public Response retire(@PathParam("code") String code) {
        catalogue.retire(code);
        return Response.noContent().build();
    }
}
