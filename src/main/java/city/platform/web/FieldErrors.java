package city.platform.web;

import java.util.Map;

/** The error message of each field of a form that was sent back, for the template. */
public record FieldErrors(Map<String, String> byField, String general) {

    public static final FieldErrors NONE = new FieldErrors(Map.of(), null);

    public static FieldErrors of(Map<String, String> byField) {
        return new FieldErrors(Map.copyOf(byField), null);
    }

    public static FieldErrors general(String message) {
        return new FieldErrors(Map.of(), message);
    }

    public boolean any() {
        return !byField.isEmpty() || general != null;
    }

    public boolean has(String field) {
        return byField.containsKey(field);
    }

    public String get(String field) {
        return byField.getOrDefault(field, "");
    }
}
