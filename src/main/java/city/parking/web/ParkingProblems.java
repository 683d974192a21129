package city.parking.web;

import city.parking.internal.LotInfo;
import city.parking.internal.ParkingProblemTypes;
import city.platform.rest.Problem;
import city.platform.rest.ProblemException;
import city.platform.web.Lang;
import jakarta.ws.rs.core.Response;
import java.util.Map;

/**
 * The refusals of the parking services as words a driver can act on, in the page's language. The services speak
 * English to API clients; the pages recognise the kind of problem (its status, type, field and code, see {@link
 * ParkingProblemTypes}) and say what it means, never reading the English text.
 */
final class ParkingProblems {

    private ParkingProblems() {}

    /** 402: the wallet cannot hold or pay the amount. */
    static boolean walletShort(ProblemException e) {
        return e.status().getStatusCode() == 402;
    }

    static boolean keyReused(ProblemException e) {
        return ParkingProblemTypes.KEY_REUSED.equals(e.type())
                || e.errors().stream().anyMatch(f -> f.field().equalsIgnoreCase("Idempotency-Key"));
    }

    /**
     * Puts each field error of a booking or a stay at {@code lot} under the form field it concerns ({@code fields}
     * maps the service's field names to the form's), and answers what belongs to no field, or null.
     */
    static String fieldErrors(
            ProblemException e, LotInfo lot, Lang lang, Map<String, String> fields, Map<String, String> out) {
        ParkingMsg msg = lang.messages(ParkingMsg.class);
        String general = null;
        for (Problem.FieldError fe : e.errors()) {
            String field = fields.get(fe.field());
            String message = fieldMessage(fe, lot, msg);
            if (field == null) {
                general = general == null ? message : general + " " + message;
            } else {
                out.putIfAbsent(field, message);
            }
        }
        return general;
    }

    private static String fieldMessage(Problem.FieldError fe, LotInfo lot, ParkingMsg msg) {
        String code = fe.code() == null ? "" : fe.code();
        return switch (fe.field()) {
            case "plate" -> msg.error_plate();
            case "arriveFrom" ->
                switch (code) {
                    case ParkingProblemTypes.PAST -> msg.problem_arrive_past();
                    case ParkingProblemTypes.LOT_CLOSED -> msg.problem_arrive_closed();
                    default -> msg.problem_arrive_range();
                };
            case "windowMinutes" -> msg.error_window();
            case "stayMinutes" ->
                switch (code) {
                    case ParkingProblemTypes.BELOW_WINDOW -> msg.problem_stay_below_window();
                    case ParkingProblemTypes.ABOVE_LOT_MAXIMUM ->
                        lot.maxStayMinutes() == null
                                ? msg.error_stay()
                                : msg.problem_stay_lot_max(lot.maxStayMinutes());
                    default -> msg.error_stay();
                };
            case "lotId" ->
                ParkingProblemTypes.LOT_CLOSED.equals(code) ? msg.problem_lot_closed_now() : msg.problem_lot_unknown();
            case "Idempotency-Key" -> msg.problem_page_stale();
            default -> msg.problem_check_input();
        };
    }

    /** One line for a refusal that is about no field. */
    static String describe(ProblemException e, Lang lang) {
        ParkingMsg msg = lang.messages(ParkingMsg.class);
        if (walletShort(e)) {
            return msg.problem_wallet_short();
        }
        if (keyReused(e)) {
            return msg.problem_key_reused();
        }
        String type = e.type() == null ? "" : e.type();
        return switch (type) {
            case ParkingProblemTypes.SPACE_TAKEN -> msg.problem_space_taken();
            case ParkingProblemTypes.STAY_OPEN -> msg.problem_stay_open();
            case ParkingProblemTypes.NOT_CANCELLABLE -> msg.problem_not_cancellable();
            case ParkingProblemTypes.PLATE_TAKEN -> msg.problem_plate_taken();
            case ParkingProblemTypes.LOT_CHANGED -> msg.problem_lot_changed();
            default ->
                e.status() == Response.Status.NOT_FOUND
                        ? msg.problem_not_found()
                        : msg.problem_failed(e.getMessage() == null ? "" : e.getMessage());
        };
    }
}
