package city.simulation.evaluation;

import city.simulation.traffic.RunResult;

/**
 * What one controller achieved in an evaluation: the engine's figures ({@link RunResult}: travel times CityFlow's way,
 * of finished vehicles and the papers' way, delay, stops, queue per minute, the travel-time distribution), the
 * throughput (vehicles that finished per hour of simulated time) and how long the run took on the machine.
 */
public record ControllerResult(
        String controller,
        String nameZh,
        String nameEn,
        double throughputPerHour,
        double wallSeconds,
        RunResult result) {}
