package city.platform.db;

import io.quarkus.narayana.jta.QuarkusTransaction;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.jboss.logging.Logger;

/**
 * Makes what a device is told "accepted" durable before it is told, with group commit: one writer thread takes every
 * entry queued while the previous batch was being written and commits them in one transaction, so thousands of
 * entries a second cost a few hundred commits. Entries are written in the order they were queued. Each entry's
 * future completes once its batch is committed, or fails; when the database is unavailable a batch fails at once
 * (the device gets its 503 and resends) instead of being retried while the callers wait.
 */
public abstract class GroupCommitJournal<E> {

    private static final Logger LOG = Logger.getLogger(GroupCommitJournal.class);

    private record Entry<E>(E item, CompletableFuture<Void> written) {}

    private final String name;
    private final int maxBatch;
    private final BlockingQueue<Entry<E>> queue = new LinkedBlockingQueue<>();
    private volatile boolean running;
    private Thread writer;

    /** For CDI's client proxies of application-scoped journals. */
    protected GroupCommitJournal() {
        this("proxy", 1);
    }

    protected GroupCommitJournal(String name, int maxBatch) {
        this.name = name;
        this.maxBatch = maxBatch;
    }

    /** Starts the writer thread; call at start-up. */
    protected void startWriting() {
        running = true;
        writer = new Thread(this::writeLoop, name + "-journal");
        writer.setDaemon(true);
        writer.start();
    }

    /** Finishes writing what is queued (at most 10 s) before the datasource closes; call at shutdown. */
    protected void stopWriting() throws InterruptedException {
        running = false;
        if (writer != null) {
            writer.join(10_000);
        }
    }

    /** Queues an entry; the future completes once it is committed. */
    public CompletableFuture<Void> append(E item) {
        CompletableFuture<Void> written = new CompletableFuture<>();
        if (!running) {
            written.completeExceptionally(new IllegalStateException("the " + name + " journal is stopped"));
            return written;
        }
        queue.add(new Entry<>(item, written));
        return written;
    }

    /** Entries queued and not yet written. */
    public int backlog() {
        return queue.size();
    }

    /** Writes one batch, in the transaction the journal opened for it (a connection from the datasource joins it). */
    protected abstract void write(List<E> batch) throws SQLException;

    private void writeLoop() {
        List<Entry<E>> batch = new ArrayList<>(maxBatch);
        while (running || !queue.isEmpty()) {
            try {
                Entry<E> first = queue.poll(100, TimeUnit.MILLISECONDS);
                if (first == null) {
                    continue;
                }
                batch.add(first);
                queue.drainTo(batch, maxBatch - 1);
                writeWithRetry(batch);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } finally {
                batch.clear();
            }
        }
    }

    private void writeWithRetry(List<Entry<E>> batch) {
        List<E> items = batch.stream().map(Entry::item).toList();
        RuntimeException failure = null;
        for (int attempt = 1; attempt <= 3; attempt++) {
            try {
                QuarkusTransaction.requiringNew().run(() -> {
                    try {
                        write(items);
                    } catch (SQLException e) {
                        throw new IllegalStateException("cannot write the " + name + " journal: " + e.getMessage(), e);
                    }
                });
                batch.forEach(e -> e.written().complete(null));
                return;
            } catch (RuntimeException e) {
                failure = e;
                if (SqlStates.isUnavailable(e)) {
                    // the devices get their 503 at once and resend; waiting here would only hold them
                    LOG.warnf(
                            "writing %d entries of the %s journal failed: the database is unavailable (%s)",
                            batch.size(), name, e.getMessage());
                    break;
                }
                LOG.warnf(e, "writing %d entries of the %s journal failed (attempt %d)", batch.size(), name, attempt);
            }
        }
        RuntimeException cause = failure;
        batch.forEach(e -> e.written().completeExceptionally(cause));
    }
}
