package city.traffic.rest;

import city.platform.rest.ProblemException;
import city.platform.security.Roles;
import city.traffic.internal.IntersectionDetails;
import city.traffic.internal.IntersectionHistory;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Clock;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** One intersection: its movements, phases and controller, and the recent queues and flows of its approaches. */
@Path("/api/v1/traffic/intersections")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Traffic control room", description = "Map, live signals and queues, city-wide figures")
@RolesAllowed({Roles.TRAFFIC_OPERATOR, Roles.POLICE})
public class IntersectionResource {

    private final IntersectionDetails details;
    private final IntersectionHistory history;
    private final Clock clock;

    IntersectionResource(IntersectionDetails details, IntersectionHistory history, Clock clock) {
        this.details = details;
        this.history = history;
        this.clock = clock;
    }

    @GET
    @Path("{id}")
    @Operation(
            summary = "An intersection: movements, phases, controller and what its signal shows now",
            description = "Movements from one road into another (STRAIGHT, LEFT, RIGHT) with their lanes and the"
                    + " phases that let them go; phases with their planned and minimum green. 404 when the active"
                    + " network has no such intersection.")
    public IntersectionDetails.IntersectionView intersection(@PathParam("id") String id) {
        return details.view(id);
    }

    @GET
    @Path("{id}/history")
    @Operation(
            summary = "Queue and flow of each incoming road, per 5 minutes",
            description = "From the 5-minute roll-up of the lanes: vehicles counted (and as vehicles per hour) and the"
                    + " queue (the sum of the lanes' longest queues). Only intervals with readings are listed. 400"
                    + " when minutes is outside 5 to 1440.")
    public IntersectionHistory.HistoryView history(
            @PathParam("id") String id,
            @Parameter(description = "How far back, 5 to 1440 minutes") @QueryParam("minutes") @DefaultValue("60")
                    String minutes) {
        int m;
        try {
            m = Integer.parseInt(minutes.strip());
        } catch (NumberFormatException e) {
            throw ProblemException.invalidField("minutes", "a whole number of minutes from 5 to 1440");
        }
        return history.history(id, m, clock.instant());
    }
}
