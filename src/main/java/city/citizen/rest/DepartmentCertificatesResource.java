package city.citizen.rest;

import city.citizen.internal.casework.Clerk;
import city.citizen.internal.certificate.CertificateView;
import city.citizen.internal.certificate.Certificates;
import city.platform.security.CurrentUser;
import city.platform.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The certificates a clerk's department issued: list, download, revoke. Another department's are 404. */
@Path("/api/v1/citizen/certificates")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Casework", description = "Service clerks process their department's applications")
@RolesAllowed(Roles.SERVICE_CLERK)
public class DepartmentCertificatesResource {

    static final int LIST_LIMIT = 500;

    /** Why a certificate is revoked; the holder and every later verifier read it. */
    public record Revocation(String reason) {}

    private final Certificates certificates;
    private final CurrentUser user;

    DepartmentCertificatesResource(Certificates certificates, CurrentUser user) {
        this.certificates = certificates;
        this.user = user;
    }

    @GET
    @Operation(summary = "My department's certificates, newest first (at most 500)")
    public List<CertificateView> list() {
        return certificates.ofDepartment(Clerk.of(user).department(), LIST_LIMIT);
    }

    @GET
    @Path("{id}/pdf")
    @Produces("application/pdf")
    @Operation(summary = "The PDF of a certificate my department issued")
    public Response pdf(@PathParam("id") UUID id) {
        byte[] pdf = certificates.departmentPdf(Clerk.of(user).department(), id);
        return CertificateResponses.pdf(pdf, id.toString());
    }

    @POST
    @Path("{id}/revoke")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "Revoke a certificate my department issued",
            description = "With the reason (required, at most 500 characters); the holder is told, and verifying it"
                    + " answers REVOKED from now on. 409 when it is revoked already.")
    public CertificateView revoke(@PathParam("id") UUID id, @NotNull Revocation body) {
        Clerk clerk = Clerk.of(user);
        return certificates.revoke(clerk.name(), clerk.department(), id, body.reason());
    }
}
