package city.simulation.evaluation;

import city.platform.rest.Problem;
import city.platform.rest.ProblemException;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import org.jboss.resteasy.reactive.multipart.FileUpload;

/** The uploaded files of a scenario as text, for the API and the page alike. */
public final class ScenarioUpload {

    private ScenarioUpload() {}

    /**
     * Refuses files heavier than {@link Scenarios#MAX_UPLOAD_BYTES} together.
     *
     * @throws ProblemException 413
     */
    public static void checkSize(FileUpload roadnet, FileUpload flow) {
        long bytes = size(roadnet) + size(flow);
        if (bytes > Scenarios.MAX_UPLOAD_BYTES) {
            throw new ProblemException(
                    Response.Status.REQUEST_ENTITY_TOO_LARGE,
                    "The files weigh " + bytes / (1024 * 1024) + " MB together; at most "
                            + Scenarios.MAX_UPLOAD_BYTES / (1024 * 1024) + " MB are taken.");
        }
    }

    private static long size(FileUpload f) {
        return f == null || f.uploadedFile() == null ? 0 : f.size();
    }

    /** The file's text, or null (with an error for {@code field}) when it is missing or not UTF-8. */
    public static String text(FileUpload f, String field, List<Problem.FieldError> errors) {
        if (f == null || f.uploadedFile() == null || f.size() == 0) {
            return null;
        }
        try {
            return Files.readString(f.uploadedFile(), StandardCharsets.UTF_8);
        } catch (CharacterCodingException e) {
            errors.add(new Problem.FieldError(field, "the file is not UTF-8 text"));
            return null;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
