package city.platform.ingest;

import city.platform.rest.Problem;
import jakarta.ws.rs.core.Response;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import java.util.function.LongSupplier;
import org.eclipse.microprofile.reactive.messaging.Emitter;

/**
 * Admission control of one ingestion channel: at most {@code capacity} items in flight (sent to the channel and not
 * yet acknowledged by its consumer), plus whatever backlog the consumer reports. Beyond that the endpoint answers
 * 503 with {@code Retry-After}: a device keeps its readings and resends them, so nothing is dropped silently.
 */
public final class IngestGate {

    private final String channel;
    private final long capacity;
    private final LongSupplier backlog;
    private final AtomicLong inFlight = new AtomicLong();

    public IngestGate(String channel, long capacity, LongSupplier backlog) {
        this.channel = channel;
        this.capacity = capacity;
        this.backlog = backlog;
    }

    /** Takes room for {@code items}, or answers false when the channel is saturated. */
    public boolean admit(int items) {
        if (inFlight.addAndGet(items) + backlog.getAsLong() > capacity) {
            inFlight.addAndGet(-items);
            return false;
        }
        return true;
    }

    /**
     * Whether the channel is full already: an endpoint checks before reading a batch, so that refusing costs
     * nothing when the consumer is behind.
     */
    public boolean full() {
        return inFlight.get() + backlog.getAsLong() >= capacity;
    }

    public void done(int items) {
        inFlight.addAndGet(-items);
    }

    public long inFlight() {
        return inFlight.get();
    }

    /**
     * The end of every ingestion endpoint: admits {@code items} (503 with {@code Retry-After} when saturated, nothing
     * sent), sends the batch into the channel, gives the room back when the consumer has acknowledged it, and
     * answers 202 with the count accepted.
     */
    public <B> Response send(Emitter<B> channel, B batch, int items, String instance) {
        if (!admit(items)) {
            return saturated(instance);
        }
        channel.send(batch).whenComplete((ok, failure) -> done(items));
        return Response.accepted(Map.of("accepted", items)).build();
    }

    /**
     * As {@link #send}, for a channel whose batches are made durable first: admits {@code items}, has
     * {@code journal} write the batch, and once it is committed sends it into the channel and answers 202. When the
     * journal cannot write it the room is given back and the failure (a 503 when the database is away) is the answer.
     */
    public <B> CompletionStage<Response> sendOnceWritten(
            Emitter<B> channel, B batch, int items, String instance, Function<B, CompletionStage<Void>> journal) {
        if (items == 0) {
            return CompletableFuture.completedFuture(accepted(0));
        }
        if (!admit(items)) {
            return CompletableFuture.completedFuture(saturated(instance));
        }
        return journal.apply(batch).handle((ok, failure) -> {
            if (failure != null) {
                done(items);
                throw new IllegalStateException("the batch could not be recorded", failure);
            }
            channel.send(batch).whenComplete((sent, error) -> done(items));
            return accepted(items);
        });
    }

    private static Response accepted(int items) {
        return Response.accepted(Map.of("accepted", items)).build();
    }

    /** The 503 answer when {@link #admit} refused. */
    public Response saturated(String instance) {
        return Response.status(Response.Status.SERVICE_UNAVAILABLE)
                .type(Problem.MEDIA)
                .header("Retry-After", "1")
                .entity(Problem.of(
                        Response.Status.SERVICE_UNAVAILABLE,
                        "Channel " + channel + " is saturated; nothing of this batch was accepted. Retry after 1 s.",
                        instance))
                .build();
    }
}
