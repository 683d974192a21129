package city.traffic.rest;

import city.platform.security.CurrentUser;
import city.platform.security.Roles;
import city.traffic.internal.Fines;
import city.traffic.internal.Violations.ViolationView;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** A driver's traffic fines: the violations of the plates they registered, and paying them. */
@Path("/api/v1/traffic/my/violations")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "My fines", description = "The violations recorded for a citizen's plates, and paying their fines")
@RolesAllowed(Roles.CITIZEN)
public class MyFinesResource {

    static final String IDEMPOTENCY_KEY = "Idempotency-Key";

    private final Fines fines;
    private final CurrentUser user;

    MyFinesResource(Fines fines, CurrentUser user) {
        this.fines = fines;
        this.user = user;
    }

    @GET
    @Operation(summary = "The violations of my registered plates, newest first, with evidence and whether paid")
    public List<ViolationView> list() {
        return fines.of(user.id());
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One violation of my plates (404 for any other)")
    public ViolationView get(@PathParam("id") UUID id) {
        return fines.get(user.id(), id);
    }

    @POST
    @Path("{id}/payment")
    @Operation(
            summary = "Pay a violation's fine from my wallet",
            description = "Requires an Idempotency-Key; 402 when the wallet lacks the money, 409 when the fine is"
                    + " paid already (nothing is charged twice, whatever the key).")
    public ViolationView pay(@PathParam("id") UUID id, @HeaderParam(IDEMPOTENCY_KEY) String key) {
        return fines.pay(user.id(), id, key);
    }
}
