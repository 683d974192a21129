package city.citizen.rest;

import city.citizen.internal.casework.CaseDocuments;
import city.citizen.internal.casework.CaseStatus;
import city.citizen.internal.casework.CaseView;
import city.citizen.internal.casework.Casework;
import city.citizen.internal.casework.Clerk;
import city.citizen.internal.casework.QueueFilter;
import city.platform.rest.ProblemException;
import city.platform.security.CurrentUser;
import city.platform.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The clerks' side of applications: their department's queue (the {@code department} claim of their token) and the
 * steps they take. A clerk without a department sees nothing; a case of another department is 404.
 */
@Path("/api/v1/citizen/cases")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Casework", description = "Service clerks process their department's applications")
@RolesAllowed(Roles.SERVICE_CLERK)
public class CaseQueueResource {

    /** A clerk's note: what is missing, or why. */
    public record Note(String note) {}

    /** Why an application is rejected; the citizen reads it. */
    public record Rejection(String reason) {}

    private final Casework casework;
    private final CaseDocuments documents;
    private final CurrentUser user;

    CaseQueueResource(Casework casework, CaseDocuments documents, CurrentUser user) {
        this.casework = casework;
        this.documents = documents;
        this.user = user;
    }

    @GET
    @Operation(
            summary = "My department's queue, the first due first",
            description = "By default every open application (submitted, in review, needs information). assignee is"
                    + " a clerk's name, `me` or `none`.")
    public List<CaseView> queue(
            @QueryParam("service") @Size(max = 40) String service,
            @QueryParam("status") @Size(max = 20) String status,
            @QueryParam("overdue") Boolean overdue,
            @QueryParam("assignee") @Size(max = 255) String assignee) {
        return casework.queue(clerk(), new QueueFilter(service, status(status), overdue, assignee));
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One application of my department, with its documents and history")
    public CaseView get(@PathParam("id") UUID id) {
        return casework.getForClerk(clerk(), id);
    }

    @POST
    @Path("{id}/claim")
    @Operation(summary = "Take a submitted application in review; 409 when another clerk has it")
    public CaseView claim(@PathParam("id") UUID id) {
        return casework.claim(clerk(), id);
    }

    @POST
    @Path("{id}/release")
    @Operation(summary = "Put an application I have in review back in the queue")
    public CaseView release(@PathParam("id") UUID id, Note body) {
        return casework.release(clerk(), id, body == null ? null : body.note());
    }

    @POST
    @Path("{id}/request-info")
    @Operation(summary = "Return an application I have in review to the citizen, saying what is missing (required)")
    public CaseView requestInfo(@PathParam("id") UUID id, Note body) {
        return casework.requestInfo(clerk(), id, body == null ? null : body.note());
    }

    @POST
    @Path("{id}/approve")
    @Operation(summary = "Approve an application I have in review")
    public CaseView approve(@PathParam("id") UUID id, Note body) {
        return casework.approve(clerk(), id, body == null ? null : body.note());
    }

    @POST
    @Path("{id}/reject")
    @Operation(
            summary = "Reject an application, with the reason (required)",
            description = "An application nobody took in review has its fee refunded.")
    public CaseView reject(@PathParam("id") UUID id, Rejection body) {
        return casework.reject(clerk(), id, body == null ? null : body.reason());
    }

    @GET
    @Path("{id}/documents/{key}")
    @Produces(MediaType.WILDCARD)
    @Operation(summary = "Download a document of an application of my department")
    public Response download(@PathParam("id") UUID id, @PathParam("key") String key) {
        return DocumentResponses.of(documents.forClerk(clerk(), id, key));
    }

    private Clerk clerk() {
        return Clerk.of(user);
    }

    private static CaseStatus status(String status) {
        if (status == null || status.isBlank()) {
            return null;
        }
        try {
            return CaseStatus.valueOf(status.strip().toUpperCase(Locale.ROOT).replace('-', '_'));
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalidField("status", "unknown", "must be one of " + List.of(CaseStatus.values()));
        }
    }
}
