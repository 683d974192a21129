package city.simulation.web;

import city.platform.web.FieldErrors;
import java.util.LinkedHashMap;
import java.util.Map;

/** Reading the twin's forms: what was typed, stripped, and the numbers in it. */
final class Forms {

    private Forms() {}

    static String strip(String s) {
        return s == null ? "" : s.strip();
    }

    /** The whole number typed, or null when there is none. */
    static Long parseLong(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return Long.parseLong(text.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** The number typed, or null when there is none. */
    static Double parseDouble(String s) {
        try {
            return s.isEmpty() ? null : Double.parseDouble(s);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** The errors by field, with the one under {@code general} as the form's general error. */
    static FieldErrors errors(Map<String, String> byField) {
        Map<String, String> fields = new LinkedHashMap<>(byField);
        String general = fields.remove("general");
        return new FieldErrors(Map.copyOf(fields), general);
    }
}
