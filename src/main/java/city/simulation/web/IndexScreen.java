package city.simulation.web;

import city.platform.web.FieldErrors;
import java.time.Instant;
import java.util.List;

/** The evaluation page: the forms as typed, with their errors, and the lists. */
public record IndexScreen(
        List<ScenarioRow> scenarios,
        List<ControllerRow> controllers,
        List<RunRow> runs,
        String minutes,
        String seed,
        FieldErrors runErrors,
        String nameZh,
        String nameEn,
        FieldErrors uploadErrors,
        List<FileProblem> problems,
        String notice,
        GenerateForm generate,
        AmbulanceForm ambulance) {

    /** A scenario in the picker and the list. */
    public record ScenarioRow(
            long id,
            String name,
            boolean builtIn,
            int signalised,
            int roads,
            int flows,
            Instant createdAt,
            String createdBy,
            boolean selected) {}

    /** A controller's checkbox. */
    public record ControllerRow(String id, String name, String htmlId, boolean checked) {}

    /** A past run in the list. */
    public record RunRow(
            long id,
            String scenario,
            String controllers,
            String simulated,
            String status,
            String statusKey,
            Instant createdAt,
            String createdBy) {}

    /** One problem of an uploaded file: where it is in the file, and what is wrong (in English, as the engine says). */
    public record FileProblem(String path, String message) {}
}
