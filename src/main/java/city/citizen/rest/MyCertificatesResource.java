package city.citizen.rest;

import city.citizen.internal.certificate.CertificateView;
import city.citizen.internal.certificate.Certificates;
import city.platform.security.CurrentUser;
import city.platform.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** A citizen's licence wallet: the certificates the city issued them, and their PDFs. */
@Path("/api/v1/citizen/my/certificates")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "My licences", description = "The electronic licences and certificates the city issued me")
@RolesAllowed(Roles.CITIZEN)
public class MyCertificatesResource {

    private final Certificates certificates;
    private final CurrentUser user;

    MyCertificatesResource(Certificates certificates, CurrentUser user) {
        this.certificates = certificates;
        this.user = user;
    }

    @GET
    @Operation(
            summary = "My licences and certificates, newest first",
            description = "Each with its status: VALID, REVOKED (with when and why) or EXPIRED.")
    public List<CertificateView> list() {
        return certificates.mine(user.id());
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One of my certificates (404 for any other)")
    public CertificateView get(@PathParam("id") UUID id) {
        return certificates.mine(user.id(), id);
    }

    @GET
    @Path("{id}/pdf")
    @Produces("application/pdf")
    @Operation(
            summary = "The PDF of one of my certificates",
            description = "Signed: the PDF carries the signed data, so whoever receives it can verify it.")
    public Response pdf(@PathParam("id") UUID id) {
        CertificateView view = certificates.mine(user.id(), id);
        return CertificateResponses.pdf(certificates.myPdf(user.id(), id), view.number());
    }
}
