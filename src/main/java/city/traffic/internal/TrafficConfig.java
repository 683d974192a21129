package city.traffic.internal;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/**
 * Settings of the traffic module. The schedules of its jobs ({@code sweep-every}, {@code kpis.every}) are read by
 * {@code @Scheduled} expressions, so their values (and their reasons) are in {@code application.properties}.
 */
@ConfigMapping(prefix = "city.traffic")
public interface TrafficConfig {

    Ingest ingest();

    CameraEvents cameraEvents();

    Readings readings();

    Weather weather();

    ControlLoop controlLoop();

    Kpis kpis();

    /** How often silent weather stations and ambulances are swept ({@code off}: tests sweep themselves). */
    String sweepEvery();

    /** The lane readings' way in: past either allowance, devices get 503 with Retry-After. */
    interface Ingest {

        /**
         * Readings between the API and live state: about half a second of the loop's work, so that an incident alert
         * never waits longer behind a backlog of readings.
         */
        @WithDefault("50000")
        long capacity();

        /**
         * Readings accepted but not yet written to the database: a burst of about a minute that the journal catches
         * up on (some 200 MB of memory), beyond which the platform would rather refuse than fall further behind.
         */
        @WithDefault("1000000")
        long journalCapacity();
    }

    /** The cameras' way in. */
    interface CameraEvents {

        /**
         * Events waiting for their consumer: cameras report far less often than detectors (an event, not a reading
         * per lane), so a fifth of the readings' allowance covers a city-wide burst of violations.
         */
        @WithDefault("20000")
        long capacity();

        /**
         * How often events left in the camera journal are applied again ({@code off}: tests call the pass). Ten
         * seconds put what a crash left back in the city soon after the start, at the cost of one indexed query.
         */
        String recoverEvery();
    }

    /** Raw lane readings. */
    interface Readings {

        /**
         * How long raw readings are kept; the 5-minute roll-up stays. Two days cover yesterday's questions about a
         * lane (the same hour the day before) while the table stays at a size the purge deletes in minutes.
         */
        @WithDefault("P2D")
        Duration retention();
    }

    /** Weather observations. */
    interface Weather {

        /** How long stations' observations are kept: a month of rain and visibility to explain a month's figures. */
        @WithDefault("P30D")
        Duration retention();
    }

    /** The signal control loop. */
    interface ControlLoop {

        /** Whether the loop ticks every second on its own: it does in the city; tests tick it themselves. */
        @WithDefault("true")
        boolean enabled();
    }

    /** The control room's figures. */
    interface Kpis {

        /** How often they are sampled ({@code off}: tests sample them themselves). */
        String every();
    }
}
