package city.traffic.ingest;

import city.traffic.internal.IncidentDesk;
import city.traffic.internal.IncidentDetector;
import city.traffic.internal.LaneReading;
import city.traffic.internal.LiveTraffic;
import city.traffic.internal.SignalControl;
import city.traffic.internal.TrafficJournal;
import city.traffic.internal.TrafficNetworks;
import city.traffic.internal.network.Road;
import city.traffic.internal.network.RoadNetwork;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * Consumes channel {@code traffic-readings}: live lane state first, then incident detection (an alert is raised
 * before the batch is done), then the journal that persists in batches.
 */
@ApplicationScoped
public class ReadingsConsumer {

    private final LiveTraffic live;
    private final TrafficJournal journal;
    private final TrafficNetworks networks;
    private final IncidentDesk incidents;
    private final SignalControl signals;
    private final IncidentDetector detector = new IncidentDetector();

    ReadingsConsumer(
            LiveTraffic live,
            TrafficJournal journal,
            TrafficNetworks networks,
            IncidentDesk incidents,
            SignalControl signals) {
        this.signals = signals;
        this.live = live;
        this.journal = journal;
        this.networks = networks;
        this.incidents = incidents;
    }

    private RoadNetwork downstreamOf;
    private Map<String, List<String>> downstream = Map.of();

    @Incoming("traffic-readings")
    public void consume(ReadingBatch batch) {
        RoadNetwork network = networks.current();
        if (network != downstreamOf) {
            // the roads a road's traffic flows on to (not back), per road: once per network, not per reading
            Map<String, List<String>> d = new HashMap<>();
            for (Road road : network.roads()) {
                d.put(
                        road.id(),
                        network.outgoingRoads(road.to()).stream()
                                .filter(o -> !o.to().equals(road.from()))
                                .map(Road::id)
                                .toList());
            }
            downstream = d;
            downstreamOf = network;
        }
        for (LaneReading r : batch.readings()) {
            if (!live.apply(r)) {
                continue;
            }
            List<String> next = downstream.get(r.roadId());
            if (next != null) {
                Optional<IncidentDetector.Kind> kind = detector.observe(
                        r,
                        next,
                        () -> signals.greenSecondsWithin(
                                r.roadId(),
                                r.lane(),
                                r.observedFrom().getEpochSecond(),
                                r.observedTo().getEpochSecond()));
                kind.ifPresent(k -> incidents.raise(
                        k.name(), "DETECTOR", r.roadId(), r.lane(), "lane detector", batch.receivedAt()));
            }
            journal.record(new TrafficJournal.Entry(r, batch.receivedAt()));
        }
    }
}
