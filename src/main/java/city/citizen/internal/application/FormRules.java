package city.citizen.internal.application;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * What makes a form definition valid, and what makes a citizen's answers to it valid: the one rule the staff page,
 * the citizen's page and the API share.
 */
public final class FormRules {

    public static final Set<String> TYPES = Set.of("text", "number", "date", "choice", "id-number", "phone");

    /** The profile facts a field may be filled from (see {@code city.citizen.api.ProfileView}). */
    public static final Set<String> PREFILLS =
            Set.of("fullName", "idNumber", "phone", "address", "email", "birthDate", "plate");

    /** What an upload may be; each must be recognisable from its content. */
    public static final Set<String> MEDIA_TYPES = Set.of("application/pdf", "image/jpeg", "image/png");

    /** 20 MB: the largest scan of a multi-page contract the departments ask for. */
    public static final long MAX_DOCUMENT_BYTES = 20L * 1024 * 1024;

    static final int MAX_FIELDS = 60;
    static final int MAX_DOCUMENTS = 20;
    static final int MAX_LABEL = 200;
    static final int MAX_PATTERN = 200;
    static final int MAX_CHOICES = 50;

    /** The longest answer to one field: a full postal address or a short explanation fits. */
    public static final int MAX_ANSWER = 1000;

    private static final Pattern KEY = Pattern.compile("[a-z][a-z0-9_]{0,39}");
    private static final Pattern PHONE = Pattern.compile("1[3-9][0-9]{9}");
    private static final Pattern ID_NUMBER = Pattern.compile("[0-9]{17}[0-9X]");
    private static final Pattern NUMBER = Pattern.compile("-?[0-9]{1,15}(\\.[0-9]{1,6})?");
    private static final int[] ID_WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final String ID_CHECK = "10X98765432";

    private FormRules() {}

    /** Every mistake in the definition, in order; empty when it is valid. */
    public static List<FormProblem> check(FormDefinition form) {
        List<FormProblem> problems = new ArrayList<>();
        if (form.fields().isEmpty()) {
            problems.add(new FormProblem("fields", "fields_missing"));
        }
        if (form.fields().size() > MAX_FIELDS) {
            problems.add(new FormProblem("fields", "too_many"));
        }
        if (form.documents().size() > MAX_DOCUMENTS) {
            problems.add(new FormProblem("documents", "too_many"));
        }
        Set<String> keys = new HashSet<>();
        for (int i = 0; i < form.fields().size(); i++) {
            FormField f = form.fields().get(i);
            String at = "fields[" + i + "]";
            if (f == null) {
                problems.add(new FormProblem(at, "missing"));
                continue;
            }
            checkKey(f.key(), at, keys, problems);
            if (f.type() == null || !TYPES.contains(f.type())) {
                problems.add(new FormProblem(at + ".type", "type_invalid"));
            }
            checkLabel(f.labelZh(), at + ".labelZh", problems);
            checkLabel(f.labelEn(), at + ".labelEn", problems);
            if (f.pattern() != null) {
                if (f.pattern().isEmpty() || f.pattern().length() > MAX_PATTERN || !compiles(f.pattern())) {
                    problems.add(new FormProblem(at + ".pattern", "pattern_invalid"));
                }
            }
            if ("choice".equals(f.type())) {
                checkChoices(f.choices(), at, problems);
            } else if (!f.choices().isEmpty()) {
                problems.add(new FormProblem(at + ".choices", "choices_not_allowed"));
            }
            if (f.prefill() != null && !PREFILLS.contains(f.prefill())) {
                problems.add(new FormProblem(at + ".prefill", "prefill_invalid"));
            }
        }
        Set<String> docKeys = new HashSet<>();
        for (int i = 0; i < form.documents().size(); i++) {
            FormDocument d = form.documents().get(i);
            String at = "documents[" + i + "]";
            if (d == null) {
                problems.add(new FormProblem(at, "missing"));
                continue;
            }
            checkKey(d.key(), at, docKeys, problems);
            checkLabel(d.nameZh(), at + ".nameZh", problems);
            checkLabel(d.nameEn(), at + ".nameEn", problems);
            if (d.types().isEmpty()
                    || !MEDIA_TYPES.containsAll(d.types())
                    || new HashSet<>(d.types()).size() != d.types().size()) {
                problems.add(new FormProblem(at + ".types", "types_invalid"));
            }
            if (d.maxBytes() < 1 || d.maxBytes() > MAX_DOCUMENT_BYTES) {
                problems.add(new FormProblem(at + ".maxBytes", "size_invalid"));
            }
        }
        return problems;
    }

    /**
     * What is wrong with a draft's answers whatever its state: a key the form does not ask, or an answer too long.
     * The path of each problem is the field's key.
     */
    public static List<FormProblem> checkDraft(FormDefinition form, Map<String, String> answers) {
        List<FormProblem> problems = new ArrayList<>();
        Set<String> keys = new HashSet<>();
        form.fields().forEach(f -> keys.add(f.key()));
        answers.forEach((key, value) -> {
            if (!keys.contains(key)) {
                problems.add(new FormProblem(key, "unknown_field"));
            } else if (value != null && value.length() > MAX_ANSWER) {
                problems.add(new FormProblem(key, "too_long"));
            }
        });
        return problems;
    }

    /**
     * Every mistake in the answers to a form, as they are submitted: a required field left empty ({@code required}),
     * a value of the wrong kind ({@code number}, {@code date}, {@code phone}, {@code id_number}, {@code choice}), one
     * that does not match the field's pattern ({@code pattern}), besides those of {@link #checkDraft}. Blank answers
     * count as empty.
     */
    public static List<FormProblem> checkAnswers(FormDefinition form, Map<String, String> answers) {
        List<FormProblem> problems = checkDraft(form, answers);
        Set<String> seen = new HashSet<>();
        problems.forEach(p -> seen.add(p.path()));
        for (FormField f : form.fields()) {
            if (seen.contains(f.key())) {
                continue;
            }
            String value = answers.get(f.key());
            if (value == null || value.isBlank()) {
                if (f.required()) {
                    problems.add(new FormProblem(f.key(), "required"));
                }
                continue;
            }
            String kind = kindProblem(f, value.strip());
            if (kind != null) {
                problems.add(new FormProblem(f.key(), kind));
            } else if (f.pattern() != null
                    && !Pattern.compile(f.pattern()).matcher(value.strip()).matches()) {
                problems.add(new FormProblem(f.key(), "pattern"));
            }
        }
        return problems;
    }

    private static String kindProblem(FormField f, String value) {
        return switch (f.type()) {
            case "number" -> NUMBER.matcher(value).matches() ? null : "number";
            case "date" -> isDate(value) ? null : "date";
            case "phone" -> PHONE.matcher(value).matches() ? null : "phone";
            case "id-number" -> validIdNumber(value) ? null : "id_number";
            case "choice" -> f.choices().stream().anyMatch(c -> c.value().equals(value)) ? null : "choice";
            default -> null;
        };
    }

    private static boolean isDate(String value) {
        try {
            LocalDate.parse(value);
            return true;
        } catch (DateTimeParseException e) {
            return false;
        }
    }

    /** A resident ID number: 17 digits and the check character of GB 11643. */
    public static boolean validIdNumber(String value) {
        if (!ID_NUMBER.matcher(value).matches()) {
            return false;
        }
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (value.charAt(i) - '0') * ID_WEIGHTS[i];
        }
        return ID_CHECK.charAt(sum % 11) == value.charAt(17);
    }

    private static void checkKey(String key, String at, Set<String> seen, List<FormProblem> problems) {
        if (key == null || !KEY.matcher(key).matches()) {
            problems.add(new FormProblem(at + ".key", "key_invalid"));
        } else if (!seen.add(key)) {
            problems.add(new FormProblem(at + ".key", "key_duplicate"));
        }
    }

    private static void checkLabel(String label, String at, List<FormProblem> problems) {
        if (label == null || label.isBlank() || label.length() > MAX_LABEL) {
            problems.add(new FormProblem(at, "label_invalid"));
        }
    }

    private static void checkChoices(List<FormChoice> choices, String at, List<FormProblem> problems) {
        if (choices.isEmpty() || choices.size() > MAX_CHOICES) {
            problems.add(new FormProblem(at + ".choices", "choices_invalid"));
            return;
        }
        Set<String> values = new HashSet<>();
        for (int j = 0; j < choices.size(); j++) {
            FormChoice c = choices.get(j);
            String cat = at + ".choices[" + j + "]";
            if (c == null) {
                problems.add(new FormProblem(cat, "missing"));
                continue;
            }
            checkKeyLike(c.value(), cat + ".value", values, problems);
            checkLabel(c.labelZh(), cat + ".labelZh", problems);
            checkLabel(c.labelEn(), cat + ".labelEn", problems);
        }
    }

    private static void checkKeyLike(String value, String at, Set<String> seen, List<FormProblem> problems) {
        if (value == null || value.isBlank() || value.length() > 40) {
            problems.add(new FormProblem(at, "key_invalid"));
        } else if (!seen.add(value)) {
            problems.add(new FormProblem(at, "key_duplicate"));
        }
    }

    private static boolean compiles(String pattern) {
        try {
            Pattern.compile(pattern);
            return true;
        } catch (PatternSyntaxException e) {
            return false;
        }
    }
}
