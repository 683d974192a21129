package city.parking.internal;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** The module's clockwork: stale sensors, bookings nobody came for, stays left unsettled, history, retention. */
@ApplicationScoped
public class ParkingJobs {

    private final Occupancy occupancy;
    private final Bookings bookings;
    private final Sessions sessions;
    private final History history;
    private final Clock clock;
    private final Duration retention;
    private final Duration historyRetention;

    ParkingJobs(
            Occupancy occupancy,
            Bookings bookings,
            Sessions sessions,
            History history,
            Clock clock,
            @ConfigProperty(name = "city.parking.sensor-events.retention", defaultValue = "P7D") Duration retention,
            @ConfigProperty(name = "city.parking.history.retention", defaultValue = "P400D")
                    Duration historyRetention) {
        this.historyRetention = historyRetention;
        this.occupancy = occupancy;
        this.bookings = bookings;
        this.sessions = sessions;
        this.history = history;
        this.clock = clock;
        this.retention = retention;
    }

    @Scheduled(every = "${city.parking.jobs.stale-every:30s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void markStale() {
        occupancy.markStale(clock.instant());
    }

    @Scheduled(
            every = "${city.parking.jobs.bookings-every:10s}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void expireBookings() {
        bookings.expire(clock.instant());
        sessions.settlePending();
    }

    @Scheduled(
            cron = "${city.parking.jobs.history-cron:0 */5 * * * ?}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void snapshot() {
        history.snapshot(clock.instant());
    }

    @Scheduled(every = "1h", delayed = "5m", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void purge() {
        Instant before = clock.instant().minus(retention);
        history.purgeSensorEvents(before);
        history.purgeHistory(clock.instant().minus(historyRetention));
    }
}
