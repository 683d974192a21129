package city.traffic.internal;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Duration;

/** Retention of raw lane readings (the 5-minute roll-up stays) and of weather; silent stations and ambulances. */
@ApplicationScoped
public class TrafficJobs {

    private final TrafficJournal journal;
    private final CityWeather weather;
    private final EmergencyTrips trips;
    private final Clock clock;
    private final Duration retention;
    private final Duration weatherRetention;

    TrafficJobs(TrafficJournal journal, CityWeather weather, EmergencyTrips trips, Clock clock, TrafficConfig config) {
        this.journal = journal;
        this.weather = weather;
        this.trips = trips;
        this.clock = clock;
        this.retention = config.readings().retention();
        this.weatherRetention = config.weather().retention();
    }

    @Scheduled(every = "1h", delayed = "7m", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void purge() {
        journal.purge(clock.instant().minus(retention));
        weather.purge(clock.instant().minus(weatherRetention));
    }

    /** Stations that fell silent stop counting; ambulances that fell silent give their signals back. */
    @Scheduled(
            every = "${city.traffic.sweep-every}",
            delayed = "10s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void sweep() {
        weather.refresh();
        trips.sweep();
    }
}
