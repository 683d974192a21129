package city.simulation.live;

import city.traffic.TrafficFixtures;
import city.traffic.internal.CityWeather;
import city.traffic.internal.IncidentDesk;
import city.traffic.internal.IncidentView;
import city.traffic.internal.TrafficJournal;
import jakarta.enterprise.inject.spi.CDI;
import java.time.Instant;

/** What the live twin's tests share: stopping it and forgetting what its devices reported. */
public final class LiveTwinFixtures {

    private LiveTwinFixtures() {}

    /**
     * Stops the twin and forgets what its devices reported since {@code started}, which covers every lane of the city:
     * the traffic module's tests expect the lanes, stations and incidents they post to be their own.
     */
    public static void stopAndForget(LiveTwin twin, Instant started) throws InterruptedException {
        twin.end();
        twin.resume();
        twin.speed(1);
        twin.flush();
        Thread.sleep(200); // the channels' consumers take the last posts
        CDI.current().select(TrafficJournal.class).get().flush();
        TrafficFixtures.sql("delete from traffic.lane_reading where received_at >= '" + started + "'");
        TrafficFixtures.sql("delete from traffic.lane_rollup where bucket >= '" + TrafficJournal.bucket(started) + "'");
        TrafficFixtures.sql("delete from traffic.weather_observation where station_id like 'TWIN-%'");
        IncidentDesk desk = CDI.current().select(IncidentDesk.class).get();
        for (IncidentView i : desk.open()) {
            if (!i.receivedAt().isBefore(started)) {
                desk.clear(i.id(), "live-twin-test");
            }
        }
        TrafficFixtures.allUnitsAvailable();
        TrafficFixtures.emptyLanes();
        CDI.current().select(CityWeather.class).get().reset();
    }
}
