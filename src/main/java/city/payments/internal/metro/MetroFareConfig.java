package city.payments.internal.metro;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.Optional;

/** Settings of the metro fare rules ({@code city.payments.metro.*}). */
@ConfigMapping(prefix = "city.payments.metro")
public interface MetroFareConfig {

    /** The most a card pays in fares in one day; later trips that day are free. */
    @WithDefault("2000")
    long dailyCapFen();

    /** How long a trip may stay inside the paid area before it pays the overstay surcharge. */
    @WithDefault("PT4H")
    Duration maxTimeInside();

    /** How long after a tap-in without a tap-out the trip is settled as a missing tap-out. */
    @WithDefault("PT4H")
    Duration missingTapOutAfter();

    /** The overstay surcharge; when unset, the highest single fare on the network. */
    Optional<Long> overstaySurchargeFen();
}
