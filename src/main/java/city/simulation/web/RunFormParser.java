package city.simulation.web;

import city.platform.rest.Problem;
import city.platform.rest.ProblemException;
import city.platform.web.FieldErrors;
import city.platform.web.Lang;
import city.simulation.evaluation.AmbulanceRequest;
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
            Lang lang) {
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
            errors.put("minutes", lang.pick("请填写 1 到 240 之间的整数分钟", "Type a whole number of minutes from 1 to 240"));
        } else {
            seconds = (int) (minutesValue * 60);
        }
        Long seedValue = typedSeed.isEmpty() ? Long.valueOf(0) : Forms.parseLong(typedSeed);
        if (seedValue == null) {
            errors.put("seed", lang.pick("请填写一个整数", "Type a whole number"));
        }
        AmbulanceRequest ambulance = null;
        if (!typedAmbulance.from().isEmpty() || !typedAmbulance.to().isEmpty()) {
            Long minute = typedAmbulance.minute().isEmpty() ? null : Forms.parseLong(typedAmbulance.minute());
            if (!typedAmbulance.minute().isEmpty() && (minute == null || minute < 0 || minute > 240)) {
                errors.put(
                        "ambulance",
                        lang.pick("救护车出发时间：仿真开始后的整数分钟", "The ambulance leaves a whole number of minutes into the run"));
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

    /** The evaluations' refusal of a request, by the form's fields. */
    static FieldErrors refusal(ProblemException e, Lang lang) {
        Map<String, String> errors = new LinkedHashMap<>();
        if (e.errors().isEmpty()) {
            errors.put(
                    "general",
                    lang.pick(
                            "现在排队的评估太多，请等一些完成后再开始。",
                            "Too many evaluations are waiting; start this one when some have finished."));
        }
        for (Problem.FieldError f : e.errors()) {
            runError(f, lang, errors);
        }
        return Forms.errors(errors);
    }

    private static void runError(Problem.FieldError f, Lang lang, Map<String, String> errors) {
        if (f.field().startsWith("ambulance")) {
            String message = switch (f.field()) {
                case "ambulance.fromIntersection" ->
                    lang.pick("路网中没有这个起点路口", "No such origin intersection in the network");
                case "ambulance.toIntersection" ->
                    f.message().startsWith("no route")
                            ? lang.pick("救护车无法从起点开到这个路口", "No route an ambulance can drive between them")
                            : lang.pick("路网中没有这个终点路口", "No such destination intersection in the network");
                case "ambulance.departureSecond" ->
                    lang.pick("救护车须在仿真结束前至少一分钟出发", "The ambulance leaves a minute before the end at the latest");
                default -> f.message();
            };
            errors.putIfAbsent("ambulance", message);
            return;
        }
        if (f.field().equals("scenarioId")) {
            errors.putIfAbsent("scenario", lang.pick("请选择一个场景", "Choose a scenario"));
        } else if (f.field().startsWith("controllers")) {
            String message;
            if (f.message().startsWith("at most")) {
                message = lang.pick("最多选择 6 个控制方案", "Choose at most 6 controllers");
            } else if (f.message().startsWith("the traffic module")) {
                message = lang.pick(
                        "交通模块的控制方案无法运行这个场景的路网：" + f.message(),
                        "The traffic module's controllers cannot run this scenario's network: " + f.message());
            } else {
                message = lang.pick("请选择 1 到 6 个控制方案", "Choose 1 to 6 controllers");
            }
            errors.putIfAbsent("controllers", message);
        } else if (f.field().equals("simulatedSeconds")) {
            errors.putIfAbsent(
                    "minutes", lang.pick("请填写 1 到 240 之间的整数分钟", "Type a whole number of minutes from 1 to 240"));
        } else {
            errors.putIfAbsent("general", f.field() + ": " + f.message());
        }
    }
}
