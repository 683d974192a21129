package city.simulation.web;

import city.platform.rest.Problem;
import city.platform.rest.ProblemException;
import city.platform.web.FieldErrors;
import city.platform.web.Lang;
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
    static Parsed parse(String nameZh, String nameEn, FileUpload roadnet, FileUpload flow, Lang lang) {
        String zh = nameZh == null ? "" : nameZh;
        String en = nameEn == null ? "" : nameEn;
        ScenarioUpload.checkSize(roadnet, flow);
        Map<String, String> errors = new LinkedHashMap<>();
        List<Problem.FieldError> unreadable = new ArrayList<>();
        String roadnetText = ScenarioUpload.text(roadnet, "roadnet", unreadable);
        String flowText = ScenarioUpload.text(flow, "flow", unreadable);
        for (Problem.FieldError f : unreadable) {
            errors.put(f.field(), lang.pick("文件不是 UTF-8 编码的文本", "The file is not UTF-8 text"));
        }
        if (roadnetText == null && !errors.containsKey("roadnet")) {
            errors.put("roadnet", lang.pick("请选择一个 CityFlow roadnet.json 文件", "Choose a CityFlow roadnet.json file"));
        }
        if (flowText == null && !errors.containsKey("flow")) {
            errors.put("flow", lang.pick("请选择一个 CityFlow flow.json 文件", "Choose a CityFlow flow.json file"));
        }
        if (zh.isBlank() && en.isBlank()) {
            errors.put("nameZh", lang.pick("请至少填写一种语言的名称", "Type a name in one language at least"));
        }
        return new Parsed(new UploadForm(zh, en, FieldErrors.of(errors), List.of()), roadnetText, flowText);
    }

    /** The form as typed again, with the store's refusal: names by field, the files' problems one by one. */
    static UploadForm refusal(String nameZh, String nameEn, ProblemException e, Lang lang) {
        Map<String, String> errors = new LinkedHashMap<>();
        List<FileProblem> problems = new ArrayList<>();
        String general = null;
        if (e.status() == Response.Status.REQUEST_ENTITY_TOO_LARGE) {
            general = lang.pick("两个文件合计不能超过 20 MB。", "The two files may weigh 20 MB together at most.");
        }
        for (Problem.FieldError f : e.errors()) {
            if (f.field().equals("nameZh") || f.field().equals("nameEn")) {
                errors.put(f.field(), lang.pick("名称最多 200 个字", "A name has 200 characters at most"));
            } else {
                problems.add(new FileProblem(f.field(), f.message()));
            }
        }
        if (!problems.isEmpty()) {
            general = lang.pick(
                    "这个场景无法运行，没有保存任何内容。请按下列问题修改文件后重新上传。",
                    "This scenario cannot be run, and nothing was stored. Correct the problems below and upload"
                            + " the files again.");
        }
        return new UploadForm(
                nameZh == null ? "" : nameZh,
                nameEn == null ? "" : nameEn,
                new FieldErrors(Map.copyOf(errors), general),
                problems);
    }
}
