package city.simulation;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.oidc.client.filter.OidcClientFilter;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/**
 * The platform's public API as the twin's virtual devices call it (at {@code city.simulation.target-url}), each call
 * with a bearer token of the devices' Keycloak client ({@code quarkus.oidc-client.devices}), as real devices would.
 */
@RegisterRestClient(configKey = "city-devices")
@OidcClientFilter("devices")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
interface PlatformApi {

    @POST
    @Path("/api/v1/ingest/traffic")
    void laneReadings(Object readings);

    @POST
    @Path("/api/v1/ingest/traffic/weather")
    void weather(Object observations);

    @POST
    @Path("/api/v1/ingest/traffic/camera-events")
    void cameraEvents(Object events);

    @POST
    @Path("/api/v1/ingest/traffic/vehicle-positions")
    void vehiclePositions(Object positions);

    @POST
    @Path("/api/v1/ingest/parking")
    void parkingSensors(Object messages);

    @GET
    @Path("/api/v1/traffic/emergency/hospitals")
    JsonNode hospitals();

    @POST
    @Path("/api/v1/traffic/emergency/trips")
    JsonNode startTrip(Map<String, Object> trip);

    @POST
    @Path("/api/v1/traffic/emergency/trips/{id}/cancel")
    JsonNode cancelTrip(@PathParam("id") UUID id, Map<String, Object> nothing);
}
