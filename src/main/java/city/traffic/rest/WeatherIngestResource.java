package city.traffic.rest;

import city.platform.ingest.BatchReader;
import city.platform.ingest.IngestGate;
import city.platform.rest.Problem;
import city.platform.security.Roles;
import city.traffic.ingest.WeatherBatch;
import city.traffic.internal.CityWeather;
import io.smallrye.common.annotation.NonBlocking;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Emitter;
import org.eclipse.microprofile.reactive.messaging.OnOverflow;

/** Weather stations post their observations here. */
@Path("/api/v1/ingest/traffic/weather")
@Produces(MediaType.APPLICATION_JSON)
@Tag(
        name = "Weather",
        description = "FIWARE WeatherObserved from the city's stations; rain and fog lengthen clearances")
public class WeatherIngestResource {

    static final int MAX_BATCH = 1000;

    /**
     * One observation with FIWARE WeatherObserved's field names: {@code precipitation} in mm per hour,
     * {@code relativeHumidity} 0..1, {@code windSpeed} in m/s, {@code visibility} in metres.
     */
    public record WeatherInput(
            @NotBlank @Pattern(regexp = "[A-Za-z0-9_.:-]{1,64}", message = "letters, digits and _ . : - (at most 64)")
            String stationCode,

            @NotNull Instant dateObserved,
            @DecimalMin("-60") @DecimalMax("60") Double temperature,
            @NotNull @DecimalMin("0") @DecimalMax("500") Double precipitation,
            @DecimalMin("0") @DecimalMax("1") Double relativeHumidity,
            @DecimalMin("0") @DecimalMax("100") Double windSpeed,
            @DecimalMin("0") @DecimalMax("100000") Double visibility) {}

    private final BatchReader reader;
    private final IngestGate gate;
    private final Clock clock;

    @Inject
    @Channel("weather-observations")
    @OnOverflow(OnOverflow.Strategy.UNBOUNDED_BUFFER)
    Emitter<WeatherBatch> channel;

    WeatherIngestResource(BatchReader reader, Clock clock) {
        this.reader = reader;
        this.clock = clock;
        this.gate = new IngestGate("weather-observations", 10_000, () -> 0);
    }

    @POST
    @NonBlocking
    @RolesAllowed(Roles.DEVICE)
    @Consumes({MediaType.APPLICATION_JSON, BatchReader.NDJSON})
    @Operation(
            summary = "Report weather observations",
            description = "A JSON array or NDJSON of up to " + MAX_BATCH + " observations. 202 once accepted; the"
                    + " signals use the worst weather of the stations' latest observations (last 30 minutes): rain"
                    + " over 2 mm/h or visibility under 200 m lengthens every clearance by 1 s of yellow and 1 s of"
                    + " all-red. A bad batch is refused whole (400, each bad observation named).")
    public Response ingest(String body, @HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType) {
        boolean ndjson = contentType != null && contentType.startsWith(BatchReader.NDJSON);
        BatchReader.Batch<WeatherInput> batch = reader.read(body, ndjson, WeatherInput.class, MAX_BATCH);
        Instant future = clock.instant().plus(Duration.ofMinutes(5));
        List<Problem.FieldError> errors = batch.errors();
        List<CityWeather.Observation> observations = new ArrayList<>();
        for (int i = 0; i < batch.items().size(); i++) {
            WeatherInput w = batch.items().get(i);
            if (w == null) {
                continue;
            }
            if (w.dateObserved() != null && w.dateObserved().isAfter(future)) {
                errors.add(BatchReader.itemError(i, "dateObserved", "is in the future: check the station's clock"));
            }
            if (!errors.isEmpty()) {
                continue;
            }
            observations.add(new CityWeather.Observation(
                    w.stationCode(),
                    w.dateObserved().truncatedTo(ChronoUnit.MICROS),
                    w.temperature(),
                    w.precipitation(),
                    w.relativeHumidity(),
                    w.windSpeed(),
                    w.visibility()));
        }
        batch.orRefuse();
        return gate.send(
                channel, new WeatherBatch(observations), observations.size(), "/api/v1/ingest/traffic/weather");
    }
}
