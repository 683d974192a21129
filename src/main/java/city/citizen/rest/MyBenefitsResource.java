package city.citizen.rest;

import city.citizen.internal.benefit.Entitlements;
import city.citizen.internal.benefit.GrantedBenefit;
import city.platform.security.CurrentUser;
import city.platform.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The benefits the city granted a citizen without their applying. */
@Path("/api/v1/citizen/my/benefits")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "My benefits", description = "Benefits granted without applying (免申即享)")
@RolesAllowed(Roles.CITIZEN)
public class MyBenefitsResource {

    private final Entitlements entitlements;
    private final CurrentUser user;

    MyBenefitsResource(Entitlements entitlements, CurrentUser user) {
        this.entitlements = entitlements;
        this.user = user;
    }

    @GET
    @Operation(
            summary = "My benefits, granted without applying",
            description = "Each with when it was granted and, for an allowance, the last month paid.")
    public List<GrantedBenefit> list() {
        return entitlements.of(user.id());
    }
}
