package city.parking.web;

import city.parking.internal.PriceInput;
import city.parking.internal.Tariff;
import city.platform.web.Lang;
import city.platform.web.Yuan;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jboss.resteasy.reactive.RestForm;

/**
 * A lot's new prices as an operator types them, in yuan, with the lot version the form was made from: a change
 * made meanwhile by someone else is caught instead of overwritten.
 */
public class PriceForm {

    static final long MAX_HOUR_FEN = 100_000;
    static final long MAX_DAY_FEN = 1_000_000;

    @RestForm
    public String firstHour = "";

    @RestForm
    public String perHour = "";

    @RestForm
    public String dailyMax = "";

    @RestForm
    public String freeMinutes = "";

    @RestForm
    public String version = "";

    /** The prices for the service, or the errors of what could not be read. */
    record Parsed(PriceInput input, Map<String, String> errors) {}

    static PriceForm of(Tariff t, int version) {
        PriceForm f = new PriceForm();
        f.firstHour = Yuan.plain(t.firstHourFen());
        f.perHour = Yuan.plain(t.perHourFen());
        f.dailyMax = t.dailyMaxFen() == null ? "" : Yuan.plain(t.dailyMaxFen());
        f.freeMinutes = Integer.toString(t.freeMinutes());
        f.version = Integer.toString(version);
        return f;
    }

    Parsed parse(Lang lang) {
        ParkingMsg msg = lang.messages(ParkingMsg.class);
        Map<String, String> errors = new LinkedHashMap<>();
        Long first = Yuan.parse(firstHour, 0, MAX_HOUR_FEN, lang, errors, "firstHour");
        Long per = Yuan.parse(perHour, 0, MAX_HOUR_FEN, lang, errors, "perHour");
        Long max = null;
        if (dailyMax != null && !dailyMax.isBlank()) {
            max = Yuan.parse(dailyMax, 0, MAX_DAY_FEN, lang, errors, "dailyMax");
            if (max != null && first != null && max < first) {
                errors.put("dailyMax", msg.error_daily_cap());
            }
        }
        Integer free = null;
        try {
            free = Integer.valueOf(freeMinutes == null ? "" : freeMinutes.strip());
            if (free < 0 || free > 120) {
                throw new NumberFormatException();
            }
        } catch (NumberFormatException e) {
            errors.put("freeMinutes", msg.error_free_minutes());
        }
        Integer v = null;
        try {
            v = Integer.valueOf(version == null ? "" : version.strip());
        } catch (NumberFormatException e) {
            errors.put("version", msg.error_form_version());
        }
        if (!errors.isEmpty()) {
            return new Parsed(null, errors);
        }
        return new Parsed(new PriceInput(first, per, max, free, v), errors);
    }
}
