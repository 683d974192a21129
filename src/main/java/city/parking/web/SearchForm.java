package city.parking.web;

import city.parking.internal.Finder;
import city.platform.rest.Problem;
import city.platform.rest.ProblemException;
import city.platform.web.Lang;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jboss.resteasy.reactive.RestQuery;

/**
 * The search of the parking page as typed: a preset place or coordinates, the walking radius, the order, EV and
 * accessible spaces, and the planned stay. The values stay strings, so that what was typed comes back as it was when
 * it cannot be used.
 */
public class SearchForm {

    static final int LIMIT = 30;
    static final List<Integer> RADII = List.of(250, 500, 1000, 1500, 2000, 3000, 5000);
    static final List<Integer> STAYS = List.of(30, 60, 120, 180, 240, 480, 720, 1440);

    @RestQuery
    public String place;

    @RestQuery
    public String lat;

    @RestQuery
    public String lon;

    @RestQuery
    public String radius;

    @RestQuery
    public String sort;

    @RestQuery
    public String ev;

    @RestQuery
    public String accessible;

    @RestQuery
    public String stay;

    /** The query the form asks, with where it searches from; or the errors of each field. */
    record Parsed(Finder.Query query, Place from, Map<String, String> errors) {}

    /** The fields in the order of the form, so that the summary of errors reads like the form. */
    private static final List<String> ORDER = List.of("place", "lat", "lon", "radius", "stay", "sort");

    /** The search of a first visit: around People's Square, within a kilometre, nearest first, for an hour. */
    void fillDefaults() {
        boolean empty = blank(place) && blank(lat) && blank(lon);
        if (empty) {
            place = Place.DEFAULT.id();
        }
        if (blank(radius)) {
            radius = "1000";
        }
        if (blank(sort)) {
            sort = Finder.Sort.distance.name();
        }
        if (blank(stay)) {
            stay = "60";
        }
    }

    boolean custom() {
        return Place.CUSTOM.equals(place) || (blank(place) && !(blank(lat) && blank(lon)));
    }

    boolean evChecked() {
        return checked(ev);
    }

    boolean accessibleChecked() {
        return checked(accessible);
    }

    Parsed parse(Lang lang) {
        ParkingMsg msg = lang.messages(ParkingMsg.class);
        Map<String, String> errors = new LinkedHashMap<>();
        Place from;
        Double latitude;
        Double longitude;
        if (custom()) {
            latitude = number(lat, "lat", msg, errors);
            longitude = number(lon, "lon", msg, errors);
            from = new Place(
                    Place.CUSTOM,
                    Lang.ZH.messages(ParkingMsg.class).chosen_point(),
                    Lang.EN.messages(ParkingMsg.class).chosen_point(),
                    latitude == null ? 0 : latitude,
                    longitude == null ? 0 : longitude);
        } else {
            from = Place.preset(place).orElse(null);
            if (from == null) {
                errors.put("place", msg.error_place());
                from = Place.DEFAULT;
            }
            latitude = from.lat();
            longitude = from.lon();
        }
        Integer metres = integer(radius, "radius", msg, errors);
        Integer minutes = integer(stay, "stay", msg, errors);
        try {
            Finder.Query query = Finder.Query.checked(
                    latitude == null ? Place.DEFAULT.lat() : latitude,
                    longitude == null ? Place.DEFAULT.lon() : longitude,
                    metres == null ? 1000 : metres,
                    sort,
                    evChecked(),
                    accessibleChecked(),
                    minutes == null ? 60 : minutes,
                    false,
                    LIMIT);
            return new Parsed(errors.isEmpty() ? query : null, from, ordered(errors));
        } catch (ProblemException e) {
            for (Problem.FieldError fe : e.errors()) {
                errors.putIfAbsent(fe.field(), message(fe.field(), msg));
            }
            return new Parsed(null, from, ordered(errors));
        }
    }

    private static Map<String, String> ordered(Map<String, String> errors) {
        Map<String, String> out = new LinkedHashMap<>();
        ORDER.forEach(f -> {
            if (errors.containsKey(f)) {
                out.put(f, errors.get(f));
            }
        });
        errors.forEach(out::putIfAbsent);
        return out;
    }

    private static String message(String field, ParkingMsg msg) {
        return switch (field) {
            case "lat" -> msg.error_lat();
            case "lon" -> msg.error_lon();
            case "radius" -> msg.error_radius();
            case "stay" -> msg.error_stay();
            case "sort" -> msg.error_sort();
            default -> msg.error_field();
        };
    }

    private static Double number(String typed, String field, ParkingMsg msg, Map<String, String> errors) {
        if (blank(typed)) {
            errors.put(field, field.equals("lat") ? msg.error_lat_missing() : msg.error_lon_missing());
            return null;
        }
        try {
            double value = Double.parseDouble(typed.strip());
            if (Double.isNaN(value) || Double.isInfinite(value)) {
                throw new NumberFormatException();
            }
            return value;
        } catch (NumberFormatException e) {
            errors.put(field, message(field, msg));
            return null;
        }
    }

    private static Integer integer(String typed, String field, ParkingMsg msg, Map<String, String> errors) {
        try {
            return Integer.valueOf(typed == null ? "" : typed.strip());
        } catch (NumberFormatException e) {
            errors.put(field, message(field, msg));
            return null;
        }
    }

    /** The query string of this search, to link back to it. */
    String params() {
        Map<String, String> p = new LinkedHashMap<>();
        p.put("place", place);
        if (custom()) {
            p.put("lat", lat);
            p.put("lon", lon);
        }
        p.put("radius", radius);
        p.put("sort", sort);
        p.put("stay", stay);
        if (evChecked()) {
            p.put("ev", "on");
        }
        if (accessibleChecked()) {
            p.put("accessible", "on");
        }
        StringBuilder out = new StringBuilder();
        p.forEach((k, v) -> {
            if (v != null && !v.isBlank()) {
                out.append(out.isEmpty() ? "" : "&")
                        .append(k)
                        .append('=')
                        .append(city.platform.web.PageContext.encode(v));
            }
        });
        return out.toString();
    }

    static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private static boolean checked(String s) {
        return s != null && (s.equals("on") || s.equals("true") || s.equals("1"));
    }
}
