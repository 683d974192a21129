package city.traffic.rest;

import city.platform.rest.ProblemException;
import city.platform.security.CurrentUser;
import city.platform.security.Roles;
import city.traffic.internal.IncidentDesk;
import city.traffic.internal.IncidentView;
import city.traffic.internal.PoliceUnits;
import city.traffic.internal.Violations;
import io.smallrye.mutiny.Multi;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
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
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestStreamElementType;

/** Incidents and their dispatch, police units, violations: for the control room and the police. */
@Path("/api/v1/traffic")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Incidents and police", description = "Alerts, dispatch, police units, violations")
@RolesAllowed({Roles.TRAFFIC_OPERATOR, Roles.POLICE})
public class IncidentResource {

    /** Where a unit is now. */
    public record UnitPosition(@NotBlank String intersectionId) {}

    /** Which unit to send; empty for the nearest available. */
    public record DispatchInput(String unitId) {}

    private final IncidentDesk desk;
    private final PoliceUnits units;
    private final Violations violations;
    private final CurrentUser user;

    IncidentResource(IncidentDesk desk, PoliceUnits units, Violations violations, CurrentUser user) {
        this.desk = desk;
        this.units = units;
        this.violations = violations;
        this.user = user;
    }

    @GET
    @Path("incidents")
    @Operation(summary = "Open incidents (newest first), or the newest of all with ?all=true")
    public List<IncidentView> incidents(@QueryParam("all") @DefaultValue("false") boolean all) {
        return all ? desk.recent(200) : desk.open();
    }

    @GET
    @Path("incidents/stream")
    @Produces(MediaType.SERVER_SENT_EVENTS)
    @RestStreamElementType(MediaType.APPLICATION_JSON)
    @Operation(summary = "Every new alert and change of an incident, as server-sent events")
    public Multi<IncidentView> stream() {
        return desk.stream();
    }

    @GET
    @Path("incidents/{id}")
    @Operation(summary = "One incident")
    public IncidentView incident(@PathParam("id") UUID id) {
        return desk.find(id).orElseThrow(() -> ProblemException.notFound("No incident " + id + "."));
    }

    @POST
    @Path("incidents/{id}/dispatch")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "Send a police unit",
            description = "The nearest available unit by travel time over the network as it is now (or the unit"
                    + " named), with its ETA. 409 when the incident does not wait for a unit or none is available.")
    public IncidentView dispatch(@PathParam("id") UUID id, DispatchInput input) {
        return desk.dispatch(id, input == null ? null : input.unitId(), user.id());
    }

    @POST
    @Path("incidents/{id}/on-scene")
    @Operation(summary = "The unit reached the scene")
    public IncidentView onScene(@PathParam("id") UUID id) {
        return desk.onScene(id, user.id());
    }

    @POST
    @Path("incidents/{id}/clear")
    @Operation(summary = "The road is clear; the unit is free again")
    public IncidentView clear(@PathParam("id") UUID id) {
        return desk.clear(id, user.id());
    }

    @GET
    @Path("incidents/latency")
    @Operation(
            summary = "Alert latency from a reading's arrival at the API to the alert, over the last alerts",
            description = "Over the last 10,000 alerts, or those raised since an instant (ISO-8601): how many, and"
                    + " the median and 99th percentile in microseconds.")
    public Map<String, Long> latency(@QueryParam("since") String since) {
        Instant from = Instant.EPOCH;
        if (since != null && !since.isBlank()) {
            try {
                from = Instant.parse(since);
            } catch (java.time.format.DateTimeParseException e) {
                throw ProblemException.invalidField("since", "an instant such as 2026-11-29T08:00:00Z");
            }
        }
        long[] l = desk.latency(from);
        return Map.of("alerts", l[0], "p50Micros", l[1], "p99Micros", l[2]);
    }

    @GET
    @Path("police-units")
    @Operation(summary = "Police units, where they are and whether they are free")
    public List<PoliceUnits.UnitView> units() {
        return units.all();
    }

    @PUT
    @Path("police-units/{id}/position")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "A unit reports the intersection it is at")
    public PoliceUnits.UnitView move(@PathParam("id") String id, @NotNull @Valid UnitPosition position) {
        return units.move(id, position.intersectionId());
    }

    @GET
    @Path("violations")
    @Operation(summary = "Violations of a plate (?plate=沪A12345), or the newest of all")
    public List<Violations.ViolationView> violations(@QueryParam("plate") String plate) {
        String p = plate == null || plate.isBlank()
                ? null
                : plate.replaceAll("[\\s·.\\-]", "").toUpperCase();
        return violations.find(p, 200);
    }
}
