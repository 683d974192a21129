package city.citizen.web;

import city.citizen.internal.casework.CaseStatus;
import city.platform.rest.Problem;
import city.platform.rest.ProblemException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Casework's statuses, sources and problem codes in the page's language: translated by code, never by message. */
final class CaseTexts {

    private CaseTexts() {}

    static String status(CaseStatus s, CitizenMsg msg) {
        return switch (s) {
            case DRAFT -> msg.st_draft();
            case SUBMITTED -> msg.st_submitted();
            case IN_REVIEW -> msg.st_in_review();
            case NEEDS_INFO -> msg.st_needs_info();
            case APPROVED -> msg.st_approved();
            case CERTIFIED -> msg.st_certified();
            case REJECTED -> msg.st_rejected();
            case WITHDRAWN -> msg.st_withdrawn();
        };
    }

    /** Where a prefilled answer came from; null when it has no known source. */
    static String source(String from, CitizenMsg msg) {
        if (from == null) {
            return null;
        }
        return switch (from) {
            case "account" -> msg.src_account();
            case "registry" -> msg.src_registry();
            case "citizen" -> msg.src_citizen();
            case "parking" -> msg.src_parking();
            default -> null;
        };
    }

    static String answer(String code, CitizenMsg msg) {
        return switch (code == null ? "" : code) {
            case "required" -> msg.ans_required();
            case "unknown_field" -> msg.ans_unknown_field();
            case "too_long" -> msg.ans_too_long();
            case "number" -> msg.ans_number();
            case "date" -> msg.ans_date();
            case "phone" -> msg.ans_phone();
            case "id_number" -> msg.ans_id_number();
            case "choice" -> msg.ans_choice();
            default -> msg.ans_pattern();
        };
    }

    static String document(String code, CitizenMsg msg) {
        return switch (code == null ? "" : code) {
            case "required" -> msg.doc_required();
            case "empty" -> msg.doc_empty();
            case "too-large" -> msg.doc_too_large();
            case "wrong-type" -> msg.doc_wrong_type();
            default -> msg.doc_damaged();
        };
    }

    /**
     * The field errors of a refused save or submit, keyed as the page names its inputs: {@code f_<key>} for answers,
     * {@code doc_<key>} for documents.
     */
    static Map<String, String> fieldErrors(List<Problem.FieldError> errors, CitizenMsg msg) {
        Map<String, String> shown = new LinkedHashMap<>();
        for (Problem.FieldError e : errors) {
            if (e.field().startsWith("data.")) {
                shown.put("f_" + e.field().substring(5), answer(e.code(), msg));
            } else if (e.field().startsWith("documents.")) {
                shown.put("doc_" + e.field().substring(10), document(e.code(), msg));
            }
        }
        return shown;
    }

    static boolean isDocumentRefusal(ProblemException e) {
        return "https://city.example/problems/document-refused".equals(e.type());
    }
}
