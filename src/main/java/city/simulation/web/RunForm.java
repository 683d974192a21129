package city.simulation.web;

import city.platform.web.FieldErrors;
import city.simulation.evaluation.EvaluationControllers;
import java.util.List;

/** The form that starts an evaluation, as typed; {@code scenario} is the one chosen in the picker (null: the first). */
public record RunForm(
        Long scenario,
        List<String> controllers,
        String minutes,
        String seed,
        AmbulanceForm ambulance,
        FieldErrors errors) {

    /** The form as the page offers it first: the network's plan against max pressure, for an hour. */
    static RunForm offered(Long scenario) {
        return new RunForm(
                scenario,
                List.of(EvaluationControllers.PLAN, EvaluationControllers.MAX_PRESSURE),
                "60",
                "0",
                AmbulanceForm.EMPTY,
                FieldErrors.NONE);
    }

    RunForm refused(FieldErrors why) {
        return new RunForm(scenario, controllers, minutes, seed, ambulance, why);
    }
}
