package city.citizen.rest;

import city.citizen.internal.certificate.Certificates;
import city.citizen.internal.certificate.Verification;
import jakarta.annotation.security.PermitAll;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Anyone (an employer, a landlord, a border officer) checks a certificate the city issued: by the verification code
 * printed on it, or by uploading its PDF. Also the public keys, for checking the PDF's signed data offline.
 */
@Path("/api/v1/certificates")
@Tag(name = "Certificate verification", description = "Check that a certificate of the city is genuine and valid")
@PermitAll
public class CertificateVerifyResource {

    private final Certificates certificates;

    CertificateVerifyResource(Certificates certificates) {
        this.certificates = certificates;
    }

    @GET
    @Path("verify")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "Verify a certificate by its verification code",
            description = "status VALID, REVOKED, EXPIRED or UNKNOWN, and what the certificate states. The code may be"
                    + " typed in any case, with or without dashes; 400 when it cannot be a code.")
    public Verification byCode(@QueryParam("code") @Size(max = 40) String code) {
        return certificates.verifyCode(code);
    }

    @POST
    @Path("verify")
    @Consumes("application/pdf")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "Verify a certificate by its PDF",
            description = "The request body is the PDF (at most 2 MB). The signed data it carries is checked against"
                    + " the city's keys and our record; what it states is answered from them, never from the pages."
                    + " A PDF whose signed data was altered, or any other file, is UNKNOWN.")
    public Verification byPdf(byte[] pdf) {
        return certificates.verifyPdf(pdf);
    }

    @GET
    @Path("keys")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "The public keys that sign certificates (JWK Set, Ed25519)",
            description = "The PDF's document information entry `CityCertificate` holds a compact JWS signed with one"
                    + " of them; its `kid` header names which.")
    public Response keys() {
        return Response.ok(certificates.jwks(), MediaType.APPLICATION_JSON)
                .header("Cache-Control", "public, max-age=300")
                .build();
    }
}
