package city.citizen.rest;

import city.citizen.internal.bundle.BundleView;
import city.citizen.internal.bundle.Bundles;
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

/** A citizen's bundles: one form, several applications, one reference. */
@Path("/api/v1/citizen/my/bundles")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "One thing, once", description = "Life events whose services are applied for with one form")
@RolesAllowed(Roles.CITIZEN)
public class MyBundlesResource {

    /** What starts a bundle: its code. */
    public record NewBundle(String bundleCode) {}

    /** Answers of the combined form, by its keys; a null or empty answer removes it. */
    public record BundleAnswers(Map<String, String> data) {}

    private final Bundles bundles;
    private final CurrentUser user;

    MyBundlesResource(Bundles bundles, CurrentUser user) {
        this.bundles = bundles;
        this.user = user;
    }

    @GET
    @Operation(summary = "My bundles, newest first")
    public List<BundleView> list() {
        return bundles.mine(user.id());
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "Start a bundle: a draft application for each of its services, prefilled",
            description = "400 for an unknown bundle.")
    public Response start(@NotNull NewBundle body, UriInfo uri) {
        BundleView started = bundles.start(user, body.bundleCode());
        return Response.created(uri.getAbsolutePathBuilder()
                        .path(started.id().toString())
                        .build())
                .entity(started)
                .build();
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One of my bundles with its parts and their status (404 for any other)")
    public BundleView get(@PathParam("id") UUID id) {
        return bundles.get(user.id(), id);
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "Save answers of the combined form in every part that asks them",
            description = "400 for a key the form does not have; 409 once the parts can no longer change.")
    public BundleView save(@PathParam("id") UUID id, @NotNull BundleAnswers body) {
        return bundles.save(user.id(), id, body.data());
    }

    @PUT
    @Path("{id}/documents/{key}")
    @Consumes(MediaType.WILDCARD)
    @Operation(
            summary = "Upload a document of the combined form (the body is the file), to every part that asks it",
            description = "Each part's checks apply: type read from the content, size limit.")
    public BundleView upload(
            @PathParam("id") UUID id,
            @PathParam("key") String key,
            @QueryParam("fileName") String fileName,
            byte[] content) {
        return bundles.upload(user.id(), user.displayName(), id, key, fileName, content);
    }

    @POST
    @Path("{id}/submit")
    @Operation(
            summary = "Submit every part at once, paying their fees",
            description = "400 names every answer or document missing in any part, and nothing is submitted; 402 when"
                    + " the wallet lacks the fees; 409 when submitted already. Each part then goes to its own"
                    + " department.")
    public BundleView submit(@PathParam("id") UUID id) {
        return bundles.submit(user.id(), user.displayName(), id);
    }
}
