package city.parking.internal;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/** The module's clockwork: stale sensors, bookings nobody came for, stays left unsettled, history, retention. */
@ApplicationScoped
public class ParkingJobs {

    private final Occupancy occupancy;
    private final Bookings bookings;
    private final BookingWarnings warnings;
    private final Sessions sessions;
    private final History history;
    private final Clock clock;
    private final Duration retention;
    private final Duration historyRetention;

    ParkingJobs(
            Occupancy occupancy,
            Bookings bookings,
            BookingWarnings warnings,
            Sessions sessions,
            History history,
            Clock clock,
            ParkingConfig config) {
        this.historyRetention = config.history().retention();
        this.occupancy = occupancy;
        this.bookings = bookings;
        this.warnings = warnings;
        this.sessions = sessions;
        this.history = history;
        this.clock = clock;
        this.retention = config.sensorEvents().retention();
    }

    @Scheduled(every = "${city.parking.jobs.stale-every}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void markStale() {
        occupancy.markStale(clock.instant());
    }

    @Scheduled(every = "${city.parking.jobs.bookings-every}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void expireBookings() {
        warnings.warn(clock.instant());
        bookings.expire(clock.instant());
        sessions.settlePending();
    }

    @Scheduled(cron = "${city.parking.jobs.history-cron}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
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
