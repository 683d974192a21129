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
        Map<String, String> errors = new LinkedHashMap<>();
        String digits = trim(number).replace(" ", "").replace("-", "");
        if (!digits.matches("[0-9]{12,19}")) {
            errors.put("number", numberError(lang));
        }
        int month = parseInt(expMonth);
        int year = parseInt(expYear);
        if (month < 1 || month > 12 || year < 0 || (year >= 100 && year < 2000) || year > 2100) {
            errors.put(
                    "expiry",
                    lang.pick(
                            "请输入卡面上的有效期：月份 1–12，年份如 2029",
                            "Enter the expiry printed on the card: month 1–12 and a year such as 2029"));
        }
        if (!trim(cvv).matches("[0-9]{3,4}")) {
            errors.put("cvv", cvvError(lang));
        }
        if (trim(holderName).length() > 100) {
            errors.put("holderName", lang.pick("持卡人姓名最多 100 个字", "Use at most 100 characters"));
        }
        CardDetails details =
                new CardDetails(digits, month, year < 100 ? 2000 + year : year, trim(cvv), blankToNull(holderName));
        return new Parsed(details, errors);
    }

    static String numberError(Lang lang) {
        return lang.pick(
                "卡号无效：请输入卡面上的 12–19 位数字（可含空格）",
                "This card number is not valid: enter the 12 to 19 digits on the card (spaces are fine)");
    }

    static String expiryError(Lang lang) {
        return lang.pick("这张卡已过期或有效期不正确", "This card has expired, or the expiry date is wrong");
    }

    static String cvvError(Lang lang) {
        return lang.pick(
                "安全码是卡背面的 3 位数字（美国运通卡正面 4 位）",
                "The security code is the 3 digits on the back (4 on the front of American Express)");
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
