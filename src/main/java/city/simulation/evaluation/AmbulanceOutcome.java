package city.simulation.evaluation;

/**
 * What an evaluation's ambulance experiment measured: the trip, the traffic module's controller it ran under, and per
 * run (without and with the green wave) whether it arrived, its travel time from entering the network, its stops, its
 * stops at a red light and the signals preempted; the ratio of the travel times (with / without; null unless both
 * arrived) and the other vehicles' mean travel time in both runs (the wave's cost to everyone else). Seconds to a
 * tenth, the ratio to a hundredth.
 */
public record AmbulanceOutcome(
        String controller,
        String fromIntersection,
        String toIntersection,
        int departureSecond,
        int routeRoads,
        double routeMetres,
        Leg without,
        Leg with,
        Double ratio,
        Double othersMeanWithout,
        Double othersMeanWith) {

    /** One run of the trip. */
    public record Leg(boolean arrived, Double travelSeconds, int stops, int stopsAtRed, int signalsPreempted) {}
}
