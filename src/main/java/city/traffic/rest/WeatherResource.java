package city.traffic.rest;

import city.platform.security.Roles;
import city.traffic.internal.CityWeather;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The weather the signals work with. */
@Path("/api/v1/traffic/weather")
@Produces(MediaType.APPLICATION_JSON)
@Tag(
        name = "Weather",
        description = "FIWARE WeatherObserved from the city's stations; rain and fog lengthen clearances")
public class WeatherResource {

    private final CityWeather weather;

    WeatherResource(CityWeather weather) {
        this.weather = weather;
    }

    @GET
    @RolesAllowed({Roles.TRAFFIC_OPERATOR, Roles.POLICE})
    @Operation(
            summary = "The weather the signals work with",
            description = "The worst of the stations' latest observations, whether it lengthens clearances, and the"
                    + " stations that count.")
    public CityWeather.View weather() {
        return weather.view();
    }
}
