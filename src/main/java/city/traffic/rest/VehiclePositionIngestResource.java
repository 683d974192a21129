package city.traffic.rest;

import city.platform.ingest.BatchReader;
import city.platform.ingest.IngestGate;
import city.platform.rest.Problem;
import city.platform.security.Roles;
import city.traffic.ingest.PositionBatch;
import city.traffic.internal.EmergencyTrips;
import io.smallrye.common.annotation.NonBlocking;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
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

/** Emergency vehicles report their positions here; each moves its trip's green wave. */
@Path("/api/v1/ingest/traffic/vehicle-positions")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Emergency vehicles", description = "Ambulance trips, their routes and green waves (signal preemption)")
@RolesAllowed(Roles.DEVICE)
public class VehiclePositionIngestResource {

    static final int MAX_BATCH = 1000;

    /** A GeoJSON point: coordinates are longitude, latitude. */
    public record GeoJsonPoint(
            @NotNull @Pattern(regexp = "Point", message = "must be Point")
            String type,

            @NotNull @Size(min = 2, max = 3, message = "longitude and latitude")
            List<Double> coordinates) {}

    /** A position report with FIWARE Vehicle's field names: {@code speed} in km/h, {@code heading} degrees. */
    public record PositionInput(
            @NotBlank @Pattern(regexp = "[A-Za-z0-9-]{2,32}", message = "2 to 32 letters, digits or dashes")
            String vehicleId,

            @NotNull Instant dateObserved,
            @NotNull @Valid GeoJsonPoint location,
            @DecimalMin("0") @DecimalMax("300") Double speed,
            @DecimalMin("0") @DecimalMax("360") Double heading) {}

    private final BatchReader reader;
    private final IngestGate gate;
    private final Clock clock;

    @Inject
    @Channel("vehicle-positions")
    @OnOverflow(OnOverflow.Strategy.UNBOUNDED_BUFFER)
    Emitter<PositionBatch> channel;

    VehiclePositionIngestResource(BatchReader reader, Clock clock) {
        this.reader = reader;
        this.clock = clock;
        this.gate = new IngestGate("vehicle-positions", 20_000, () -> 0);
    }

    @POST
    @NonBlocking
    @Consumes({MediaType.APPLICATION_JSON, BatchReader.NDJSON})
    @Operation(
            summary = "Report emergency-vehicle positions",
            description = "A JSON array or NDJSON of up to " + MAX_BATCH + " positions (FIWARE Vehicle: location as"
                    + " a GeoJSON point, speed in km/h, heading). 202 once accepted. Each position of a vehicle on a"
                    + " trip moves the green wave: signals within 30 s (at least 150 m) ahead are switched to serve"
                    + " it, signals crossed are handed back. A position of a vehicle without a trip, or older than"
                    + " its last one, changes nothing. A bad batch is refused whole (400, each bad item named).")
    public Response positions(String body, @HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType) {
        boolean ndjson = contentType != null && contentType.startsWith(BatchReader.NDJSON);
        BatchReader.Batch<PositionInput> batch = reader.read(body, ndjson, PositionInput.class, MAX_BATCH);
        Instant future = clock.instant().plus(Duration.ofMinutes(5));
        List<Problem.FieldError> errors = batch.errors();
        List<EmergencyTrips.Position> positions = new ArrayList<>();
        for (int i = 0; i < batch.items().size(); i++) {
            PositionInput p = batch.items().get(i);
            if (p == null) {
                continue;
            }
            if (p.location() != null && p.location().coordinates() != null) {
                List<Double> c = p.location().coordinates();
                if (c.size() >= 2 && (c.get(0) == null || Math.abs(c.get(0)) > 180)) {
                    errors.add(BatchReader.itemError(i, "location.coordinates[0]", "a longitude, -180 to 180"));
                }
                if (c.size() >= 2 && (c.get(1) == null || Math.abs(c.get(1)) > 90)) {
                    errors.add(BatchReader.itemError(i, "location.coordinates[1]", "a latitude, -90 to 90"));
                }
            }
            if (p.dateObserved() != null && p.dateObserved().isAfter(future)) {
                errors.add(BatchReader.itemError(i, "dateObserved", "is in the future: check the vehicle's clock"));
            }
            if (errors.isEmpty()) {
                positions.add(new EmergencyTrips.Position(
                        p.vehicleId(),
                        p.dateObserved().truncatedTo(ChronoUnit.MICROS),
                        p.location().coordinates().get(1),
                        p.location().coordinates().get(0),
                        p.speed(),
                        p.heading()));
            }
        }
        batch.orRefuse();
        return gate.send(
                channel, new PositionBatch(positions), positions.size(), "/api/v1/ingest/traffic/vehicle-positions");
    }
}
