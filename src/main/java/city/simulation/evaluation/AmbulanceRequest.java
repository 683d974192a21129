package city.simulation.evaluation;

/**
 * An ambulance experiment to add to an evaluation: a trip between two intersections of the scenario's network, leaving
 * {@code departureSecond} seconds into the run (a third of the simulated time when left out), run twice under the
 * traffic module's controller (the first {@code traffic:} one chosen, else actuated): without and with the green wave.
 */
public record AmbulanceRequest(String fromIntersection, String toIntersection, Integer departureSecond) {}
