package city.simulation.traffic;

/**
 * What the loop detector of a lane measured over {@code [from, to)} (seconds of simulated time): vehicles whose front
 * crossed it, occupancy (the fraction of the interval a vehicle covered it, 0..1), the mean speed of the vehicles that
 * crossed it in m/s (null when none did), and the queue on the lane at the end of the interval (halting vehicles).
 * The shape of a FIWARE TrafficFlowObserved reading, which the live mode will post through the ingestion API.
 */
public record DetectorReading(
        String laneId,
        String roadId,
        int laneInRoad,
        double from,
        double to,
        int count,
        double occupancy,
        Double averageSpeed,
        int queue) {}
