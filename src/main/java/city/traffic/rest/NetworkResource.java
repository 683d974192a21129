package city.traffic.rest;

import city.platform.rest.ProblemException;
import city.platform.security.CurrentUser;
import city.platform.security.Roles;
import city.traffic.internal.LiveTraffic;
import city.traffic.internal.TrafficNetworks;
import city.traffic.internal.network.CityFlowFormat;
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

/** The road network: what it is, its CityFlow document, replacing it, and the live state of its lanes. */
@Path("/api/v1/traffic")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Traffic network", description = "The road network and its live lanes")
@RolesAllowed({Roles.TRAFFIC_OPERATOR, Roles.POLICE})
public class NetworkResource {

    private final TrafficNetworks networks;
    private final LiveTraffic live;
    private final CurrentUser user;

    NetworkResource(TrafficNetworks networks, LiveTraffic live, CurrentUser user) {
        this.networks = networks;
        this.live = live;
        this.user = user;
    }

    @GET
    @Path("network")
    @Operation(summary = "The active network: name, counts, who imported it and when")
    public TrafficNetworks.NetworkInfo network() {
        return networks.currentInfo();
    }

    @GET
    @Path("networks")
    @Operation(summary = "Every imported network, newest first")
    public List<TrafficNetworks.NetworkInfo> networks() {
        return networks.all();
    }

    @GET
    @Path("network/roadnet.json")
    @Operation(summary = "The active network as a CityFlow roadnet document")
    public Response roadnet() {
        return Response.ok(CityFlowFormat.exportRoadnet(networks.current()))
                .header("Content-Disposition", "attachment; filename=\"roadnet.json\"")
                .build();
    }

    @POST
    @Path("networks")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.TRAFFIC_OPERATOR)
    @Operation(
            summary = "Import a CityFlow roadnet and make it the active network",
            description = "The body is the roadnet document; ?name= names it. An invalid file is a 400 naming every"
                    + " problem by its JSON path, and nothing is imported.")
    public Response importNetwork(String roadnet, @QueryParam("name") String name) {
        TrafficNetworks.NetworkInfo info = networks.replace(name, roadnet, user.id());
        return Response.created(URI.create("/api/v1/traffic/network"))
                .entity(info)
                .build();
    }

    @GET
    @Path("lanes/{roadId}/{lane}")
    @Operation(summary = "The last reading of a lane")
    public LiveTraffic.LaneLive lane(@PathParam("roadId") String roadId, @PathParam("lane") int lane) {
        return live.lane(roadId, lane)
                .orElseThrow(() -> ProblemException.notFound("No lane " + lane + " on " + roadId + "."));
    }
}
