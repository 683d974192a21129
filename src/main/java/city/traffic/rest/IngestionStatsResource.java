package city.traffic.rest;

import city.platform.security.Roles;
import city.traffic.internal.LiveTraffic;
import city.traffic.internal.TrafficJournal;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** How lane readings are flowing: applied to live state, ignored as late, persisted, waiting for the database. */
@Path("/api/v1/traffic/ingestion")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Traffic detectors", description = "Lane readings (FIWARE TrafficFlowObserved), device credentials")
@RolesAllowed({Roles.TRAFFIC_OPERATOR, Roles.POLICE})
public class IngestionStatsResource {

    /** Counters since the start of the app. */
    public record Stats(long readingsApplied, long readingsIgnored, long readingsPersisted, long journalBacklog) {}

    private final LiveTraffic live;
    private final TrafficJournal journal;

    IngestionStatsResource(LiveTraffic live, TrafficJournal journal) {
        this.live = live;
        this.journal = journal;
    }

    @GET
    @Operation(
            summary = "Lane readings since start-up",
            description = "Applied to live state, ignored (not newer than the lane's last reading), written to the"
                    + " database, and waiting to be written.")
    public Stats stats() {
        return new Stats(live.appliedCount(), live.ignoredCount(), journal.persistedCount(), journal.backlog());
    }
}
