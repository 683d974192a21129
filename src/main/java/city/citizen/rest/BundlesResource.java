package city.citizen.rest;

import city.citizen.internal.application.FormDefinition;
import city.citizen.internal.bundle.BundleSummary;
import city.citizen.internal.bundle.Bundles;
import city.platform.rest.ProblemException;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The "one thing, once" bundles: one form for several services, for everyone to read. */
@Path("/api/v1/citizen/bundles")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "One thing, once", description = "Life events whose services are applied for with one form")
@PermitAll
public class BundlesResource {

    /** A bundle with its combined form. */
    public record BundleDetail(BundleSummary bundle, FormDefinition form) {}

    private final Bundles bundles;

    BundlesResource(Bundles bundles) {
        this.bundles = bundles;
    }

    @GET
    @Operation(summary = "Every bundle, with the services it files and their total fee")
    public List<BundleSummary> list() {
        return bundles.list();
    }

    @GET
    @Path("{code}")
    @Operation(
            summary = "One bundle and its combined form",
            description = "Each field and document is asked once even when several services need it; one two"
                    + " services ask differently appears once per service, its key suffixed with the service.")
    public BundleDetail get(@PathParam("code") String code) {
        BundleSummary bundle =
                bundles.find(code).orElseThrow(() -> ProblemException.notFound("No bundle " + code + "."));
        return new BundleDetail(bundle, bundles.form(code).definition());
    }
}
