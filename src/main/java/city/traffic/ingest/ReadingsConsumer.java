package city.traffic.ingest;

import city.traffic.internal.LaneReading;
import city.traffic.internal.LiveTraffic;
import city.traffic.internal.TrafficJournal;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/** Consumes channel {@code traffic-readings}: live lane state first, then the journal that persists in batches. */
@ApplicationScoped
public class ReadingsConsumer {

    private final LiveTraffic live;
    private final TrafficJournal journal;

    ReadingsConsumer(LiveTraffic live, TrafficJournal journal) {
        this.live = live;
        this.journal = journal;
    }

    @Incoming("traffic-readings")
    public void consume(ReadingBatch batch) {
        for (LaneReading r : batch.readings()) {
            if (live.apply(r)) {
                journal.record(new TrafficJournal.Entry(r, batch.receivedAt()));
            }
        }
    }
}
