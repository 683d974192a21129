package city.payments.web;

import city.payments.internal.ledger.StatementFilter;
import city.payments.internal.ledger.Statements;
import city.platform.rest.ProblemException;
import city.platform.web.Lang;
import city.platform.web.PageContext;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The statement filters as typed in the query string: dates (city time, both included) and direction ({@code in},
 * {@code out} or empty), and the keyset cursor of the page.
 */
public record StatementQuery(String from, String to, String direction, String after) {

    static StatementQuery of(String from, String to, String direction, String after) {
        return new StatementQuery(trim(from), trim(to), trim(direction), trim(after));
    }

    static StatementQuery none() {
        return new StatementQuery("", "", "", "");
    }

    /** The filter, or null after putting what is wrong into {@code errors}. */
    StatementFilter filter(Lang lang, Map<String, String> errors) {
        LocalDate fromDate = date(from, "from", lang, errors);
        LocalDate toDate = date(to, "to", lang, errors);
        if (!direction.isEmpty() && !direction.equals("in") && !direction.equals("out")) {
            errors.put("direction", lang.messages(PayMsg.class).error_direction());
        }
        if (!errors.isEmpty()) {
            return null;
        }
        try {
            return Statements.filter(fromDate, toDate, null, direction);
        } catch (ProblemException e) {
            errors.put("to", lang.messages(PayMsg.class).error_date_order());
            return null;
        }
    }

    /** The query string of these filters without the cursor, such as {@code from=2026-01-01&direction=in}. */
    public String params() {
        Map<String, String> all = filters();
        StringBuilder out = new StringBuilder();
        all.forEach((k, v) -> {
            if (!v.isEmpty()) {
                out.append(out.isEmpty() ? "" : "&").append(k).append('=').append(PageContext.encode(v));
            }
        });
        return out.toString();
    }

    Map<String, String> filters() {
        Map<String, String> all = new LinkedHashMap<>();
        all.put("from", from);
        all.put("to", to);
        all.put("direction", direction);
        return all;
    }

    public boolean filtered() {
        return !from.isEmpty() || !to.isEmpty() || !direction.isEmpty();
    }

    private static LocalDate date(String value, String field, Lang lang, Map<String, String> errors) {
        if (value.isEmpty()) {
            return null;
        }
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            errors.put(field, lang.messages(PayMsg.class).error_date_format());
            return null;
        }
    }

    private static String trim(String s) {
        return s == null ? "" : s.strip();
    }
}
