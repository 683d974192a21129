package city.citizen.internal.application;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/** What makes a form definition valid: the one rule the staff page and any later API share. */
public final class FormRules {

    public static final Set<String> TYPES = Set.of("text", "number", "date", "choice", "id-number", "phone");

    /** The profile facts a field may be filled from (see {@code city.citizen.api.ProfileView}). */
    public static final Set<String> PREFILLS = Set.of("fullName", "idNumber", "phone", "address", "email", "birthDate");

    /** What an upload may be; each must be recognisable from its content. */
    public static final Set<String> MEDIA_TYPES = Set.of("application/pdf", "image/jpeg", "image/png");

    /** 20 MB: the largest scan of a multi-page contract the departments ask for. */
    public static final long MAX_DOCUMENT_BYTES = 20L * 1024 * 1024;

    static final int MAX_FIELDS = 60;
    static final int MAX_DOCUMENTS = 20;
    static final int MAX_LABEL = 200;
    static final int MAX_PATTERN = 200;
    static final int MAX_CHOICES = 50;

    private static final Pattern KEY = Pattern.compile("[a-z][a-z0-9_]{0,39}");

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
