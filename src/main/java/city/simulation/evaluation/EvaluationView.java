package city.simulation.evaluation;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.List;

/**
 * An evaluation run: the scenario, the controllers in the order they run, the simulated time and seed, where it is
 * ({@code progress} 0..1: simulated seconds done over the total across the controllers), who started it and when, the
 * error of a failed one and, once done, the results per controller (left out of lists); and the ambulance experiment
 * asked for with its outcome once done.
 */
public record EvaluationView(
        long id,
        long scenarioId,
        String scenarioNameZh,
        String scenarioNameEn,
        List<String> controllers,
        int simulatedSeconds,
        long seed,
        EvaluationStatus status,
        double progress,
        Instant createdAt,
        String createdBy,
        Instant startedAt,
        Instant finishedAt,
        String error,
        @JsonInclude(JsonInclude.Include.NON_NULL) List<ControllerResult> results,
        @JsonInclude(JsonInclude.Include.NON_NULL) AmbulanceRequest ambulance,
        @JsonInclude(JsonInclude.Include.NON_NULL) AmbulanceOutcome ambulanceResult) {}
