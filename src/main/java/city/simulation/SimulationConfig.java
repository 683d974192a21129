package city.simulation;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/**
 * Settings of the digital twin: its virtual devices in the live city (the live twin's traffic, the parking sensors)
 * and the offline evaluation. {@code target-url} and the devices' credentials have no default here: they are set in
 * {@code application.properties}, from the HTTP port and the environment, where the REST client and the OIDC client
 * of the devices read them too.
 */
@ConfigMapping(prefix = "city.simulation")
public interface SimulationConfig {

    /**
     * Whether the virtual devices post into the live city. Off, because they write sensor data a real city must not
     * see; the run command and dev mode turn it on for demonstrations.
     */
    @WithDefault("false")
    boolean enabled();

    /** The seed of every random draw of the live twin and the parking sensors: the same demonstration every start. */
    @WithDefault("20261129")
    long seed();

    /** Where the devices post (their REST client reads it): the platform's own public API, as real devices would. */
    String targetUrl();

    /**
     * The devices' Keycloak client id, read by their OIDC client ({@code quarkus.oidc-client.devices}); set in {@code
     * application.properties}, beside the secret.
     */
    String deviceClientId();

    /**
     * The devices' client secret, read by their OIDC client; from the environment ({@code CITY_DEVICES_SECRET}). No
     * default: a production start with the virtual devices on and no secret is refused (ProductionSecrets).
     */
    java.util.Optional<String> deviceSecret();

    Traffic traffic();

    Parking parking();

    Evaluation evaluation();

    /** The live twin's traffic (ADR 9). */
    interface Traffic {

        /** Whether the twin drives traffic when the devices are on: yes, it is what the control room watches. */
        @WithDefault("true")
        boolean enabled();

        /**
         * Vehicles an hour entering over the boundary at the weekday profile's peak: about what the default city's
         * 128 intersections carry at a busy but unjammed rush hour, so the controllers have queues to work on.
         */
        @WithDefault("6000")
        double peakVehiclesPerHour();

        /** How often each lane's loop detector reports: the 15 s of common detector hardware. */
        @WithDefault("PT15S")
        Duration detectorInterval();

        /** How often the three weather stations report: weather changes over minutes, not seconds. */
        @WithDefault("PT5M")
        Duration weatherInterval();

        /** Accidents the cameras see an hour: one keeps the incident desk busy without flooding it. */
        @WithDefault("1")
        double accidentsPerHour();

        /** Breakdowns an hour: more frequent than accidents, as in a real city. */
        @WithDefault("2")
        double breakdownsPerHour();

        /** Speeding and red-light violations an hour: enough to fill the violations list in a demonstration. */
        @WithDefault("40")
        double violationsPerHour();

        /** About how often an ambulance trip starts (PT0S: none): one a quarter hour shows green waves often. */
        @WithDefault("PT15M")
        Duration ambulanceInterval();

        /** How often an ambulance posts its position: the 2 s of vehicle trackers, enough to follow it on the map. */
        @WithDefault("PT2S")
        Duration positionInterval();
    }

    /** The parking sensors of the live city. */
    interface Parking {

        /** How often the sensor model steps and posts what changed: smooth on the map, light on the platform. */
        @WithDefault("PT2S")
        Duration step();

        /** The mean stay of a parked car: an hour and a half, a city-centre visit. */
        @WithDefault("PT90M")
        Duration meanStay();

        /** How often a sensor that saw no change says it is alive: well within the platform's stale-after. */
        @WithDefault("PT5M")
        Duration heartbeat();
    }

    /** The offline evaluation. */
    interface Evaluation {

        /**
         * A wall-time pause per simulated minute, for demonstrations that want to watch the progress bar. None: an
         * evaluation runs as fast as the machine allows.
         */
        @WithDefault("0s")
        Duration pausePerSimulatedMinute();
    }
}
