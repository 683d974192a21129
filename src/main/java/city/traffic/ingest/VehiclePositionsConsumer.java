package city.traffic.ingest;

import city.traffic.internal.EmergencyTrips;
import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/** Consumes channel {@code vehicle-positions}: each position moves its trip and the green wave ahead of it. */
@ApplicationScoped
public class VehiclePositionsConsumer {

    private final EmergencyTrips trips;

    VehiclePositionsConsumer(EmergencyTrips trips) {
        this.trips = trips;
    }

    @Incoming("vehicle-positions")
    @Blocking
    public void consume(PositionBatch batch) {
        trips.onPositions(batch.positions());
    }
}
