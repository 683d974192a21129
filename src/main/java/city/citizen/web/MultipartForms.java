package city.citizen.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Collection;
import java.util.Map;
import org.jboss.resteasy.reactive.server.multipart.FormValue;

/** Reading the parts of a page's multipart form. */
final class MultipartForms {

    private MultipartForms() {}

    /** A text part, or null. */
    static String text(Map<String, Collection<FormValue>> values, String name) {
        Collection<FormValue> found = values.get(name);
        if (found == null) {
            return null;
        }
        return found.stream()
                .filter(v -> !v.isFileItem())
                .map(FormValue::getValue)
                .findFirst()
                .orElse(null);
    }

    /** A file part that holds a chosen file, or null when none was chosen. */
    static FormValue file(Map<String, Collection<FormValue>> values, String name) {
        Collection<FormValue> found = values.get(name);
        if (found == null) {
            return null;
        }
        return found.stream()
                .filter(v -> v.isFileItem()
                        && v.getFileName() != null
                        && !v.getFileName().isBlank())
                .findFirst()
                .orElse(null);
    }

    static byte[] bytes(FormValue file) {
        try (var in = file.getFileItem().getInputStream()) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
