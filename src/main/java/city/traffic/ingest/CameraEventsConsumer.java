package city.traffic.ingest;

import city.traffic.internal.IncidentDesk;
import city.traffic.internal.Violations;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;

/**
 * Consumes channel {@code camera-events}: accidents and stalled vehicles raise an incident alert at once (in
 * memory, on the live stream); violations are recorded in the database on a thread of their own. Every event is in
 * the {@link CameraJournal} before the camera was answered, and its row goes when its effect is recorded; a pass
 * applies again what is left (after a crash, or when the database was away), and each effect is recorded once.
 */
@ApplicationScoped
public class CameraEventsConsumer {

    private static final Logger LOG = Logger.getLogger(CameraEventsConsumer.class);

    /** An event the channel handed over this long ago and still in the journal did not get through. */
    static final Duration GRACE = Duration.ofMinutes(1);

    private static final int PASS_BATCH = 500;

    private final IncidentDesk incidents;
    private final Violations violations;
    private final CameraJournal journal;
    private final Clock clock;
    private final Instant startedAt;
    private final ExecutorService recorder = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "traffic-violations");
        t.setDaemon(true);
        return t;
    });

    private final AtomicInteger pending = new AtomicInteger();

    CameraEventsConsumer(IncidentDesk incidents, Violations violations, CameraJournal journal, Clock clock) {
        this.incidents = incidents;
        this.violations = violations;
        this.journal = journal;
        this.clock = clock;
        this.startedAt = clock.instant();
    }

    @Incoming("camera-events")
    public void consume(List<CameraEvent> events) {
        for (CameraEvent e : events) {
            if (isIncident(e)) {
                raise(e).whenCompleteAsync(
                                (ok, failure) -> {
                                    if (failure == null) {
                                        markApplied(e);
                                    }
                                },
                                recorder);
            } else {
                pending.incrementAndGet();
                recorder.execute(() -> {
                    try {
                        record(e);
                    } catch (RuntimeException ex) {
                        LOG.warnf(
                                "violation of %s at %s not recorded yet (the journal keeps it): %s",
                                e.plate(), e.observedAt(), ex.getMessage());
                    } finally {
                        pending.decrementAndGet();
                    }
                });
            }
        }
    }

    /**
     * Applies the events left in the journal: at start, everything received before this instance started (its
     * channel never had them); later, what is older than {@link #GRACE}.
     */
    @Scheduled(
            every = "${city.traffic.camera-events.recover-every}",
            delayed = "5s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void recover() {
        Instant cutoff = clock.instant().minus(GRACE);
        try {
            recover(cutoff.isAfter(startedAt) ? cutoff : startedAt);
        } catch (RuntimeException e) {
            LOG.warnf("camera journal pass: will try again (%s)", e.getMessage());
        }
    }

    /** Applies the journal's events received before {@code before}; returns how many. */
    public int recover(Instant before) {
        int total = 0;
        List<CameraEvent> events;
        do {
            events = journal.pending(before, PASS_BATCH);
            for (CameraEvent e : events) {
                if (isIncident(e)) {
                    raise(e).join();
                    markApplied(e);
                } else {
                    record(e);
                }
            }
            total += events.size();
        } while (events.size() == PASS_BATCH);
        if (total > 0) {
            LOG.infof("applied %d camera events from the journal", total);
        }
        return total;
    }

    private static boolean isIncident(CameraEvent e) {
        return "ACCIDENT".equals(e.type()) || "STALLED_VEHICLE".equals(e.type());
    }

    private CompletableFuture<Void> raise(CameraEvent e) {
        var incident = incidents.raise(e.id(), e.type(), "CAMERA", e.roadId(), e.lane(), e.evidence(), e.receivedAt());
        return incidents.whenWritten(incident.id());
    }

    /** The violation and the journal row's removal commit together: recorded once, however often it is applied. */
    private void record(CameraEvent e) {
        QuarkusTransaction.requiringNew().run(() -> {
            violations.record(
                    Violations.Kind.valueOf(e.type()),
                    e.plate(),
                    e.roadId(),
                    e.observedAt(),
                    e.speedKmh(),
                    e.limitKmh(),
                    e.evidence());
            journal.applied(e.id());
        });
    }

    private void markApplied(CameraEvent e) {
        try {
            QuarkusTransaction.requiringNew().run(() -> journal.applied(e.id()));
        } catch (RuntimeException ex) {
            LOG.warnf("camera event %s stays in the journal: %s", e.id(), ex.getMessage());
        }
    }

    /** Violations handed over and not yet recorded, and events not yet in the journal. */
    public long backlog() {
        return pending.get() + (long) journal.backlog();
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
     * A graceful stop records the violations already handed over before the app goes (at most 60 s); whatever is left
     * stays in the journal for the next start.
     */
    void stop(@Observes ShutdownEvent event) {
        recorder.shutdown();
        try {
            if (!recorder.awaitTermination(60, TimeUnit.SECONDS)) {
                LOG.warnf("stopping with %d camera violations left in the journal for the next start", pending.get());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
