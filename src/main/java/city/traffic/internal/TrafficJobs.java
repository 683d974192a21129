package city.traffic.internal;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Retention of raw lane readings (the 5-minute roll-up stays) and of weather; silent stations and ambulances. */
@ApplicationScoped
public class TrafficJobs {

    private final TrafficJournal journal;
    private final CityWeather weather;
    private final EmergencyTrips trips;
    private final Clock clock;
    private final Duration retention;
    private final Duration weatherRetention;

    TrafficJobs(
            TrafficJournal journal,
            CityWeather weather,
            EmergencyTrips trips,
            Clock clock,
            @ConfigProperty(name = "city.traffic.readings.retention", defaultValue = "P2D") Duration retention,
            @ConfigProperty(name = "city.traffic.weather.retention", defaultValue = "P30D") Duration weatherRetention) {
        this.journal = journal;
        this.weather = weather;
        this.trips = trips;
        this.clock = clock;
        this.retention = retention;
        this.weatherRetention = weatherRetention;
    }

    @Scheduled(every = "1h", delayed = "7m", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void purge() {
        journal.purge(clock.instant().minus(retention));
        weather.purge(clock.instant().minus(weatherRetention));
    }

    /** Stations that fell silent stop counting; ambulances that fell silent give their signals back. */
    @Scheduled(
            every = "${city.traffic.sweep-every:5s}",
            delayed = "10s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void sweep() {
        weather.refresh();
        trips.sweep();
    }
}
