package city.simulation.traffic;

import java.util.List;

/**
 * What a simulation run measured, up to {@code simulatedSeconds}. Travel times are in seconds:
 *
 * <ul>
 *   <li>{@code averageTravelTime}: CityFlow's own figure ({@code get_average_travel_time}): every vehicle that has
 *       departed, from its scheduled departure to its arrival; one still waiting to enter or still on the network
 *       counts up to now.
 *   <li>{@code averageIncomingTime}: the papers' figure (CoLight and its successors): per vehicle, the time spent on
 *       lanes that lead into a real intersection (not the wait to enter, not the exit road), averaged over the vehicles
 *       that reached such a lane; unfinished ones count up to now.
 *   <li>{@code averageFinishedTravelTime}: vehicles that arrived only.
 * </ul>
 *
 * Delay is time in the system less the time the same distance takes at the vehicle's desired speed (its maximum, or
 * the lane's if lower), averaged over every departed vehicle, waiting to enter included. A stop is a fall below 0.1 m/s
 * after moving. The queue is the number of halting vehicles on lanes, averaged per minute; those waiting to enter are
 * counted apart.
 */
public record RunResult(
        String controller,
        double simulatedSeconds,
        int departed,
        int entered,
        int finished,
        int onNetwork,
        int waitingToEnter,
        double averageTravelTime,
        double averageIncomingTime,
        double averageFinishedTravelTime,
        double averageDelay,
        double stopsPerVehicle,
        long hardBrakes,
        double vehicleSeconds,
        List<Double> queuePerMinute,
        List<Double> waitingPerMinute,
        TravelTimes travelTimes) {

    public RunResult {
        queuePerMinute = List.copyOf(queuePerMinute);
        waitingPerMinute = List.copyOf(waitingPerMinute);
    }

    /**
     * The distribution of the travel times of the vehicles that arrived: percentiles, and a histogram of {@code
     * binSeconds}-wide bins from 0 ({@code histogram.get(i)} counts times in {@code [i * binSeconds, (i + 1) *
     * binSeconds)}).
     */
    public record TravelTimes(double p10, double p50, double p90, double max, int binSeconds, List<Integer> histogram) {

        public TravelTimes {
            histogram = List.copyOf(histogram);
        }
    }

    /** The same result under another controller name. */
    public RunResult named(String name) {
        return new RunResult(
                name,
                simulatedSeconds,
                departed,
                entered,
                finished,
                onNetwork,
                waitingToEnter,
                averageTravelTime,
                averageIncomingTime,
                averageFinishedTravelTime,
                averageDelay,
                stopsPerVehicle,
                hardBrakes,
                vehicleSeconds,
                queuePerMinute,
                waitingPerMinute,
                travelTimes);
    }
}
