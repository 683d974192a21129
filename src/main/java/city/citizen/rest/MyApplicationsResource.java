package city.citizen.rest;

import city.citizen.internal.casework.CaseDocuments;
import city.citizen.internal.casework.CaseView;
import city.citizen.internal.casework.Casework;
import city.platform.security.CurrentUser;
import city.platform.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
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
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** A citizen's own applications: drafts, submitting (and paying), withdrawing, and their documents. */
@Path("/api/v1/citizen/my/applications")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "My applications", description = "Apply online for a service and follow the application")
@RolesAllowed(Roles.CITIZEN)
public class MyApplicationsResource {

    /** What starts an application: the service's code. */
    public record NewApplication(String serviceCode) {}

    /**
     * Answers to keep in a draft, by field key; a null or empty answer removes it.
     *
     * @param version the version read, or null to skip the check for a concurrent change
     */
    public record DraftAnswers(Map<String, String> data, Integer version) {}

    /** Why the citizen withdraws, if they say. */
    public record Withdrawal(String note) {}

    private final Casework casework;
    private final CaseDocuments documents;
    private final CurrentUser user;

    MyApplicationsResource(Casework casework, CaseDocuments documents, CurrentUser user) {
        this.casework = casework;
        this.documents = documents;
        this.user = user;
    }

    @GET
    @Operation(summary = "My applications, newest first")
    public List<CaseView> list() {
        return casework.mine(user.id());
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "Start a draft for a service",
            description = "Filled in with what the city knows of me; `sources` says where each prefilled answer came"
                    + " from. 400 for an unknown service or one without an online form.")
    public Response create(@NotNull NewApplication body, UriInfo uri) {
        CaseView created = casework.createDraft(user, body.serviceCode());
        return Response.created(uri.getAbsolutePathBuilder()
                        .path(created.id().toString())
                        .build())
                .entity(created)
                .build();
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One of my applications, with its documents and history (404 for any other)")
    public CaseView get(@PathParam("id") UUID id) {
        return casework.get(user.id(), id);
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "Save answers of a draft without checking them",
            description = "While a draft or returned for more information; 409 otherwise or when the version is old.")
    public CaseView save(@PathParam("id") UUID id, @NotNull DraftAnswers body) {
        return casework.saveDraft(user.id(), id, body.data(), body.version());
    }

    @POST
    @Path("{id}/submit")
    @Operation(
            summary = "Submit (or resubmit) an application, paying its fee",
            description = "400 names every answer or document missing or invalid, and nothing changes; 402 when the"
                    + " wallet lacks the fee; 409 when it is not a draft or returned. The fee is charged once,"
                    + " whatever the retries.")
    public CaseView submit(@PathParam("id") UUID id) {
        return casework.submit(user.id(), user.displayName(), id);
    }

    @POST
    @Path("{id}/withdraw")
    @Operation(summary = "Withdraw an application nobody has taken in review; a paid fee goes back")
    public CaseView withdraw(@PathParam("id") UUID id, Withdrawal body) {
        return casework.withdraw(user.id(), user.displayName(), id, body == null ? null : body.note());
    }

    @PUT
    @Path("{id}/documents/{key}")
    @Consumes(MediaType.WILDCARD)
    @Operation(
            summary = "Upload one of the documents the form asks for (the body is the file)",
            description = "The type is read from the content, not the name: 400 for a type the form does not take,"
                    + " an empty or damaged file; 413 for one over the form's limit.")
    public CaseView.DocumentView upload(
            @PathParam("id") UUID id,
            @PathParam("key") String key,
            @QueryParam("fileName") String fileName,
            byte[] content) {
        return documents.upload(user.id(), user.displayName(), id, key, fileName, content);
    }

    @GET
    @Path("{id}/documents/{key}")
    @Produces(MediaType.WILDCARD)
    @Operation(summary = "Download one of my documents")
    public Response download(@PathParam("id") UUID id, @PathParam("key") String key) {
        return DocumentResponses.of(documents.forApplicant(user.id(), id, key));
    }
}
