package city.citizen.web;

import java.util.Map;

/** The error message of each field of a form that was sent back, for the template. */
public record FieldErrors(Map<String, String> byField, String general) {

    static final FieldErrors NONE = new FieldErrors(Map.of(), null);

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
