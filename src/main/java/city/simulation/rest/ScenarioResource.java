package city.simulation.rest;

import city.platform.rest.ProblemException;
import city.platform.security.CurrentUser;
import city.platform.security.Roles;
import city.simulation.evaluation.DemandGenerator;
import city.simulation.evaluation.ScenarioInfo;
import city.simulation.evaluation.Scenarios;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Scenarios to evaluate: the built-in ones and CityFlow files operators upload. */
@Path("/api/v1/simulation/scenarios")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Twin evaluation", description = "Offline evaluation of signal controllers on traffic scenarios")
@RolesAllowed(Roles.TRAFFIC_OPERATOR)
public class ScenarioResource {

    private final Scenarios scenarios;
    private final DemandGenerator generator;
    private final CurrentUser user;

    ScenarioResource(Scenarios scenarios, DemandGenerator generator, CurrentUser user) {
        this.scenarios = scenarios;
        this.generator = generator;
        this.user = user;
    }

    @GET
    @Operation(summary = "Every scenario, the built-in ones first, then uploads newest first")
    public List<ScenarioInfo> scenarios() {
        return scenarios.all();
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One scenario: its names and the size of its network and demand")
    public ScenarioInfo scenario(@PathParam("id") long id) {
        return scenarios.find(id).orElseThrow(() -> ProblemException.notFound("No scenario " + id + "."));
    }

    @GET
    @Path("{id}/roadnet.json")
    @Operation(summary = "A scenario's CityFlow roadnet, as it was uploaded or generated")
    public Response roadnet(@PathParam("id") long id) {
        return download(scenarios.files(id).map(Scenarios.Files::roadnet), id, "roadnet.json");
    }

    @GET
    @Path("{id}/flow.json")
    @Operation(summary = "A scenario's CityFlow flow, as it was uploaded or generated")
    public Response flow(@PathParam("id") long id) {
        return download(scenarios.files(id).map(Scenarios.Files::flow), id, "flow.json");
    }

    private static Response download(java.util.Optional<String> text, long id, String name) {
        return Response.ok(text.orElseThrow(() -> ProblemException.notFound("No scenario " + id + ".")))
                .header("Content-Disposition", "attachment; filename=\"" + name + "\"")
                .build();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "Upload a scenario: a CityFlow roadnet and flow",
            description =
                    "Body {nameZh, nameEn (one at least), roadnet, flow}: the CityFlow documents embedded as JSON,"
                            + " or each as a string holding the file (20 MB together at most). A scenario the engine cannot"
                            + " run is a 400 naming every problem by its place in the file (roadnet.roads[3].lanes,"
                            + " flow[12].route[2]), and nothing is stored.")
    public Response upload(ScenarioUploadRequest request) {
        ScenarioUploadRequest r = request == null ? new ScenarioUploadRequest(null, null, null, null) : request;
        ScenarioInfo info = scenarios.upload(
                r.nameZh(),
                r.nameEn(),
                ScenarioUploadRequest.text(r.roadnet()),
                ScenarioUploadRequest.text(r.flow()),
                user.id());
        return Response.created(URI.create("/api/v1/simulation/scenarios/" + info.id()))
                .entity(info)
                .build();
    }

    @POST
    @Path("generated")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "Generate a scenario's demand from an origin-destination matrix and a time-of-day profile",
            description = "Body {nameZh, nameEn, networkOf (a scenario whose road network to use),"
                    + " peakVehiclesPerHour (the boundary matrix: every entry road to every exit road, weighted by"
                    + " lanes) or matrix [{fromRoad, toRoad, perHourAtPeak}], profile (24 hourly factors 0..1;"
                    + " default a weekday with peaks at 8 and 18), startHour (default 8), minutes (1-240, default"
                    + " 60), seed (default 0)}. Vehicles arrive as Poisson processes shaped by the profile and take"
                    + " the quickest lane-by-lane route. 201 with the stored scenario; 400 naming every invalid field;"
                    + " 404 for an unknown networkOf.")
    public Response generate(DemandGenerator.Request request) {
        if (request == null) {
            throw ProblemException.invalidField("", "a request body is required");
        }
        ScenarioInfo info = generator.generate(request, user.id());
        return Response.created(URI.create("/api/v1/simulation/scenarios/" + info.id()))
                .entity(info)
                .build();
    }
}
