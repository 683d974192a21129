package city.simulation.rest;

import city.platform.security.Roles;
import city.simulation.evaluation.ControllerOption;
import city.simulation.evaluation.EvaluationControllers;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The signal controllers an evaluation can compare. */
@Path("/api/v1/simulation/controllers")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Twin evaluation", description = "Offline evaluation of signal controllers on traffic scenarios")
@RolesAllowed(Roles.TRAFFIC_OPERATOR)
public class SimulationControllerResource {

    private final EvaluationControllers controllers;

    SimulationControllerResource(EvaluationControllers controllers) {
        this.controllers = controllers;
    }

    @GET
    @Operation(
            summary = "The controllers an evaluation can run",
            description = "plan (the network file's fixed plan), max-pressure (the engine's, default options) and the"
                    + " traffic module's controllers as traffic:<NAME>; the id is what an evaluation takes.")
    public List<ControllerOption> controllers() {
        return controllers.all();
    }
}
