package city.simulation.rest;

import city.platform.rest.ProblemException;
import city.platform.security.Roles;
import city.simulation.DeviceClient;
import city.simulation.live.LiveTwin;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Staff controls of the live twin: for demonstrations and tests. */
@Path("/api/v1/simulation/live")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Digital twin, live", description = "The living default city: status, pause, speed, accidents, ambulances")
@RolesAllowed(Roles.TRAFFIC_OPERATOR)
public class LiveTwinResource {

    /** Simulated seconds per wall second. */
    public record SpeedInput(
            @NotNull @Min(1) @Max(LiveTwin.MAX_SPEED) Integer speed) {}

    /** Where to crash a vehicle: a road id, or anywhere when absent. */
    public record AccidentInput(
            @Pattern(regexp = "[A-Za-z0-9_.:-]{1,64}") String roadId) {}

    /** Where an ambulance starts (an intersection id) and which hospital it drives to; at random when absent. */
    public record AmbulanceInput(
            @Pattern(regexp = "[A-Za-z0-9_.:-]{1,64}") String originId,
            @Pattern(regexp = "[A-Za-z0-9_.:-]{1,64}") String hospitalId) {}

    private final LiveTwin twin;

    LiveTwinResource(LiveTwin twin) {
        this.twin = twin;
    }

    @GET
    @Operation(
            summary = "The live twin's state",
            description = "Whether it runs, its simulated time and time of day, vehicles, what its devices have"
                    + " posted, and its ambulances on their way.")
    public LiveTwin.Status status() {
        return twin.status();
    }

    @POST
    @Path("pause")
    @Operation(summary = "Pause the live twin (its vehicles stop moving and its devices stop reporting)")
    public LiveTwin.Status pause() {
        twin.pause();
        return twin.status();
    }

    @POST
    @Path("resume")
    @Operation(summary = "Resume the live twin")
    public LiveTwin.Status resume() {
        twin.resume();
        return twin.status();
    }

    @PUT
    @Path("speed")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "Speed the live twin up or down",
            description = "1 is real time; up to 20 simulated seconds per wall second (the time of day and its"
                    + " demand advance as fast). Signals still change in real time.")
    public LiveTwin.Status speed(@Valid @NotNull SpeedInput in) {
        twin.speed(in.speed());
        return twin.status();
    }

    @POST
    @Path("accidents")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "Crash a vehicle now",
            description = "A vehicle on the road (or anywhere) stops and blocks its lane for 20 minutes, and the"
                    + " road's camera reports the accident through the ingestion API. 201 with what was hit; 409 when"
                    + " the twin is not running; 400 when no vehicle is on that road.")
    public Response accident(@Valid AccidentInput in) {
        try {
            LiveTwin.Accident a = twin.accident(in == null ? null : in.roadId());
            return Response.status(Response.Status.CREATED).entity(a).build();
        } catch (LiveTwin.NotRunning e) {
            throw ProblemException.conflict(e.getMessage());
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalidField("roadId", e.getMessage());
        }
    }

    @POST
    @Path("ambulances")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "Send an ambulance now",
            description = "The twin asks the emergency-dispatch endpoint for a trip (device credentials) and drives"
                    + " it, posting its positions. 201 with the trip; 409 when the twin is not running; the"
                    + " platform's own answer (400, 409) when it refuses the trip.")
    public Response ambulance(@Valid AmbulanceInput in) {
        try {
            LiveTwin.AmbulanceView a =
                    twin.ambulance(in == null ? null : in.originId(), in == null ? null : in.hospitalId());
            return Response.status(Response.Status.CREATED).entity(a).build();
        } catch (LiveTwin.NotRunning e) {
            throw ProblemException.conflict(e.getMessage());
        } catch (DeviceClient.Refused e) {
            Response.Status status = Response.Status.fromStatusCode(e.status());
            throw new ProblemException(
                    status == null || e.status() < 400 || e.status() >= 500 ? Response.Status.BAD_GATEWAY : status,
                    "The platform refused the trip: " + e.getMessage());
        } catch (IOException | IllegalStateException e) {
            throw new ProblemException(Response.Status.BAD_GATEWAY, "No ambulance trip: " + e.getMessage());
        }
    }
}
