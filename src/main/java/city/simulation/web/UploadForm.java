package city.simulation.web;

import city.platform.web.FieldErrors;
import city.simulation.web.IndexScreen.FileProblem;
import java.util.List;

/** The form that uploads a scenario, as typed (files are never sent back), with the problems found in its files. */
public record UploadForm(String nameZh, String nameEn, FieldErrors errors, List<FileProblem> problems) {

    static final UploadForm EMPTY = new UploadForm("", "", FieldErrors.NONE, List.of());
}
