package city.traffic.ingest;

import city.traffic.internal.EmergencyTrips;
import java.util.List;

/** Emergency-vehicle positions as they travel on channel {@code vehicle-positions}: plain data (JSON over a broker). */
public record PositionBatch(List<EmergencyTrips.Position> positions) {}
