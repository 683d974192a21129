package city.platform.ingest;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.LongAdder;
import org.jboss.logging.Logger;

/**
 * Writes what a channel consumer applied to live state into the database in batches, on a thread of its own: items
 * queue in memory, and every {@code every} milliseconds (or on {@link #flush()}) up to {@code batch} of them are
 * written in one call to {@link #write}. A failed write keeps the items for the next attempt. The backlog is
 * bounded by the ingestion endpoint (see {@link IngestGate}), which refuses new batches when it is too long.
 */
public abstract class BatchJournal<T> {

    private static final Logger LOG = Logger.getLogger(BatchJournal.class);

    private final String name;
    private final int batch;
    private final ConcurrentLinkedQueue<T> queue = new ConcurrentLinkedQueue<>();
    private final AtomicInteger backlog = new AtomicInteger();
    private final LongAdder persisted = new LongAdder();
    private ScheduledExecutorService writer;

    /** For CDI's client proxies of application-scoped journals. */
    protected BatchJournal() {
        this("proxy", 1);
    }

    protected BatchJournal(String name, int batch) {
        this.name = name;
        this.batch = batch;
    }

    /** Starts the writer thread; call at start-up. */
    protected void startWriting(long everyMillis) {
        writer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, name + "-journal");
            t.setDaemon(true);
            return t;
        });
        writer.scheduleWithFixedDelay(this::flushQuietly, everyMillis, everyMillis, TimeUnit.MILLISECONDS);
    }

    /** Stops the writer thread after writing what is queued; call at shutdown. */
    protected void stopWriting() {
        if (writer != null) {
            writer.shutdown();
            try {
                writer.awaitTermination(5, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        flushQuietly();
    }

    public void record(T item) {
        queue.add(item);
        backlog.incrementAndGet();
    }

    public int backlog() {
        return backlog.get();
    }

    public long persistedCount() {
        return persisted.sum();
    }

    private void flushQuietly() {
        try {
            flush();
        } catch (RuntimeException e) {
            LOG.warnf(e, "%s journal: will retry", name);
        }
    }

    /** Writes everything queued so far; returns how many items. */
    public synchronized int flush() {
        int total = 0;
        while (true) {
            List<T> items = new ArrayList<>(Math.min(batch, Math.max(16, backlog.get())));
            T item;
            while (items.size() < batch && (item = queue.poll()) != null) {
                items.add(item);
            }
            try {
                write(items);
            } catch (SQLException e) {
                List<T> rest = new ArrayList<>(items);
                T r;
                while ((r = queue.poll()) != null) {
                    rest.add(r);
                }
                queue.addAll(rest);
                throw new IllegalStateException("cannot write the " + name + " journal", e);
            }
            backlog.addAndGet(-items.size());
            persisted.add(items.size());
            total += items.size();
            if (items.size() < batch) {
                return total;
            }
        }
    }

    /** Writes one batch in one transaction; called with an empty list too, for work that is not queued items. */
    protected abstract void write(List<T> items) throws SQLException;
}
