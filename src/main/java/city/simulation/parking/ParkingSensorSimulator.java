package city.simulation.parking;

import city.parking.api.LotView;
import city.parking.api.ParkingApi;
import city.parking.api.SpaceView;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * The parking sensors of the live city: runs {@link ParkingSensorModel} in real time over every bay and posts what
 * the sensors say to the public ingestion endpoint with the devices' client credentials, exactly as real sensors
 * would. On with {@code city.simulation.enabled} (the run command turns it on; production leaves it off).
 */
@ApplicationScoped
public class ParkingSensorSimulator {

    private static final Logger LOG = Logger.getLogger(ParkingSensorSimulator.class);
    static final int BATCH = 5000;

    private final ParkingApi parking;
    private final ObjectMapper json;
    private final Clock clock;
    private final boolean enabled;
    private final String target;
    private final String tokenUrl;
    private final String clientId;
    private final String secret;
    private final Duration step;
    private final Duration meanStay;
    private final Duration heartbeat;
    private final long seed;
    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final AtomicLong sent = new AtomicLong();
    private ScheduledExecutorService runner;
    private volatile ParkingSensorModel model;
    private String token;
    private Instant tokenExpires = Instant.EPOCH;

    ParkingSensorSimulator(
            ParkingApi parking,
            ObjectMapper json,
            Clock clock,
            @ConfigProperty(name = "city.simulation.enabled", defaultValue = "false") boolean enabled,
            @ConfigProperty(name = "city.simulation.target-url") String target,
            @ConfigProperty(name = "city.keycloak.url") String keycloak,
            @ConfigProperty(name = "city.simulation.device-client-id", defaultValue = "city-devices") String clientId,
            @ConfigProperty(name = "city.simulation.device-secret", defaultValue = "city-devices-secret") String secret,
            @ConfigProperty(name = "city.simulation.parking.step", defaultValue = "PT2S") Duration step,
            @ConfigProperty(name = "city.simulation.parking.mean-stay", defaultValue = "PT90M") Duration meanStay,
            @ConfigProperty(name = "city.simulation.parking.heartbeat", defaultValue = "PT5M") Duration heartbeat,
            @ConfigProperty(name = "city.simulation.seed", defaultValue = "20261129") long seed) {
        this.parking = parking;
        this.json = json;
        this.clock = clock;
        this.enabled = enabled;
        this.target = target.replaceAll("/$", "") + "/api/v1/ingest/parking";
        this.tokenUrl = keycloak + "/realms/city/protocol/openid-connect/token";
        this.clientId = clientId;
        this.secret = secret;
        this.step = step;
        this.meanStay = meanStay;
        this.heartbeat = heartbeat;
        this.seed = seed;
    }

    void start(@Observes StartupEvent event) {
        if (!enabled) {
            return;
        }
        runner = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "simulation-parking-sensors");
            t.setDaemon(true);
            return t;
        });
        runner.scheduleWithFixedDelay(this::stepQuietly, 3000, step.toMillis(), TimeUnit.MILLISECONDS);
    }

    void stop(@Observes ShutdownEvent event) {
        if (runner != null) {
            runner.shutdownNow();
        }
    }

    private void stepQuietly() {
        try {
            if (model == null) {
                begin(parking.lots());
            } else {
                post(model.tick(clock.instant(), step));
            }
        } catch (IOException | RuntimeException e) {
            LOG.debugf("parking sensors: %s (will try again)", e.toString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Puts sensors under every bay of these lots and posts their first status; returns the model. */
    public ParkingSensorModel begin(Collection<LotView> lots) throws IOException, InterruptedException {
        List<ParkingSensorModel.Bay> bays = new ArrayList<>();
        for (LotView lot : lots) {
            for (SpaceView s : parking.spaces(lot.id())) {
                bays.add(new ParkingSensorModel.Bay(s.sensorId(), lot.id(), "onStreet".equals(lot.category())));
            }
        }
        ParkingSensorModel m = new ParkingSensorModel(bays, seed, meanStay, heartbeat);
        post(m.start(clock.instant()));
        model = m;
        LOG.infof("parking sensors: %d bays of %d lots report to %s", bays.size(), lots.size(), target);
        return m;
    }

    /** Advances the model by one step and posts what the sensors saw. */
    public List<ParkingSensorModel.Message> step() throws IOException, InterruptedException {
        List<ParkingSensorModel.Message> messages = model.tick(clock.instant(), step);
        post(messages);
        return messages;
    }

    public long sent() {
        return sent.get();
    }

    void post(List<ParkingSensorModel.Message> messages) throws IOException, InterruptedException {
        for (int from = 0; from < messages.size(); from += BATCH) {
            List<ParkingSensorModel.Message> batch = messages.subList(from, Math.min(messages.size(), from + BATCH));
            byte[] body = json.writeValueAsBytes(batch);
            for (int attempt = 0; ; attempt++) {
                HttpResponse<String> r = http.send(
                        HttpRequest.newBuilder(URI.create(target))
                                .timeout(Duration.ofSeconds(30))
                                .header("Content-Type", "application/json")
                                .header("Authorization", "Bearer " + token())
                                .POST(HttpRequest.BodyPublishers.ofByteArray(body))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
                if (r.statusCode() == 202) {
                    sent.addAndGet(batch.size());
                    break;
                }
                if (r.statusCode() == 503 && attempt < 30) {
                    // the platform is saturated: wait as told and send the same batch again
                    Thread.sleep(1000L
                            * Integer.parseInt(
                                    r.headers().firstValue("Retry-After").orElse("1")));
                    continue;
                }
                if (r.statusCode() == 401 && attempt < 1) {
                    tokenExpires = Instant.EPOCH;
                    continue;
                }
                throw new IOException("ingestion answered " + r.statusCode() + ": " + r.body());
            }
        }
    }

    private synchronized String token() throws IOException, InterruptedException {
        if (token != null && clock.instant().isBefore(tokenExpires)) {
            return token;
        }
        String form = "grant_type=client_credentials&client_id=" + URLEncoder.encode(clientId, StandardCharsets.UTF_8)
                + "&client_secret=" + URLEncoder.encode(secret, StandardCharsets.UTF_8);
        HttpResponse<String> r = http.send(
                HttpRequest.newBuilder(URI.create(tokenUrl))
                        .timeout(Duration.ofSeconds(10))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(form))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != 200) {
            throw new IOException("Keycloak answered " + r.statusCode() + " to the devices' client credentials");
        }
        JsonNode t = json.readTree(r.body());
        token = t.path("access_token").asText();
        tokenExpires =
                clock.instant().plusSeconds(Math.max(10, t.path("expires_in").asLong(60) - 30));
        return token;
    }
}
