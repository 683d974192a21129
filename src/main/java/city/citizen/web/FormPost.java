package city.citizen.web;

import city.citizen.internal.application.FormDefinition;
import city.citizen.internal.application.FormDocument;
import city.citizen.internal.application.FormField;
import city.platform.rest.ProblemException;
import jakarta.ws.rs.core.Response;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.jboss.resteasy.reactive.server.multipart.FormValue;

/**
 * What a page does with a posted application form (one service's, or a bundle's combined one): keeps the answers,
 * takes every file chosen, submits when asked, and collects what to tell the citizen, keyed as the page names its
 * inputs; a refused submit keeps what was typed and every file accepted.
 */
final class FormPost {

    private FormPost() {}

    /** Where the form goes: an application, or a bundle of them. */
    interface Target {
        void save(Map<String, String> answers);

        void upload(String key, String fileName, byte[] content);

        /** Submits; answers the reference. */
        String submit();
    }

    /**
     * @param reference set when submitted
     * @param general the message above the form, or null
     * @param status the page's status when it is shown again
     */
    record Outcome(
            Map<String, String> answers, Map<String, String> errors, String general, int status, String reference) {

        /** Saved without a problem and not submitted: the page shows the draft again. */
        boolean saved() {
            return reference == null && errors.isEmpty() && general == null;
        }
    }

    static Outcome handle(
            Map<String, Collection<FormValue>> values, FormDefinition form, Target target, CitizenMsg msg) {
        Map<String, String> answers = new LinkedHashMap<>();
        for (FormField f : form.fields()) {
            answers.put(
                    f.key(),
                    Optional.ofNullable(MultipartForms.text(values, "f_" + f.key()))
                            .orElse(""));
        }
        Map<String, String> errors = new LinkedHashMap<>();
        try {
            target.save(answers);
        } catch (ProblemException e) {
            if (e.status() != Response.Status.BAD_REQUEST) {
                return new Outcome(answers, Map.of(), msg.apply_conflict(), 409, null);
            }
            errors.putAll(CaseTexts.fieldErrors(e.errors(), msg));
        }
        for (FormDocument d : form.documents()) {
            FormValue file = MultipartForms.file(values, "doc_" + d.key());
            if (file == null) {
                continue;
            }
            try {
                target.upload(d.key(), file.getFileName(), MultipartForms.bytes(file));
            } catch (ProblemException e) {
                if (!CaseTexts.isDocumentRefusal(e)) {
                    return new Outcome(answers, errors, msg.apply_conflict(), 409, null);
                }
                errors.put("doc_" + d.key(), CaseTexts.document(e.code(), msg));
            }
        }
        String general = null;
        if (errors.isEmpty() && "submit".equals(MultipartForms.text(values, "action"))) {
            try {
                return new Outcome(answers, errors, null, 303, target.submit());
            } catch (ProblemException e) {
                switch (e.status()) {
                    case BAD_REQUEST -> errors.putAll(CaseTexts.fieldErrors(e.errors(), msg));
                    case PAYMENT_REQUIRED -> general = msg.apply_funds();
                    default -> general = msg.apply_conflict();
                }
            }
        }
        if (errors.isEmpty() && general == null) {
            return new Outcome(answers, errors, null, 303, null);
        }
        return new Outcome(answers, errors, general != null ? general : msg.apply_errors(), 400, null);
    }
}
