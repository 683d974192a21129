package city.platform.time;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.ZoneId;

/** The one clock of the app (UTC), so that tests and the simulation can control time. */
public class ClockProducer {

    /** Where pages show times. */
    public static final ZoneId CITY_ZONE = ZoneId.of("Asia/Shanghai");

    @Produces
    @Singleton
    Clock clock() {
        return Clock.systemUTC();
    }
}
