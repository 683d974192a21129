package city.simulation.web;

import city.platform.rest.Problem;
import city.platform.rest.ProblemException;
import city.platform.web.FieldErrors;
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
            TwinMsg msg) {
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
        String number = msg.err_number();
        if (networkId == null) {
            errors.put("network", msg.err_network());
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
    static void problems(List<Problem.FieldError> problems, TwinMsg msg, Map<String, String> errors) {
        for (Problem.FieldError f : problems) {
            String field = field(f.field());
            errors.putIfAbsent(field, message(field, msg, f.message()));
        }
    }

    /** Adds the generator's refusal to the form's errors. */
    static void refusal(ProblemException e, TwinMsg msg, Map<String, String> errors) {
        if (e.status() == Response.Status.NOT_FOUND) {
            errors.put("network", msg.err_no_scenario());
        }
        problems(e.errors(), msg, errors);
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

    /** What is wrong with a field, said by the field; the generator's own words say why a network cannot be used. */
    private static String message(String field, TwinMsg msg, String english) {
        return switch (field) {
            case "peak" -> msg.err_gen_peak();
            case "startHour" -> msg.err_gen_start();
            case "minutes" -> msg.err_gen_minutes();
            case "network" -> msg.err_gen_network(english);
            default -> msg.err_gen_name();
        };
    }
}
