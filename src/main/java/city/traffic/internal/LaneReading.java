package city.traffic.internal;

import java.time.Instant;

/**
 * What a lane detector measured over an interval (FIWARE TrafficFlowObserved): vehicles counted, occupancy (0..1),
 * average speed in km/h and the queue in vehicles (null when the detector does not measure them).
 */
public record LaneReading(
        String roadId,
        int lane,
        Instant observedFrom,
        Instant observedTo,
        int intensity,
        double occupancy,
        Double averageSpeedKmh,
        Double queueLength) {}
