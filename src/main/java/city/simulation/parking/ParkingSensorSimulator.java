package city.simulation.parking;

import city.parking.api.LotView;
import city.parking.api.ParkingApi;
import city.parking.api.SpaceView;
import city.platform.boot.Launcher;
import city.simulation.DeviceClient;
import city.simulation.SimulationConfig;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
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
    private final DeviceClient devices;
    private final Clock clock;
    private final boolean enabled;
    private final Duration step;
    private final Duration meanStay;
    private final Duration heartbeat;
    private final long seed;
    private final AtomicLong sent = new AtomicLong();
    private ScheduledExecutorService runner;
    private volatile ParkingSensorModel model;

    ParkingSensorSimulator(ParkingApi parking, DeviceClient devices, Clock clock, SimulationConfig config) {
        this.parking = parking;
        this.devices = devices;
        this.clock = clock;
        this.enabled = config.enabled();
        this.step = config.parking().step();
        this.meanStay = config.parking().meanStay();
        this.heartbeat = config.parking().heartbeat();
        this.seed = config.seed();
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
            if (Launcher.keycloakStarting()) {
                return; // the devices get no token before the launcher's Keycloak is up: wait quietly
            }
            if (model == null) {
                begin(parking.lots());
            } else {
                post(model.tick(clock.instant(), step));
            }
        } catch (IOException | RuntimeException e) {
            LOG.debugf("parking sensors: %s (will try again)", e.toString());
        }
    }

    /** Puts sensors under every bay of these lots and posts their first status; returns the model. */
    public ParkingSensorModel begin(Collection<LotView> lots) throws IOException {
        List<ParkingSensorModel.Bay> bays = new ArrayList<>();
        for (LotView lot : lots) {
            for (SpaceView s : parking.spaces(lot.id())) {
                bays.add(new ParkingSensorModel.Bay(s.sensorId(), lot.id(), "onStreet".equals(lot.category())));
            }
        }
        ParkingSensorModel m = new ParkingSensorModel(bays, seed, meanStay, heartbeat);
        post(m.start(clock.instant()));
        model = m;
        LOG.infof("parking sensors: %d bays of %d lots report to the parking ingestion API", bays.size(), lots.size());
        return m;
    }

    /** Advances the model by one step and posts what the sensors saw. */
    public List<ParkingSensorModel.Message> step() throws IOException {
        List<ParkingSensorModel.Message> messages = model.tick(clock.instant(), step);
        post(messages);
        return messages;
    }

    public long sent() {
        return sent.get();
    }

    void post(List<ParkingSensorModel.Message> messages) throws IOException {
        for (int from = 0; from < messages.size(); from += BATCH) {
            List<ParkingSensorModel.Message> batch = messages.subList(from, Math.min(messages.size(), from + BATCH));
            devices.postParkingSensors(batch);
            sent.addAndGet(batch.size());
        }
    }
}
