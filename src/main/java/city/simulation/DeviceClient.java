package city.simulation;

import city.platform.boot.Launcher;
import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.oidc.client.NamedOidcClient;
import io.quarkus.oidc.client.OidcClient;
import io.quarkus.oidc.client.OidcClientException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import java.io.IOException;
import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/**
 * How the twin's virtual devices talk to the platform: through its public API ({@link PlatformApi}) with the devices'
 * client credentials from Keycloak (the OIDC client renews the token before it expires), exactly as real devices
 * would (ADR 9). A saturated ingestion endpoint's 503 is waited out and the same body sent again: the platform's
 * gates always ask for one second ({@code Retry-After: 1}), for at most 30 tries.
 */
@ApplicationScoped
public class DeviceClient {

    /** An answer the platform gave that was not the one hoped for; also when it could not be reached. */
    public static class Refused extends IOException {

        private final int status;

        Refused(String what, int status, String body) {
            super(what + " answered " + status + ": " + body);
            this.status = status;
        }

        public int status() {
            return status;
        }
    }

    /**
     * An ingestion endpoint is saturated (503) or the devices are over their rate limit (429): the devices keep what
     * they have and send it again.
     */
    public static final class Saturated extends Refused {

        Saturated(String what, int status, String body) {
            super(what, status, body);
        }
    }

    static final Duration READY_WITHIN = Duration.ofSeconds(10);

    private final PlatformApi platform;
    private final OidcClient keycloak;

    DeviceClient(@RestClient PlatformApi platform, @NamedOidcClient("devices") OidcClient keycloak) {
        this.platform = platform;
        this.keycloak = keycloak;
    }

    /** The detectors' lane readings (FIWARE TrafficFlowObserved). */
    @Retry(maxRetries = 30, delay = 1, delayUnit = ChronoUnit.SECONDS, jitter = 0, retryOn = Saturated.class)
    public void postLaneReadings(List<?> readings) throws IOException {
        send("POST lane readings", () -> platform.laneReadings(readings));
    }

    /** The weather stations' observations. */
    @Retry(maxRetries = 30, delay = 1, delayUnit = ChronoUnit.SECONDS, jitter = 0, retryOn = Saturated.class)
    public void postWeather(List<?> observations) throws IOException {
        send("POST weather", () -> platform.weather(observations));
    }

    /** What the cameras saw: accidents, breakdowns, violations. */
    @Retry(maxRetries = 30, delay = 1, delayUnit = ChronoUnit.SECONDS, jitter = 0, retryOn = Saturated.class)
    public void postCameraEvents(List<?> events) throws IOException {
        send("POST camera events", () -> platform.cameraEvents(events));
    }

    /** The ambulances' positions (FIWARE Vehicle). */
    @Retry(maxRetries = 30, delay = 1, delayUnit = ChronoUnit.SECONDS, jitter = 0, retryOn = Saturated.class)
    public void postVehiclePositions(List<?> positions) throws IOException {
        send("POST vehicle positions", () -> platform.vehiclePositions(positions));
    }

    /** The parking bays' sensor messages. */
    @Retry(maxRetries = 30, delay = 1, delayUnit = ChronoUnit.SECONDS, jitter = 0, retryOn = Saturated.class)
    public void postParkingSensors(List<?> messages) throws IOException {
        send("POST parking sensors", () -> platform.parkingSensors(messages));
    }

    /** The hospitals ambulances drive to, as the platform lists them. */
    public JsonNode hospitals() throws IOException {
        return call("GET hospitals", platform::hospitals);
    }

    /** Asks the emergency dispatch for a trip (and its green wave); the trip as created. */
    public JsonNode startTrip(Map<String, Object> trip) throws IOException {
        return call("POST emergency trip", () -> platform.startTrip(trip));
    }

    public void cancelTrip(UUID id) throws IOException {
        send("POST cancel trip " + id, () -> platform.cancelTrip(id, Map.of()));
    }

    /** Whether Keycloak gives the devices a token now (it may still be starting when the app is). */
    public boolean ready() {
        if (Launcher.keycloakStarting()) {
            return false; // the launcher's own Keycloak is still starting: asking now only fills the log
        }
        try {
            keycloak.getTokens().await().atMost(READY_WITHIN);
            return true;
        } catch (RuntimeException e) {
            return false;
        }
    }

    private interface Call<T> {
        T run();
    }

    private static void send(String what, Runnable call) throws IOException {
        call(what, () -> {
            call.run();
            return null;
        });
    }

    private static <T> T call(String what, Call<T> call) throws IOException {
        try {
            return call.run();
        } catch (WebApplicationException e) {
            int status = e.getResponse().getStatus();
            String body = body(e);
            // 429: over the devices' rate limit (ADR 14); waited out the same way
            throw status == 503 || status == 429 ? new Saturated(what, status, body) : new Refused(what, status, body);
        } catch (ProcessingException | OidcClientException e) {
            // the platform or Keycloak could not be reached, or gave no token
            throw new IOException(what + ": " + e.getMessage(), e);
        }
    }

    private static String body(WebApplicationException e) {
        try {
            return e.getResponse().hasEntity() ? e.getResponse().readEntity(String.class) : "";
        } catch (RuntimeException unreadable) {
            return "";
        }
    }
}
