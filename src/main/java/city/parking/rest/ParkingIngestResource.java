package city.parking.rest;

import city.parking.ingest.SensorBatch;
import city.parking.internal.LotDirectory;
import city.parking.internal.ParkingConfig;
import city.parking.internal.SensorJournal;
import city.parking.internal.SensorReading;
import city.platform.ingest.BatchReader;
import city.platform.ingest.IngestGate;
import city.platform.rest.Problem;
import city.platform.security.Roles;
import io.smallrye.common.annotation.NonBlocking;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
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

/** Parking sensors post their status changes and heartbeats here. */
@Path("/api/v1/ingest/parking")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Parking sensors", description = "Occupancy and heartbeats of under-space sensors (device credentials)")
@RolesAllowed(Roles.DEVICE)
public class ParkingIngestResource {

    static final int MAX_BATCH = 5000;

    /**
     * One sensor message.
     *
     * @param type {@code status} (a change: {@code occupied} required) or {@code heartbeat} (battery, and the
     *     current status if the sensor sends it)
     * @param observedAt the sensor's own timestamp; messages are applied in its order
     */
    public record SensorMessage(
            @NotBlank @Size(max = 64) String sensorId,
            @NotNull SensorReading.Kind type,
            Boolean occupied,
            @Min(0) @Max(100) Integer batteryPct,
            @NotNull Instant observedAt) {}

    private final BatchReader reader;
    private final LotDirectory directory;

    @Inject
    @Channel("parking-occupancy")
    @OnOverflow(OnOverflow.Strategy.UNBOUNDED_BUFFER)
    Emitter<SensorBatch> channel;

    private final IngestGate gate;
    private final Clock clock;

    ParkingIngestResource(
            BatchReader reader, LotDirectory directory, SensorJournal journal, ParkingConfig config, Clock clock) {
        this.reader = reader;
        this.directory = directory;
        this.gate = new IngestGate("parking-occupancy", config.ingest().capacity(), journal::backlog);
        this.clock = clock;
    }

    @POST
    @NonBlocking
    @Consumes({MediaType.APPLICATION_JSON, BatchReader.NDJSON})
    @Operation(
            summary = "Report sensor messages",
            description = "A JSON array or NDJSON of up to " + MAX_BATCH + " messages. 202 once accepted; live"
                    + " occupancy has them within milliseconds and the database within a second. A batch with a"
                    + " bad message is refused whole (400, each bad message named by its index); 503 with"
                    + " Retry-After when the channel is saturated. Duplicates and late messages are harmless: each"
                    + " sensor's messages count in the order of observedAt.")
    public Response ingest(String body, @HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType) {
        if (gate.full()) {
            return gate.saturated("/api/v1/ingest/parking");
        }
        boolean ndjson = contentType != null && contentType.startsWith(BatchReader.NDJSON);
        BatchReader.Batch<SensorMessage> batch = reader.read(body, ndjson, SensorMessage.class, MAX_BATCH);
        List<SensorMessage> messages = batch.items();
        Instant now = clock.instant();
        Instant future = now.plus(Duration.ofMinutes(5));
        List<Problem.FieldError> errors = batch.errors();
        List<SensorReading> readings = new ArrayList<>(messages.size());
        for (int i = 0; i < messages.size(); i++) {
            SensorMessage m = messages.get(i);
            if (m == null) {
                continue;
            }
            if (m.sensorId() != null && directory.sensor(m.sensorId()).isEmpty()) {
                errors.add(BatchReader.itemError(i, "sensorId", "no space has this sensor"));
            }
            if (m.type() == SensorReading.Kind.status && m.occupied() == null) {
                errors.add(BatchReader.itemError(i, "occupied", "a status message says whether the space is occupied"));
            }
            if (m.observedAt() != null && m.observedAt().isAfter(future)) {
                errors.add(BatchReader.itemError(i, "observedAt", "is in the future: check the sensor's clock"));
            }
            // microseconds, as the database keeps them: a resent message compares equal after a restart
            Instant at = m.observedAt() == null ? null : m.observedAt().truncatedTo(ChronoUnit.MICROS);
            readings.add(new SensorReading(m.sensorId(), m.type(), m.occupied(), m.batteryPct(), at));
        }
        batch.orRefuse();
        int n = readings.size();
        return gate.send(channel, new SensorBatch(readings, now), n, "/api/v1/ingest/parking");
    }
}
