package city.traffic.rest;

import city.platform.security.CurrentUser;
import city.platform.security.Roles;
import city.traffic.internal.SignalActions;
import city.traffic.internal.SignalControl;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The signals: what each shows now, how it is controlled, and operators' overrides (each one recorded). */
@Path("/api/v1/traffic/signals")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Traffic signals", description = "Live phases, controllers, operator overrides")
@RolesAllowed({Roles.TRAFFIC_OPERATOR, Roles.POLICE})
public class SignalResource {

    /** A controller to use. */
    public record ModeInput(@NotNull SignalControl.Mode mode) {}

    /** A phase to hold. */
    public record HoldInput(@NotNull Integer phase) {}

    /** Green seconds per phase. */
    public record PlanInput(
            @NotNull @Size(min = 1, max = 16) List<@NotNull Integer> greens) {}

    private final SignalControl control;
    private final SignalActions actions;
    private final CurrentUser user;

    SignalResource(SignalControl control, SignalActions actions, CurrentUser user) {
        this.control = control;
        this.actions = actions;
        this.user = user;
    }

    @GET
    @Operation(summary = "Every signal's phase now (times in epoch seconds)")
    public List<SignalControl.SignalView> all() {
        return control.all();
    }

    @GET
    @Path("control-loop")
    @Operation(summary = "How long the control loop takes to decide every signal: count, p50, p99, max (µs)")
    public Map<String, Long> loop() {
        long[] t = control.tickTimes();
        return Map.of("ticks", t[0], "p50Micros", t[1] / 1000, "p99Micros", t[2] / 1000, "maxMicros", t[3] / 1000);
    }

    @GET
    @Path("actions")
    @Operation(summary = "Operators' actions on signals, newest first; of one intersection with ?intersection=")
    public List<SignalActions.Action> actions(
            @QueryParam("intersection") String intersection, @QueryParam("limit") @DefaultValue("100") int limit) {
        return actions.recent(intersection, limit);
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One signal now")
    public SignalControl.SignalView one(@PathParam("id") String id) {
        return control.view(id);
    }

    @PUT
    @Path("{id}/controller")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.TRAFFIC_OPERATOR)
    @Operation(summary = "Choose the controller: PLAN (the network's), WEBSTER, ACTUATED or MAX_PRESSURE")
    public SignalControl.SignalView mode(@PathParam("id") String id, @NotNull @Valid ModeInput input) {
        SignalControl.SignalView v = control.setMode(id, input.mode());
        actions.record(id, "CONTROLLER", input.mode().name(), user.id(), user.displayName());
        return v;
    }

    @POST
    @Path("{id}/hold")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.TRAFFIC_OPERATOR)
    @Operation(summary = "Hold a phase (after a safe clearance) until released")
    public SignalControl.SignalView hold(@PathParam("id") String id, @NotNull @Valid HoldInput input) {
        SignalControl.SignalView v = control.hold(id, input.phase());
        actions.record(id, "HOLD", "phase " + input.phase(), user.id(), user.displayName());
        return v;
    }

    @POST
    @Path("{id}/force-plan")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.TRAFFIC_OPERATOR)
    @Operation(summary = "Force a fixed plan (green seconds per phase) until released")
    public SignalControl.SignalView force(@PathParam("id") String id, @NotNull @Valid PlanInput input) {
        int[] greens = input.greens().stream().mapToInt(Integer::intValue).toArray();
        SignalControl.SignalView v = control.forcePlan(id, greens);
        actions.record(id, "FORCE_PLAN", Arrays.toString(greens), user.id(), user.displayName());
        return v;
    }

    @POST
    @Path("{id}/release")
    @RolesAllowed(Roles.TRAFFIC_OPERATOR)
    @Operation(summary = "Release holds and forced plans: the controller decides again")
    public SignalControl.SignalView release(@PathParam("id") String id) {
        SignalControl.SignalView v = control.release(id);
        actions.record(id, "RELEASE", "", user.id(), user.displayName());
        return v;
    }
}
