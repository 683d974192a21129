package city.traffic.internal;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Retention of raw lane readings (the 5-minute roll-up stays). */
@ApplicationScoped
public class TrafficJobs {

    private final TrafficJournal journal;
    private final Clock clock;
    private final Duration retention;

    TrafficJobs(
            TrafficJournal journal,
            Clock clock,
            @ConfigProperty(name = "city.traffic.readings.retention", defaultValue = "P2D") Duration retention) {
        this.journal = journal;
        this.clock = clock;
        this.retention = retention;
    }

    @Scheduled(every = "1h", delayed = "7m", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void purge() {
        journal.purge(clock.instant().minus(retention));
    }
}
