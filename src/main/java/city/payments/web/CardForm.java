package city.payments.web;

import city.payments.internal.card.CardDetails;
import city.platform.web.Lang;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jboss.resteasy.reactive.RestForm;

/**
 * The form that links a bank card, as typed. The page shows it again after an error, but never the CVV, and it is
 * never logged ({@link #toString}).
 */
public class CardForm {

    @RestForm
    public String number = "";

    @RestForm
    public String expMonth = "";

    @RestForm
    public String expYear = "";

    @RestForm
    public String cvv = "";

    @RestForm
    public String holderName = "";

    /** The card to send to the gateway, or the errors of what could not even be read. */
    record Parsed(CardDetails details, Map<String, String> errors) {}

    Parsed parse(Lang lang) {
        PayMsg msg = lang.messages(PayMsg.class);
        Map<String, String> errors = new LinkedHashMap<>();
        String digits = trim(number).replace(" ", "").replace("-", "");
        if (!digits.matches("[0-9]{12,19}")) {
            errors.put("number", msg.error_card_number());
        }
        int month = parseInt(expMonth);
        int year = parseInt(expYear);
        if (month < 1 || month > 12 || year < 0 || (year >= 100 && year < 2000) || year > 2100) {
            errors.put("expiry", msg.error_card_expiry());
        }
        if (!trim(cvv).matches("[0-9]{3,4}")) {
            errors.put("cvv", msg.error_card_cvv());
        }
        if (trim(holderName).length() > 100) {
            errors.put("holderName", msg.error_holder_name());
        }
        CardDetails details =
                new CardDetails(digits, month, year < 100 ? 2000 + year : year, trim(cvv), blankToNull(holderName));
        return new Parsed(details, errors);
    }

    /** Forgets the security code, so that a page sent back never contains it. */
    CardForm withoutCvv() {
        cvv = "";
        return this;
    }

    private static int parseInt(String s) {
        try {
            return Integer.parseInt(trim(s));
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    private static String blankToNull(String s) {
        return trim(s).isEmpty() ? null : trim(s);
    }

    private static String trim(String s) {
        return s == null ? "" : s.strip();
    }

    @Override
    public String toString() {
        return "CardForm[hidden]";
    }
}
