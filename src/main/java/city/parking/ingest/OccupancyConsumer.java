package city.parking.ingest;

import city.parking.internal.LotDirectory;
import city.parking.internal.LotInfo;
import city.parking.internal.Occupancy;
import city.parking.internal.Reservations;
import city.parking.internal.SensorJournal;
import city.parking.internal.SensorReading;
import city.parking.internal.Sessions;
import io.quarkus.runtime.ShutdownEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;

/**
 * Consumes channel {@code parking-occupancy}: live state first (what searches and screens read), then the journal
 * that persists in batches. An arrival or departure at a space that a booking or an open stay waits for goes to
 * {@link Sessions} on one thread of its own, in the order the sensors reported them.
 */
@ApplicationScoped
public class OccupancyConsumer {

    private static final Logger LOG = Logger.getLogger(OccupancyConsumer.class);

    private final LotDirectory directory;
    private final Occupancy occupancy;
    private final SensorJournal journal;
    private final Reservations reservations;
    private final Sessions sessions;
    private final ExecutorService stays = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "parking-stays");
        t.setDaemon(true);
        return t;
    });

    OccupancyConsumer(
            LotDirectory directory,
            Occupancy occupancy,
            SensorJournal journal,
            Reservations reservations,
            Sessions sessions) {
        this.directory = directory;
        this.occupancy = occupancy;
        this.journal = journal;
        this.reservations = reservations;
        this.sessions = sessions;
    }

    @Incoming("parking-occupancy")
    public void consume(SensorBatch batch) {
        for (SensorReading r : batch.readings()) {
            LotInfo.SpaceInfo space = directory.sensor(r.sensorId()).orElse(null);
            if (space == null) {
                continue;
            }
            Occupancy.Result result = occupancy.apply(space, r);
            if (result.outcome() != Occupancy.Outcome.APPLIED) {
                continue;
            }
            journal.record(space.id(), r, batch.receivedAt());
            Occupancy.Change change = result.change();
            if (change != null && reservations.watched(change.spaceId())) {
                stays.execute(() -> {
                    try {
                        sessions.onSpaceChange(change);
                    } catch (RuntimeException e) {
                        LOG.errorf(
                                e,
                                "space %d: could not handle the %s seen at %s",
                                change.spaceId(),
                                change.occupied() ? "arrival" : "departure",
                                change.at());
                    }
                });
            }
        }
    }

    /** Waits until every arrival and departure handed over so far is handled (tests, shutdown). */
    public void drain() {
        try {
            stays.submit(() -> {}).get(30, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException("parking stays did not drain", e);
        }
    }

    void stop(@Observes ShutdownEvent event) {
        stays.shutdown();
    }
}
