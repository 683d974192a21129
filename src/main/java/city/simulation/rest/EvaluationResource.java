package city.simulation.rest;

import city.platform.security.CurrentUser;
import city.platform.security.Roles;
import city.simulation.evaluation.EvaluationRequest;
import city.simulation.evaluation.EvaluationView;
import city.simulation.evaluation.Evaluations;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Evaluation runs: a scenario under several controllers, run in the background, compared in one table. */
@Path("/api/v1/simulation/evaluations")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Twin evaluation", description = "Offline evaluation of signal controllers on traffic scenarios")
@RolesAllowed(Roles.TRAFFIC_OPERATOR)
public class EvaluationResource {

    static final int MAX_LIMIT = 100;

    private final Evaluations evaluations;
    private final CurrentUser user;

    EvaluationResource(Evaluations evaluations, CurrentUser user) {
        this.evaluations = evaluations;
        this.user = user;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "Start an evaluation: a scenario under 1 to 6 controllers",
            description = "Body {scenarioId, controllers, simulatedSeconds (60..14400, default 3600), seed (default"
                    + " 0)}. Answers 202 with the queued run; follow it at its Location until status is DONE (or"
                    + " FAILED, CANCELLED). Runs go one at a time, first come first served.")
    public Response start(EvaluationRequest request) {
        EvaluationView run = evaluations.start(request, user.id());
        return Response.accepted(run)
                .location(URI.create("/api/v1/simulation/evaluations/" + run.id()))
                .build();
    }

    @GET
    @Operation(
            summary = "Evaluation runs, newest first, without their results",
            description = "?limit= (1..100, default 50); ?before= an id, for the next page.")
    public List<EvaluationView> list(@QueryParam("before") Long before, @QueryParam("limit") Integer limit) {
        int n = limit == null ? 50 : Math.max(1, Math.min(MAX_LIMIT, limit));
        return evaluations.list(before, n);
    }

    @GET
    @Path("{id}")
    @Operation(
            summary = "One evaluation run: its status and progress, and its results per controller once done",
            description = "progress is the simulated seconds done over the total across the controllers (0..1).")
    public EvaluationView get(@PathParam("id") long id) {
        return evaluations.get(id);
    }

    @POST
    @Path("{id}/cancel")
    @Operation(
            summary = "Cancel a waiting or running evaluation (409 when it is over already)",
            description = "Send a body, such as {}: the platform's CSRF filter refuses a POST without one.")
    public EvaluationView cancel(@PathParam("id") long id) {
        return evaluations.cancel(id);
    }
}
