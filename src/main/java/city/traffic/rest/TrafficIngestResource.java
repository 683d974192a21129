package city.traffic.rest;

import city.platform.ingest.BatchReader;
import city.platform.ingest.IngestGate;
import city.platform.rest.Problem;
import city.platform.security.Roles;
import city.traffic.ingest.ReadingBatch;
import city.traffic.internal.LaneReading;
import city.traffic.internal.LiveTraffic;
import city.traffic.internal.TrafficConfig;
import city.traffic.internal.TrafficJournal;
import io.smallrye.common.annotation.NonBlocking;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
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

/** Lane detectors post their readings here. */
@Path("/api/v1/ingest/traffic")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Traffic detectors", description = "Lane readings (FIWARE TrafficFlowObserved), device credentials")
@RolesAllowed(Roles.DEVICE)
public class TrafficIngestResource {

    static final int MAX_BATCH = 10_000;
    static final Duration LONGEST_INTERVAL = Duration.ofMinutes(15);

    /**
     * One reading of one lane over an interval, with FIWARE TrafficFlowObserved's field names; {@code laneId} is the
     * lane's index on its road (0 = the inner lane, as in CityFlow), {@code averageVehicleSpeed} in km/h,
     * {@code queueLength} in vehicles.
     */
    public record ReadingInput(
            @NotBlank @Size(max = 64) String refRoadSegment,
            @NotNull @Min(0) @Max(15) Integer laneId,
            @NotNull Instant dateObservedFrom,
            @NotNull Instant dateObservedTo,
            @NotNull @Min(0) @Max(10_000) Integer intensity,
            @NotNull @DecimalMin("0") @DecimalMax("1") Double occupancy,
            @DecimalMin("0") @DecimalMax("300") Double averageVehicleSpeed,
            @DecimalMin("0") @DecimalMax("1000") Double queueLength) {}

    private final BatchReader reader;
    private final LiveTraffic live;
    private final IngestGate gate;
    private final Clock clock;

    @Inject
    @Channel("traffic-readings")
    @OnOverflow(OnOverflow.Strategy.UNBOUNDED_BUFFER)
    Emitter<ReadingBatch> channel;

    TrafficIngestResource(
            BatchReader reader, LiveTraffic live, TrafficJournal journal, TrafficConfig config, Clock clock) {
        this.reader = reader;
        this.live = live;
        // readings before live state are few (alerts wait behind them); readings waiting for the database may be
        // many (a burst the journal catches up on); past either allowance the endpoint answers 503
        this.gate = new IngestGate(
                "traffic-readings",
                config.ingest().capacity(),
                () -> Math.max(0, journal.backlog() - config.ingest().journalCapacity()));
        this.clock = clock;
    }

    @POST
    @NonBlocking
    @Consumes({MediaType.APPLICATION_JSON, BatchReader.NDJSON})
    @Operation(
            summary = "Report lane readings",
            description = "A JSON array or NDJSON of up to " + MAX_BATCH + " readings. 202 once accepted: live state"
                    + " has them at once, the database within a second. A batch with a bad reading is refused"
                    + " whole (400, each bad reading named by its index); 503 with Retry-After when the channel is"
                    + " saturated. A reading not newer than the lane's last one changes nothing.")
    public Response ingest(String body, @HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType) {
        if (gate.full()) {
            return gate.saturated("/api/v1/ingest/traffic");
        }
        boolean ndjson = contentType != null && contentType.startsWith(BatchReader.NDJSON);
        BatchReader.Batch<ReadingInput> batch = reader.read(body, ndjson, ReadingInput.class, MAX_BATCH);
        Instant now = clock.instant();
        Instant future = now.plus(Duration.ofMinutes(5));
        List<Problem.FieldError> errors = batch.errors();
        List<LaneReading> readings = new ArrayList<>(batch.items().size());
        for (int i = 0; i < batch.items().size(); i++) {
            ReadingInput in = batch.items().get(i);
            if (in == null) {
                continue;
            }
            if (in.refRoadSegment() != null && in.laneId() != null && !live.hasLane(in.refRoadSegment(), in.laneId())) {
                errors.add(BatchReader.itemError(i, "laneId", "the network has no such lane on this road"));
            }
            if (in.dateObservedFrom() != null && in.dateObservedTo() != null) {
                if (!in.dateObservedFrom().isBefore(in.dateObservedTo())) {
                    errors.add(BatchReader.itemError(i, "dateObservedTo", "must be after dateObservedFrom"));
                } else if (Duration.between(in.dateObservedFrom(), in.dateObservedTo())
                                .compareTo(LONGEST_INTERVAL)
                        > 0) {
                    errors.add(BatchReader.itemError(i, "dateObservedFrom", "an interval is at most 15 minutes"));
                }
                if (in.dateObservedTo().isAfter(future)) {
                    errors.add(BatchReader.itemError(i, "dateObservedTo", "is in the future: check the clock"));
                }
            }
            if (errors.isEmpty()) {
                readings.add(new LaneReading(
                        in.refRoadSegment(),
                        in.laneId(),
                        in.dateObservedFrom().truncatedTo(ChronoUnit.MICROS),
                        in.dateObservedTo().truncatedTo(ChronoUnit.MICROS),
                        in.intensity(),
                        in.occupancy(),
                        in.averageVehicleSpeed(),
                        in.queueLength()));
            }
        }
        batch.orRefuse();
        int n = readings.size();
        return gate.send(channel, new ReadingBatch(readings, now), n, "/api/v1/ingest/traffic");
    }
}
