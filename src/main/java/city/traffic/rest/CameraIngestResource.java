package city.traffic.rest;

import city.platform.ingest.BatchReader;
import city.platform.ingest.IngestGate;
import city.platform.rest.Problem;
import city.platform.security.Roles;
import city.traffic.ingest.CameraEvent;
import city.traffic.ingest.CameraEventsConsumer;
import city.traffic.ingest.CameraJournal;
import city.traffic.internal.LiveTraffic;
import city.traffic.internal.TrafficConfig;
import io.smallrye.common.annotation.NonBlocking;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
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
import java.util.UUID;
import java.util.concurrent.CompletionStage;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Emitter;
import org.eclipse.microprofile.reactive.messaging.OnOverflow;

/** Road cameras report accidents, stalled vehicles and violations here. */
@Path("/api/v1/ingest/traffic/camera-events")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Traffic cameras", description = "Accidents, stalled vehicles, red-light and speeding violations")
@RolesAllowed(Roles.DEVICE)
public class CameraIngestResource {

    static final int MAX_BATCH = 1000;

    /** What the camera saw. {@code plate} is required for violations, {@code speedKmh} for speeding. */
    public record CameraEventInput(
            @NotNull
            @Pattern(
                    regexp = "ACCIDENT|STALLED_VEHICLE|RED_LIGHT|SPEEDING",
                    message = "ACCIDENT, STALLED_VEHICLE, RED_LIGHT or SPEEDING")
            String type,

            @NotBlank @Size(max = 64) String refRoadSegment,
            Integer laneId,
            @Size(max = 10) String plate,
            @DecimalMin("0") @DecimalMax("400") Double speedKmh,
            @DecimalMin("5") @DecimalMax("200") Double speedLimitKmh,
            @NotBlank @Size(max = 500) String evidence,
            @NotNull Instant observedAt) {}

    private final BatchReader reader;
    private final LiveTraffic live;
    private final Clock clock;
    private final IngestGate gate;
    private final CameraJournal journal;

    @Inject
    @Channel("camera-events")
    @OnOverflow(OnOverflow.Strategy.UNBOUNDED_BUFFER)
    Emitter<List<CameraEvent>> channel;

    CameraIngestResource(
            BatchReader reader,
            LiveTraffic live,
            CameraEventsConsumer consumer,
            CameraJournal journal,
            TrafficConfig config,
            Clock clock) {
        this.reader = reader;
        this.journal = journal;
        this.live = live;
        this.clock = clock;
        this.gate = new IngestGate("camera-events", config.cameraEvents().capacity(), consumer::backlog);
    }

    @POST
    @NonBlocking
    @Consumes({MediaType.APPLICATION_JSON, BatchReader.NDJSON})
    @Operation(
            summary = "Report camera events",
            description = "Up to " + MAX_BATCH + " events. An accident or a stalled vehicle raises an incident alert"
                    + " at once; violations are recorded with their fine (the same event twice counts once). The 202 comes"
                    + " once the events are recorded durably. A bad batch is refused whole (400, each bad event"
                    + " named); 503 with Retry-After when the channel is saturated or the database unavailable.")
    public CompletionStage<Response> ingest(String body, @HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType) {
        boolean ndjson = contentType != null && contentType.startsWith(BatchReader.NDJSON);
        BatchReader.Batch<CameraEventInput> batch = reader.read(body, ndjson, CameraEventInput.class, MAX_BATCH);
        Instant now = clock.instant();
        List<Problem.FieldError> errors = batch.errors();
        List<CameraEvent> events = new ArrayList<>();
        for (int i = 0; i < batch.items().size(); i++) {
            CameraEventInput e = batch.items().get(i);
            if (e == null) {
                continue;
            }
            if (e.refRoadSegment() != null && !live.hasLane(e.refRoadSegment(), e.laneId() == null ? 0 : e.laneId())) {
                errors.add(BatchReader.itemError(
                        i, e.laneId() == null ? "refRoadSegment" : "laneId", "the network has no such road or lane"));
            }
            boolean violation = "RED_LIGHT".equals(e.type()) || "SPEEDING".equals(e.type());
            String plate = e.plate() == null
                    ? null
                    : e.plate().replaceAll("[\\s·.\\-]", "").toUpperCase();
            if (violation
                    && (plate == null || !plate.matches("[京津沪渝冀豫云辽黑湘皖鲁新苏浙赣鄂桂甘晋蒙陕吉闽贵粤青藏川宁琼][A-Z][A-HJ-NP-Z0-9]{5,6}"))) {
                errors.add(BatchReader.itemError(i, "plate", "a violation needs the Chinese plate, such as 沪A12345"));
            }
            if ("SPEEDING".equals(e.type()) && e.speedKmh() == null) {
                errors.add(BatchReader.itemError(i, "speedKmh", "a speeding event needs the measured speed"));
            }
            if (e.observedAt() != null && e.observedAt().isAfter(now.plus(Duration.ofMinutes(5)))) {
                errors.add(BatchReader.itemError(i, "observedAt", "is in the future: check the camera's clock"));
            }
            if (e.observedAt() != null) {
                events.add(new CameraEvent(
                        UUID.randomUUID(),
                        e.type(),
                        e.refRoadSegment(),
                        e.laneId(),
                        plate,
                        e.speedKmh(),
                        e.speedLimitKmh(),
                        e.evidence(),
                        e.observedAt().truncatedTo(ChronoUnit.MICROS),
                        now));
            }
        }
        batch.orRefuse();
        return gate.sendOnceWritten(
                channel, events, events.size(), "/api/v1/ingest/traffic/camera-events", journal::append);
    }
}
