package city.parking.web;

import city.parking.internal.BookingRequest;
import city.platform.time.ClockProducer;
import city.platform.web.Lang;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.jboss.resteasy.reactive.RestForm;

/**
 * The booking form of a lot as typed: plate, arrival (city time, empty for now), how long the space waits, the planned
 * stay, EV and accessible, and the idempotency key made when the form was shown, so that sending the same form twice
 * books once.
 */
public class BookingForm {

    @RestForm
    public String plate = "";

    @RestForm
    public String arrive = "";

    @RestForm
    public String window = "30";

    @RestForm
    public String stay = "60";

    @RestForm
    public String ev;

    @RestForm
    public String accessible;

    @RestForm
    public String key = newKey();

    /** The request for the booking service, or the errors of what could not be read. */
    record Parsed(BookingRequest request, Map<String, String> errors) {}

    Parsed parse(String lotId, Lang lang) {
        ParkingMsg msg = lang.messages(ParkingMsg.class);
        Map<String, String> errors = new LinkedHashMap<>();
        Instant from = null;
        if (arrive != null && !arrive.isBlank()) {
            try {
                from = LocalDateTime.parse(arrive.strip().replace(' ', 'T'))
                        .atZone(ClockProducer.CITY_ZONE)
                        .toInstant();
            } catch (DateTimeParseException e) {
                errors.put("arrive", msg.error_arrive_format());
            }
        }
        Integer windowMinutes = minutes(window);
        if (windowMinutes == null) {
            errors.put("window", msg.error_window());
        }
        Integer stayMinutes = minutes(stay);
        if (stayMinutes == null) {
            errors.put("stay", msg.error_stay());
        }
        if (!errors.isEmpty()) {
            return new Parsed(null, errors);
        }
        return new Parsed(
                new BookingRequest(
                        lotId,
                        null,
                        plate == null ? "" : plate.strip(),
                        from,
                        windowMinutes,
                        stayMinutes,
                        evChecked(),
                        accessibleChecked()),
                errors);
    }

    public boolean evChecked() {
        return ev != null && !ev.isBlank();
    }

    public boolean accessibleChecked() {
        return accessible != null && !accessible.isBlank();
    }

    /** The same form with a fresh key: the last one was spent on another booking. */
    BookingForm withNewKey() {
        key = newKey();
        return this;
    }

    BookingForm withKeyIfMissing() {
        if (key == null || key.isBlank()) {
            key = newKey();
        }
        return this;
    }

    private static Integer minutes(String typed) {
        try {
            return Integer.valueOf(typed == null ? "" : typed.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    static String newKey() {
        return UUID.randomUUID().toString();
    }
}
