package city.payments.rest;

import city.payments.internal.Wallets;
import city.payments.internal.paycode.IssuedPayCode;
import city.payments.internal.paycode.PayCodeRejected;
import city.payments.internal.paycode.PayCodes;
import city.platform.rest.ProblemException;
import city.platform.security.CurrentUser;
import city.platform.security.Roles;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The phone pay code: issued to a citizen, verified offline by gantries and shop scanners. */
@Path("/api/v1/payments/pay-codes")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Pay code", description = "Short-lived signed QR payloads")
public class PayCodeResource {

    public static final String REJECTED = "https://city.example/problems/pay-code-rejected";

    private final PayCodes payCodes;
    private final CurrentUser user;

    PayCodeResource(PayCodes payCodes, CurrentUser user) {
        this.payCodes = payCodes;
        this.user = user;
    }

    @POST
    @RolesAllowed(Roles.CITIZEN)
    @Operation(
            summary = "A new pay code for my wallet",
            description = "Show `code` as a QR code. It is valid for 60 seconds and can be used once.")
    public Response issue() {
        IssuedPayCode issued = payCodes.issue(Wallets.codeOf(user.id()));
        return Response.status(Response.Status.CREATED)
                .entity(new PayCodeView(issued.code(), issued.expiresAt()))
                .build();
    }

    @GET
    @Path("keys")
    @PermitAll
    @Operation(
            summary = "The public keys that sign pay codes (JWK Set)",
            description = "Gantries and scanners download these and verify codes offline (EdDSA, Ed25519).")
    public Response keys() {
        return Response.ok(payCodes.jwks(), MediaType.APPLICATION_JSON)
                .header("Cache-Control", "public, max-age=300")
                .build();
    }

    /** An issued pay code. */
    public record PayCodeView(String code, java.time.Instant expiresAt) {}

    /** The problem a refused pay code answers, naming why in {@code detail}. */
    public static ProblemException rejected(PayCodeRejected e) {
        String why = e.reason().name().toLowerCase(Locale.ROOT).replace('_', ' ');
        return new ProblemException(
                Response.Status.BAD_REQUEST, REJECTED, "The pay code was refused: " + why + ".", List.of());
    }
}
