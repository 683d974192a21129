package city.simulation.rest;

import city.platform.rest.Problem;
import city.platform.rest.ProblemException;
import city.platform.security.CurrentUser;
import city.platform.security.Roles;
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
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;

/** Scenarios to evaluate: the built-in ones and CityFlow files operators upload. */
@Path("/api/v1/simulation/scenarios")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Twin evaluation", description = "Offline evaluation of signal controllers on traffic scenarios")
@RolesAllowed(Roles.TRAFFIC_OPERATOR)
public class ScenarioResource {

    private final Scenarios scenarios;
    private final CurrentUser user;

    ScenarioResource(Scenarios scenarios, CurrentUser user) {
        this.scenarios = scenarios;
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
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Operation(
            summary = "Upload a scenario: a CityFlow roadnet and flow",
            description = "Multipart fields nameZh and nameEn (one at least) and files roadnet and flow (20 MB"
                    + " together at most). A scenario the engine cannot run is a 400 naming every problem by its"
                    + " place in the file (roadnet.roads[3].lanes, flow[12].route[2]), and nothing is stored.")
    public Response upload(
            @RestForm String nameZh,
            @RestForm String nameEn,
            @RestForm("roadnet") FileUpload roadnet,
            @RestForm("flow") FileUpload flow) {
        ScenarioUpload.checkSize(roadnet, flow);
        List<Problem.FieldError> errors = new ArrayList<>();
        String roadnetText = ScenarioUpload.text(roadnet, "roadnet", errors);
        String flowText = ScenarioUpload.text(flow, "flow", errors);
        if (!errors.isEmpty()) {
            throw new ProblemException(Response.Status.BAD_REQUEST, "Some fields are invalid.", errors);
        }
        ScenarioInfo info = scenarios.upload(nameZh, nameEn, roadnetText, flowText, user.id());
        return Response.created(URI.create("/api/v1/simulation/scenarios/" + info.id()))
                .entity(info)
                .build();
    }
}
