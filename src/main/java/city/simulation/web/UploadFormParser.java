package city.simulation.web;

import city.platform.rest.Problem;
import city.platform.rest.ProblemException;
import city.platform.web.FieldErrors;
import city.simulation.evaluation.ScenarioUpload;
import city.simulation.web.IndexScreen.FileProblem;
import jakarta.ws.rs.core.Response;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jboss.resteasy.reactive.multipart.FileUpload;

/** Reads the upload form's files as text, and says the scenario store's refusal of them by field and file problem. */
final class UploadFormParser {

    private UploadFormParser() {}

    /** The form as typed and its files' text; the files are null when the form is refused. */
    record Parsed(UploadForm form, String roadnet, String flow) {

        boolean refused() {
            return form.errors().any();
        }
    }

    /** @throws ProblemException 413 when the files weigh too much together */
    static Parsed parse(String nameZh, String nameEn, FileUpload roadnet, FileUpload flow, TwinMsg msg) {
        String zh = nameZh == null ? "" : nameZh;
        String en = nameEn == null ? "" : nameEn;
        ScenarioUpload.checkSize(roadnet, flow);
        Map<String, String> errors = new LinkedHashMap<>();
        List<Problem.FieldError> unreadable = new ArrayList<>();
        String roadnetText = ScenarioUpload.text(roadnet, "roadnet", unreadable);
        String flowText = ScenarioUpload.text(flow, "flow", unreadable);
        for (Problem.FieldError f : unreadable) {
            errors.put(f.field(), msg.err_not_utf8());
        }
        if (roadnetText == null && !errors.containsKey("roadnet")) {
            errors.put("roadnet", msg.err_roadnet_file());
        }
        if (flowText == null && !errors.containsKey("flow")) {
            errors.put("flow", msg.err_flow_file());
        }
        if (zh.isBlank() && en.isBlank()) {
            errors.put("nameZh", msg.err_name_missing());
        }
        return new Parsed(new UploadForm(zh, en, FieldErrors.of(errors), List.of()), roadnetText, flowText);
    }

    /** The form as typed again, with the store's refusal: names by field, the files' problems one by one. */
    static UploadForm refusal(String nameZh, String nameEn, ProblemException e, TwinMsg msg) {
        Map<String, String> errors = new LinkedHashMap<>();
        List<FileProblem> problems = new ArrayList<>();
        String general = null;
        if (e.status() == Response.Status.REQUEST_ENTITY_TOO_LARGE) {
            general = msg.err_too_heavy();
        }
        for (Problem.FieldError f : e.errors()) {
            if (f.field().equals("nameZh") || f.field().equals("nameEn")) {
                errors.put(f.field(), msg.err_name_long());
            } else {
                problems.add(new FileProblem(f.field(), f.message()));
            }
        }
        if (!problems.isEmpty()) {
            general = msg.err_scenario_invalid();
        }
        return new UploadForm(
                nameZh == null ? "" : nameZh,
                nameEn == null ? "" : nameEn,
                new FieldErrors(Map.copyOf(errors), general),
                problems);
    }
}
