package city.simulation.web;

import city.platform.rest.Problem;
import city.platform.rest.ProblemException;
import city.platform.web.FieldErrors;
import city.platform.web.Lang;
import city.simulation.evaluation.DemandGenerator;
import jakarta.ws.rs.core.Response;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Reads the form that generates a scenario's demand into the generator's request, and says its problems by field. */
final class GenerateFormParser {

    private GenerateFormParser() {}

    /** The form as typed, with the errors of fields that do not read, and the request it makes. */
    record Parsed(GenerateForm form, Map<String, String> errors, DemandGenerator.Request request) {

        Long network() {
            return request.networkOf();
        }
    }

    static Parsed parse(
            String network,
            String nameZh,
            String nameEn,
            String peak,
            String startHour,
            String minutes,
            String seed,
            Lang lang) {
        GenerateForm typed = new GenerateForm(
                Forms.strip(network),
                Forms.strip(nameZh),
                Forms.strip(nameEn),
                Forms.strip(peak),
                Forms.strip(startHour),
                Forms.strip(minutes),
                Forms.strip(seed),
                FieldErrors.NONE);
        Map<String, String> errors = new LinkedHashMap<>();
        Long networkId = Forms.parseLong(typed.network());
        Double peakValue = Forms.parseDouble(typed.peak());
        Double hour = Forms.parseDouble(typed.startHour());
        Long minutesValue = Forms.parseLong(typed.minutes());
        Long seedValue = Forms.parseLong(typed.seed());
        String number = lang.pick("请填写数字", "Type a number");
        if (networkId == null) {
            errors.put("network", lang.pick("请选择路网", "Choose a road network"));
        }
        if (peakValue == null) {
            errors.put("peak", number);
        }
        if (hour == null) {
            errors.put("startHour", number);
        }
        if (minutesValue == null || minutesValue > Integer.MAX_VALUE) {
            errors.put("minutes", number);
        }
        if (seedValue == null) {
            errors.put("seed", number);
        }
        DemandGenerator.Request request = new DemandGenerator.Request(
                typed.nameZh(),
                typed.nameEn(),
                networkId,
                peakValue,
                null,
                null,
                hour,
                minutesValue == null || minutesValue > Integer.MAX_VALUE ? null : minutesValue.intValue(),
                seedValue);
        return new Parsed(typed, errors, request);
    }

    /** Adds the generator's problems with a request to the form's errors (a field keeps its first error). */
    static void problems(List<Problem.FieldError> problems, Lang lang, Map<String, String> errors) {
        for (Problem.FieldError f : problems) {
            String field = field(f.field());
            errors.putIfAbsent(field, message(field, lang, f.message()));
        }
    }

    /** Adds the generator's refusal to the form's errors. */
    static void refusal(ProblemException e, Lang lang, Map<String, String> errors) {
        if (e.status() == Response.Status.NOT_FOUND) {
            errors.put("network", lang.pick("没有这个场景", "No such scenario"));
        }
        problems(e.errors(), lang, errors);
    }

    /** The form's field for a field of the generator's request. */
    private static String field(String requestField) {
        return switch (requestField) {
            case "peakVehiclesPerHour" -> "peak";
            case "networkOf" -> "network";
            case "startHour", "minutes", "nameEn" -> requestField;
            default -> "nameZh";
        };
    }

    private static String message(String field, Lang lang, String english) {
        return switch (field) {
            case "peak" -> lang.pick("高峰每小时车辆数：大于 0，最多 50000", "Vehicles per hour at the peak: above 0, 50000 at most");
            case "startHour" -> lang.pick("开始时刻：0 到 24 之间（不含 24）", "The hour of the day: 0 to under 24");
            case "minutes" -> lang.pick("时长：1 到 240 分钟", "1 to 240 minutes");
            case "nameZh", "nameEn" ->
                lang.pick("请至少填写一种语言的名称（最多 200 个字）", "A name in one language at least (200 characters at most)");
            default -> english;
        };
    }
}
