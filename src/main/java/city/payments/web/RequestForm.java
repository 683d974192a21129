package city.payments.web;

import city.platform.web.Lang;
import city.platform.web.Yuan;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jboss.resteasy.reactive.RestForm;

/** A merchant's form asking for a payment: amount in yuan, the shop's order reference, what it is for. */
public class RequestForm {

    /** The most a payment request may ask for, as the API allows: 50,000 yuan. */
    static final long MAX_FEN = 5_000_000;

    @RestForm
    public String amount = "";

    @RestForm
    public String orderRef = "";

    @RestForm
    public String description = "";

    /** What was typed, read: fen, trimmed texts, and errors by field. */
    record Parsed(Long amountFen, String orderRef, String description, Map<String, String> errors) {}

    Parsed parse(Lang lang) {
        Map<String, String> errors = new LinkedHashMap<>();
        Long fen = Yuan.parse(amount, 1, MAX_FEN, lang, errors, "amount");
        String ref = trim(orderRef);
        if (ref.isEmpty() || ref.length() > 64 || !ref.matches("[A-Za-z0-9._:-]+")) {
            errors.put("orderRef", lang.messages(PayMsg.class).error_order_ref());
        }
        String text = trim(description);
        if (text.length() > 200) {
            errors.put("description", lang.messages(PayMsg.class).error_description());
        }
        return new Parsed(fen, ref, text.isEmpty() ? null : text, errors);
    }

    private static String trim(String s) {
        return s == null ? "" : s.strip();
    }
}
