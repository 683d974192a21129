package city.traffic.ingest;

import city.traffic.internal.IncidentDesk;
import city.traffic.internal.Violations;
import io.quarkus.runtime.ShutdownEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;

/**
 * Consumes channel {@code camera-events}: accidents and stalled vehicles raise an incident alert at once (in
 * memory, on the live stream); violations are recorded in the database on a thread of their own.
 */
@ApplicationScoped
public class CameraEventsConsumer {

    private static final Logger LOG = Logger.getLogger(CameraEventsConsumer.class);

    private final IncidentDesk incidents;
    private final Violations violations;
    private final ExecutorService recorder = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "traffic-violations");
        t.setDaemon(true);
        return t;
    });

    private final AtomicInteger pending = new AtomicInteger();

    CameraEventsConsumer(IncidentDesk incidents, Violations violations) {
        this.incidents = incidents;
        this.violations = violations;
    }

    @Incoming("camera-events")
    public void consume(List<CameraEvent> events) {
        for (CameraEvent e : events) {
            switch (e.type()) {
                case "ACCIDENT", "STALLED_VEHICLE" ->
                    incidents.raise(e.type(), "CAMERA", e.roadId(), e.lane(), e.evidence(), e.receivedAt());
                default -> {
                    pending.incrementAndGet();
                    recorder.execute(() -> {
                        try {
                            violations.record(
                                    Violations.Kind.valueOf(e.type()),
                                    e.plate(),
                                    e.roadId(),
                                    e.observedAt(),
                                    e.speedKmh(),
                                    e.limitKmh(),
                                    e.evidence());
                        } catch (RuntimeException ex) {
                            LOG.errorf(ex, "violation of %s at %s could not be recorded", e.plate(), e.observedAt());
                        } finally {
                            pending.decrementAndGet();
                        }
                    });
                }
            }
        }
    }

    /** Violations handed over and not yet recorded. */
    public long backlog() {
        return pending.get();
    }

    /** Waits until the violations handed over so far are recorded (tests). */
    public void drain() {
        try {
            recorder.submit(() -> {}).get();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * A graceful stop records the violations already acknowledged to the cameras before the app goes (the queue is in
     * memory: without this, a stop lost what was still queued). A crash still loses the queue; see ADR 14.
     */
    void stop(@Observes ShutdownEvent event) {
        recorder.shutdown();
        try {
            if (!recorder.awaitTermination(60, java.util.concurrent.TimeUnit.SECONDS)) {
                LOG.warnf("stopping with %d camera violations not recorded", pending.get());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
