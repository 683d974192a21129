package city.traffic.rest;

import city.platform.rest.ProblemException;
import city.platform.security.Roles;
import city.traffic.internal.EmergencyTrips;
import city.traffic.internal.Hospitals;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
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
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Ambulance trips with green waves. */
@Path("/api/v1/traffic/emergency")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Emergency vehicles", description = "Ambulance trips, their routes and green waves (signal preemption)")
public class EmergencyResource {

    /** A trip to plan: from an intersection ({@code originId}) or the one nearest to a point, to a hospital. */
    public record TripInput(
            String vehicleId,
            String originId,
            Double originLat,
            Double originLon,
            String hospitalId,

            @Schema(description = "false runs the trip without preemption (for comparisons); default true")
            Boolean greenWave) {}

    private final EmergencyTrips trips;
    private final SecurityIdentity identity;

    EmergencyResource(EmergencyTrips trips, SecurityIdentity identity) {
        this.trips = trips;
        this.identity = identity;
    }

    @POST
    @Path("trips")
    @RolesAllowed({Roles.TRAFFIC_OPERATOR, Roles.DEVICE})
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "Start an ambulance trip",
            description = "The emergency dispatch system (device credentials) or an operator starts a trip of a"
                    + " vehicle from an intersection (or the one nearest to originLat/originLon) to a hospital."
                    + " The route is the fastest by the current travel times. 201 with the trip; 400 for bad fields;"
                    + " 409 when the vehicle is already on a trip or no route exists.")
    public Response create(TripInput in) {
        if (in == null) {
            throw ProblemException.invalidField("", "a trip is required");
        }
        EmergencyTrips.TripView trip = trips.create(
                new EmergencyTrips.NewTrip(
                        in.vehicleId(), in.originId(), in.originLat(), in.originLon(), in.hospitalId(), in.greenWave()),
                identity.getPrincipal().getName());
        return Response.created(URI.create("/api/v1/traffic/emergency/trips/" + trip.id()))
                .entity(trip)
                .build();
    }

    @GET
    @Path("trips")
    @RolesAllowed({Roles.TRAFFIC_OPERATOR, Roles.POLICE})
    @Operation(
            summary = "Ambulance trips",
            description = "With active=true the trips in progress (route, position, ETA, signals preempted now);"
                    + " otherwise the latest trips, newest first, with travel time, stops and stops at red.")
    public List<EmergencyTrips.TripView> list(
            @QueryParam("active") @DefaultValue("false") boolean active,
            @QueryParam("limit") @DefaultValue("50") int limit) {
        if (limit < 1 || limit > 500) {
            throw ProblemException.invalidField("limit", "between 1 and 500");
        }
        return active ? trips.active() : trips.recent(limit);
    }

    @GET
    @Path("trips/{id}")
    @RolesAllowed({Roles.TRAFFIC_OPERATOR, Roles.POLICE})
    @Operation(summary = "One ambulance trip")
    public EmergencyTrips.TripView one(@PathParam("id") UUID id) {
        return trips.trip(id).orElseThrow(() -> ProblemException.notFound("No trip " + id + "."));
    }

    @POST
    @Path("trips/{id}/cancel")
    @RolesAllowed({Roles.TRAFFIC_OPERATOR, Roles.DEVICE})
    @Operation(
            summary = "Call off an ambulance trip",
            description = "Its signals return to normal control at once. A finished trip is answered as it is.")
    public EmergencyTrips.TripView cancel(@PathParam("id") UUID id) {
        return trips.cancel(id);
    }

    @GET
    @Path("hospitals")
    @RolesAllowed({Roles.TRAFFIC_OPERATOR, Roles.POLICE, Roles.DEVICE})
    @Operation(summary = "Hospitals that ambulance trips go to, with the intersection where each is reached")
    public List<Hospitals.Hospital> hospitals() {
        return trips.hospitals();
    }
}
