package city.parking.internal;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** Settings of the parking module. */
@ConfigMapping(prefix = "city.parking")
public interface ParkingConfig {

    /**
     * How long a silent sensor still counts: after this its space is {@code unknown}, never {@code free}. A quarter of
     * an hour is long enough that a missed heartbeat does not blank a space, and short enough that a dead sensor soon
     * stops promising a driver a free space.
     */
    @WithDefault("PT15M")
    Duration sensorStaleAfter();

    /**
     * The battery level (percent) below which operators see a sensor flagged: a fifth of the charge left is early
     * enough to plan a replacement visit before the sensor goes silent, late enough not to flag healthy ones.
     */
    @WithDefault("20")
    int lowBatteryPct();

    Ingest ingest();

    SensorEvents sensorEvents();

    HistoryKeeping history();

    Jobs jobs();

    /** The ingestion API. */
    interface Ingest {

        /**
         * How many sensor messages may be in flight or waiting to be written before new batches get 503 with
         * Retry-After: 200,000 is some four seconds of the journal's measured write rate (about 45,000 messages/s,
         * docs/benchmarks.md), a burst it catches up on; beyond it devices retry instead of the backlog growing.
         */
        @WithDefault("200000")
        long capacity();
    }

    /** The raw sensor rows. */
    interface SensorEvents {

        /**
         * How long raw sensor rows are kept: a week (ADR 8), enough to look into a sensor's recent messages; what
         * predictions and reports read is the 5-minute history, kept longer.
         */
        @WithDefault("P7D")
        Duration retention();
    }

    /** The 5-minute occupancy history. */
    interface HistoryKeeping {

        /**
         * How long the 5-minute history is kept: 400 days, a little over a year, so that the same week of last year
         * is there to compare with; predictions read only the last eight weeks.
         */
        @WithDefault("P400D")
        Duration retention();
    }

    /** The timings of {@link ParkingJobs}, read by the scheduler; tests turn them {@code off} and run the jobs. */
    interface Jobs {

        /** How often silent sensors are looked for: twice a minute, small beside the quarter hour of {@code sensor-stale-after}. */
        @WithDefault("30s")
        String staleEvery();

        /**
         * How often bookings whose window passed are ended and unsettled stays retried: ten seconds, so that a space
         * nobody came for is free again at once.
         */
        @WithDefault("10s")
        String bookingsEvery();

        /** When the 5-minute history takes its snapshot: every five minutes on the clock, as the history's name says. */
        @WithDefault("0 */5 * * * ?")
        String historyCron();
    }
}
