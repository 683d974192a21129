package city.simulation.web;

import city.platform.web.FieldErrors;
import city.simulation.evaluation.AmbulanceRequest;
import city.simulation.evaluation.EvaluationRefused;
import city.simulation.evaluation.EvaluationRequest;
import city.simulation.evaluation.Evaluations;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Reads the run form into an evaluation request, and says the evaluations' refusal of one field by field. */
final class RunFormParser {

    private RunFormParser() {}

    /** The form as typed, and the request it makes (null when a field does not read). */
    record Parsed(RunForm form, EvaluationRequest request) {}

    static Parsed parse(
            String scenario,
            List<String> chosen,
            String minutes,
            String seed,
            String ambulanceFrom,
            String ambulanceTo,
            String ambulanceMinute,
            TwinMsg msg) {
        List<String> picked = chosen == null ? List.of() : chosen;
        AmbulanceForm typedAmbulance =
                new AmbulanceForm(Forms.strip(ambulanceFrom), Forms.strip(ambulanceTo), Forms.strip(ambulanceMinute));
        String typedMinutes = Forms.strip(minutes);
        String typedSeed = Forms.strip(seed);
        Long scenarioId = Forms.parseLong(scenario);
        Map<String, String> errors = new LinkedHashMap<>();
        Integer seconds = null;
        Long minutesValue = Forms.parseLong(typedMinutes);
        if (minutesValue == null || minutesValue < 1 || minutesValue > Evaluations.MAX_SECONDS / 60) {
            errors.put("minutes", msg.err_minutes());
        } else {
            seconds = (int) (minutesValue * 60);
        }
        Long seedValue = typedSeed.isEmpty() ? Long.valueOf(0) : Forms.parseLong(typedSeed);
        if (seedValue == null) {
            errors.put("seed", msg.err_seed());
        }
        AmbulanceRequest ambulance = null;
        if (!typedAmbulance.from().isEmpty() || !typedAmbulance.to().isEmpty()) {
            Long minute = typedAmbulance.minute().isEmpty() ? null : Forms.parseLong(typedAmbulance.minute());
            if (!typedAmbulance.minute().isEmpty() && (minute == null || minute < 0 || minute > 240)) {
                errors.put("ambulance", msg.err_amb_minute());
            } else {
                ambulance = new AmbulanceRequest(
                        typedAmbulance.from(), typedAmbulance.to(), minute == null ? null : (int) (minute * 60));
            }
        }
        RunForm form = new RunForm(scenarioId, picked, typedMinutes, typedSeed, typedAmbulance, FieldErrors.NONE);
        if (!errors.isEmpty()) {
            return new Parsed(form.refused(Forms.errors(errors)), null);
        }
        return new Parsed(form, new EvaluationRequest(scenarioId, picked, seconds, seedValue, ambulance));
    }

    /** The evaluations' refusal of a request, by the form's fields: each reason said by its kind and field. */
    static FieldErrors refusal(EvaluationRefused e, TwinMsg msg) {
        Map<String, String> errors = new LinkedHashMap<>();
        for (EvaluationRefused.Reason r : e.reasons()) {
            String field = r.field().startsWith("ambulance") ? "ambulance" : formField(r.kind());
            errors.putIfAbsent(field, message(r, msg));
        }
        return Forms.errors(errors);
    }

    private static String formField(EvaluationRefused.Kind kind) {
        return switch (kind) {
            case SCENARIO_REQUIRED, NO_SUCH_SCENARIO -> "scenario";
            case SECONDS_OUT_OF_RANGE -> "minutes";
            case QUEUE_FULL -> "general";
            default -> "controllers";
        };
    }

    private static String message(EvaluationRefused.Reason r, TwinMsg msg) {
        return switch (r.kind()) {
            case SCENARIO_REQUIRED, NO_SUCH_SCENARIO -> msg.err_scenario();
            case NO_CONTROLLER, UNKNOWN_CONTROLLER, CONTROLLER_TWICE -> msg.err_controllers();
            case TOO_MANY_CONTROLLERS -> msg.err_controllers_max();
            case SECONDS_OUT_OF_RANGE -> msg.err_minutes();
            case TRAFFIC_CANNOT_RUN -> msg.err_traffic_cannot_run(r.detail());
            case NO_SUCH_INTERSECTION ->
                r.field().equals("ambulance.fromIntersection") ? msg.err_amb_from() : msg.err_amb_to();
            case NO_ROUTE -> msg.err_amb_no_route();
            case DEPARTURE_OUT_OF_RANGE -> msg.err_amb_departure();
            case QUEUE_FULL -> msg.err_queue_full();
        };
    }
}
