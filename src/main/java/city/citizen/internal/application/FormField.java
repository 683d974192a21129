package city.citizen.internal.application;

import java.util.List;

/**
 * One field of an application form: {@code type} is text, number, date, choice, id-number or phone; {@code pattern}
 * (a regular expression the whole value must match) and {@code prefill} (a profile fact) may be null.
 */
public record FormField(
        String key,
        String type,
        String labelZh,
        String labelEn,
        boolean required,
        String pattern,
        List<FormChoice> choices,
        String prefill) {

    public FormField {
        choices = choices == null ? List.of() : List.copyOf(choices);
    }
}
