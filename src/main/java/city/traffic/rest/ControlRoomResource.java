package city.traffic.rest;

import city.platform.security.Roles;
import city.platform.web.NoStore;
import city.traffic.internal.TrafficKpis;
import city.traffic.internal.TrafficLiveState;
import city.traffic.internal.TrafficMap;
import io.smallrye.mutiny.Multi;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.sse.OutboundSseEvent;
import jakarta.ws.rs.sse.Sse;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** What the control room shows: the network to draw, the city live (once, or as a stream) and its figures. */
@Path("/api/v1/traffic")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Traffic control room", description = "Map, live signals and queues, city-wide figures")
@RolesAllowed({Roles.TRAFFIC_OPERATOR, Roles.POLICE})
public class ControlRoomResource {

    private final TrafficMap map;
    private final TrafficLiveState live;
    private final TrafficKpis kpis;

    ControlRoomResource(TrafficMap map, TrafficLiveState live, TrafficKpis kpis) {
        this.map = map;
        this.live = live;
        this.kpis = kpis;
    }

    @GET
    @Path("map")
    @Operation(
            summary = "The active network's geometry, for drawing",
            description = "Intersections with their position in degrees and in metres on the network's plane (x east,"
                    + " y north of the anchor), roads with their lanes and polyline. The same until the network is"
                    + " replaced: send the ETag back in If-None-Match to get 304.")
    @APIResponse(
            responseCode = "200",
            description = "The map",
            content = @Content(schema = @Schema(implementation = TrafficMap.MapView.class)))
    @APIResponse(responseCode = "304", description = "Unchanged since the ETag sent")
    public Response map(@Context Request request) {
        TrafficMap.MapView view = map.view();
        EntityTag tag = new EntityTag(view.tag());
        CacheControl cache = new CacheControl();
        cache.setPrivate(true);
        cache.setNoCache(true);
        Response.ResponseBuilder unchanged = request.evaluatePreconditions(tag);
        if (unchanged != null) {
            return unchanged.cacheControl(cache).tag(tag).build();
        }
        return Response.ok(view).tag(tag).cacheControl(cache).build();
    }

    @GET
    @Path("live")
    @Operation(
            summary = "Every signal's stage and every road's queue and speed now",
            description = "Per signalised intersection: the phase green (or the clearance from it towards the next),"
                    + " since when, the controller and which override is in effect. Per road: queue (vehicles), speed"
                    + " (km/h, null when unmeasured) and level (free, busy, jam, unknown).")
    public Response live() {
        return NoStore.of(Response.ok(live.now())).build();
    }

    @GET
    @Path("live/stream")
    @Produces(MediaType.SERVER_SENT_EVENTS)
    @Operation(
            summary = "The city live, as server-sent events",
            description = "One event named live per second: first the whole picture (full true), then only the"
                    + " signals and roads that changed (full false); full again when the network is replaced.")
    public Multi<OutboundSseEvent> stream(@Context Sse sse) {
        return live.stream(null)
                .map(delta -> sse.newEventBuilder()
                        .name("live")
                        .mediaType(MediaType.APPLICATION_JSON_TYPE)
                        .data(TrafficLiveState.LiveDelta.class, delta)
                        .build());
    }

    @GET
    @Path("kpis")
    @Operation(
            summary = "City-wide figures now and over the last two hours",
            description = "Average speed (km/h, flow-weighted over the lanes with readings), total queue (vehicles),"
                    + " incidents of the last hour, and the mean minutes from an alert to the police on the scene"
                    + " (over the last 24 hours' incidents that have one); the series is sampled every 30 s.")
    public Response kpis() {
        return NoStore.of(Response.ok(kpis.view())).build();
    }
}
