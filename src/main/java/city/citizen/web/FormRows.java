package city.citizen.web;

import city.citizen.internal.application.FormDefinition;
import city.citizen.internal.application.FormDocument;
import city.citizen.internal.application.FormField;
import city.platform.web.PageContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The inputs of an application form as a page draws them ({@code templates/form-inputs.html}): one service's form on
 * the apply page, a bundle's combined form on the bundle page. Inputs are named {@code f_<key>} and
 * {@code doc_<key>}, and so are their errors.
 */
final class FormRows {

    private FormRows() {}

    /** One input of the form as drawn: its answer, where it came from, and its error. */
    public record FieldRow(FormField field, String name, String label, String value, String source, String error) {

        public boolean choice() {
            return "choice".equals(field.type());
        }

        public String inputType() {
            return "date".equals(field.type()) ? "date" : "text";
        }

        public String inputMode() {
            return switch (field.type()) {
                case "number" -> "decimal";
                case "phone" -> "tel";
                case "id-number" -> "numeric";
                default -> "text";
            };
        }
    }

    /** One document of the form: what is allowed, what was uploaded, and its error. */
    public record DocumentRow(
            FormDocument document, String name, String label, String hint, String uploaded, String error) {}

    static List<FieldRow> fields(
            FormDefinition form,
            Map<String, String> values,
            Map<String, String> sources,
            Map<String, String> errors,
            CitizenMsg msg,
            PageContext page) {
        List<FieldRow> fields = new ArrayList<>();
        for (FormField f : form.fields()) {
            String from = CaseTexts.source(sources.get(f.key()), msg);
            fields.add(new FieldRow(
                    f,
                    "f_" + f.key(),
                    page.t(f.labelZh(), f.labelEn()),
                    values.getOrDefault(f.key(), ""),
                    from == null ? null : msg.src_label(from),
                    errors.get("f_" + f.key())));
        }
        return fields;
    }

    /** @param uploaded the file name uploaded for each document key */
    static List<DocumentRow> documents(
            FormDefinition form,
            Map<String, String> uploaded,
            Map<String, String> errors,
            CitizenMsg msg,
            PageContext page) {
        List<DocumentRow> docs = new ArrayList<>();
        for (FormDocument d : form.documents()) {
            String file = uploaded.get(d.key());
            docs.add(new DocumentRow(
                    d,
                    "doc_" + d.key(),
                    page.t(d.nameZh(), d.nameEn()),
                    msg.apply_doc_hint(String.join(", ", d.types()), d.sizeLimit()),
                    file == null ? null : msg.apply_doc_uploaded(file),
                    errors.get("doc_" + d.key())));
        }
        return docs;
    }
}
