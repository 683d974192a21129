package city.citizen.internal.notification;

import io.quarkus.mailer.Mail;
import io.quarkus.mailer.Mailer;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import org.jboss.logging.Logger;

/**
 * Delivers the outbox's e-mails. A pass claims due e-mails ({@code FOR UPDATE SKIP LOCKED}, so several app instances
 * never take the same one) by setting them {@code sending} with a lease, commits, sends them over SMTP, and records
 * each outcome: delivered, or a retry after an exponentially growing wait, or failed after the last attempt. An
 * e-mail whose lease ran out (its process died mid-send) is claimed again and sent with the same Message-ID. On a
 * graceful stop the claimed e-mails not yet sent are handed back at once.
 */
@ApplicationScoped
class EmailDispatcher {

    private static final Logger LOG = Logger.getLogger(EmailDispatcher.class);

    /** An e-mail claimed by this pass. */
    record Claimed(UUID id, String to, String messageId, int attempts, String subject, String body) {}

    private final EntityManager em;
    private final Mailer mailer;
    private final NotificationConfig config;
    private volatile boolean stopping;
    /** Held while a pass runs, so that a graceful stop waits for the pass to record what it sent and hand back the rest. */
    private final ReentrantLock running = new ReentrantLock();

    EmailDispatcher(EntityManager em, Mailer mailer, NotificationConfig config) {
        this.em = em;
        this.mailer = mailer;
        this.config = config;
    }

    void onStop(@Observes ShutdownEvent event) {
        stopping = true;
        try {
            // the pass stops after the e-mail it is sending, records it and hands back the rest before the
            // database goes; without this wait the stop closed the database under it and its e-mails were sent again
            // when their lease ran out (found by bench/notifications.sh)
            if (running.tryLock(8, TimeUnit.SECONDS)) {
                running.unlock();
            } else {
                LOG.warn("stopping while an e-mail pass still runs: its e-mails go again when their lease runs out");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Scheduled(
            identity = "citizen-notification-email",
            every = "${city.notifications.dispatch-every:1s}",
            delayed = "${city.notifications.dispatch-delay:3s}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void dispatch() {
        if (stopping || !running.tryLock()) {
            return;
        }
        try {
            // a full batch means more may be due: keep going until the outbox is drained or the app stops
            while (!stopping && pass() >= config.batchSize()) {
                LOG.debug("outbox pass was full; another one");
            }
        } finally {
            running.unlock();
        }
    }

    /** One pass: claims a batch and sends it; answers how many were claimed. */
    int pass() {
        List<Claimed> claimed = QuarkusTransaction.requiringNew().call(this::claim);
        List<UUID> unsent = new ArrayList<>(claimed.stream().map(Claimed::id).toList());
        for (Claimed c : claimed) {
            if (stopping) {
                break;
            }
            try {
                mailer.send(Mail.withText(c.to(), c.subject(), c.body())
                        .setFrom(config.from())
                        .addHeader("Message-ID", c.messageId()));
                unsent.remove(c.id());
                QuarkusTransaction.requiringNew().run(() -> delivered(c));
            } catch (RuntimeException e) {
                unsent.remove(c.id());
                QuarkusTransaction.requiringNew().run(() -> attemptFailed(c, e));
            }
        }
        if (!unsent.isEmpty()) {
            QuarkusTransaction.requiringNew().run(() -> handBack(unsent));
        }
        return claimed.size();
    }

    private List<Claimed> claim() {
        List<?> rows = em.createNativeQuery("update citizen.notification_email e set status = 'sending',"
                        + " attempts = e.attempts + 1, lease_until = now() + make_interval(secs => ?1)"
                        + " from citizen.notification n where n.id = e.notification_id and e.notification_id in ("
                        + " select notification_id from citizen.notification_email"
                        + " where (status = 'created' and next_attempt_at <= now())"
                        + " or (status = 'sending' and lease_until < now())"
                        + " order by next_attempt_at limit ?2 for update skip locked)"
                        + " returning e.notification_id, e.to_address, e.message_id, e.attempts, n.subject, n.body")
                .setParameter(1, (double) config.lease().toMillis() / 1000)
                .setParameter(2, config.batchSize())
                .getResultList();
        return rows.stream()
                .map(row -> {
                    Object[] r = (Object[]) row;
                    return new Claimed(
                            (UUID) r[0],
                            (String) r[1],
                            (String) r[2],
                            ((Number) r[3]).intValue(),
                            (String) r[4],
                            (String) r[5]);
                })
                .toList();
    }

    private void delivered(Claimed c) {
        em.createNativeQuery("update citizen.notification_email set status = 'delivered', delivered_at = now(),"
                        + " lease_until = null, last_error = null where notification_id = ?1")
                .setParameter(1, c.id())
                .executeUpdate();
    }

    private void attemptFailed(Claimed c, RuntimeException e) {
        boolean last = c.attempts() >= config.maxAttempts();
        Duration wait = backoff(c.attempts());
        String error = describe(e);
        if (last) {
            LOG.warnf("E-mail %s failed after %d attempts: %s", c.messageId(), c.attempts(), error);
        } else {
            LOG.infof("E-mail %s attempt %d failed (%s); next in %s", c.messageId(), c.attempts(), error, wait);
        }
        em.createNativeQuery("update citizen.notification_email set status = ?2, lease_until = null, last_error = ?3,"
                        + " next_attempt_at = now() + make_interval(secs => ?4) where notification_id = ?1")
                .setParameter(1, c.id())
                .setParameter(2, last ? "failed" : "created")
                .setParameter(3, error)
                .setParameter(4, (double) wait.toMillis() / 1000)
                .executeUpdate();
    }

    private void handBack(List<UUID> ids) {
        for (UUID id : ids) {
            em.createNativeQuery("update citizen.notification_email set status = 'created', lease_until = null,"
                            + " attempts = attempts - 1, next_attempt_at = now()"
                            + " where notification_id = ?1 and status = 'sending'")
                    .setParameter(1, id)
                    .executeUpdate();
        }
    }

    /** The wait after the given number of failed attempts: the first wait, doubled each time, at most the longest. */
    Duration backoff(int attempts) {
        long first = config.firstRetry().toMillis();
        long max = config.maxRetry().toMillis();
        int doublings = Math.min(Math.max(attempts - 1, 0), 30);
        long wait = first * (1L << doublings);
        return Duration.ofMillis(wait <= 0 || wait > max ? max : wait);
    }

    private static String describe(Throwable e) {
        StringBuilder text = new StringBuilder();
        for (Throwable t = e; t != null && text.length() < 900; t = t.getCause()) {
            if (!text.isEmpty()) {
                text.append(": ");
            }
            text.append(t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage());
            if (t.getCause() == t) {
                break;
            }
        }
        return text.length() > 1000 ? text.substring(0, 1000) : text.toString();
    }
}
