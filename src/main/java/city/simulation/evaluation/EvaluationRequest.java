package city.simulation.evaluation;

import java.util.List;

/**
 * What to evaluate: a scenario, the controllers to compare (1 to 6 of {@link EvaluationControllers#all()}, run in this
 * order), the simulated time in seconds (60 to 14,400; 3,600 when left out) and the seed of the vehicles' random
 * choices (0 when left out; the same seed gives the same figures), and optionally an ambulance experiment.
 */
public record EvaluationRequest(
        Long scenarioId, List<String> controllers, Integer simulatedSeconds, Long seed, AmbulanceRequest ambulance) {

    public EvaluationRequest(Long scenarioId, List<String> controllers, Integer simulatedSeconds, Long seed) {
        this(scenarioId, controllers, simulatedSeconds, seed, null);
    }
}
