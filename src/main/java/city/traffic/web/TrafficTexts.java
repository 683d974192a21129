package city.traffic.web;

import city.traffic.internal.SignalControl;
import city.traffic.internal.TrafficLiveState;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The words of the traffic screens for states the services name in codes (stages, controllers, incident kinds),
 * in the page's language. The page scripts get the same words ({@link #forScripts}) so that live updates read as
 * the first render did.
 */
final class TrafficTexts {

    private TrafficTexts() {}

    /** What a signal shows, such as "Phase 2 green" or "Yellow: phase 2 → 3". */
    static String stage(TrafficLiveState.SignalLive s, TrafficMsg msg) {
        return stageTemplate(s.stage(), s.phase() < 0, msg)
                .replace("%p%", Integer.toString(s.phase() + 1))
                .replace("%n%", Integer.toString(s.nextPhase() + 1));
    }

    private static String stageTemplate(String stage, boolean starting, TrafficMsg msg) {
        return switch (stage) {
            case "GREEN" -> msg.stage_green();
            case "YELLOW" -> msg.stage_yellow();
            case "ALL_RED" -> starting ? msg.stage_starting() : msg.stage_allred();
            default -> msg.stage_unknown();
        };
    }

    static String mode(SignalControl.Mode mode, TrafficMsg msg) {
        if (mode == null) {
            return "";
        }
        return switch (mode) {
            case PLAN -> msg.mode_plan();
            case WEBSTER -> msg.mode_webster();
            case ACTUATED -> msg.mode_actuated();
            case MAX_PRESSURE -> msg.mode_max_pressure();
        };
    }

    static String control(String control, TrafficMsg msg) {
        return switch (control) {
            case "FORCED_PLAN" -> msg.control_forced();
            case "OPERATOR_HOLD" -> msg.control_hold();
            case "PREEMPTION" -> msg.control_preemption();
            default -> msg.control_controller();
        };
    }

    static String kind(String kind, TrafficMsg msg) {
        return switch (kind) {
            case "ACCIDENT" -> msg.kind_accident();
            case "STALLED_VEHICLE" -> msg.kind_stalled();
            case "SPEED_DROP" -> msg.kind_speed_drop();
            default -> kind;
        };
    }

    static String incidentStatus(String status, TrafficMsg msg) {
        return switch (status) {
            case "DETECTED" -> msg.incident_detected();
            case "DISPATCHED" -> msg.incident_dispatched();
            case "ON_SCENE" -> msg.incident_on_scene();
            case "CLEARED" -> msg.incident_cleared();
            default -> status;
        };
    }

    static String bound(String bound, TrafficMsg msg) {
        return switch (bound) {
            case "N" -> msg.bound_n();
            case "E" -> msg.bound_e();
            case "S" -> msg.bound_s();
            default -> msg.bound_w();
        };
    }

    static String movementType(String type, TrafficMsg msg) {
        return switch (type) {
            case "LEFT" -> msg.turn_left();
            case "RIGHT" -> msg.turn_right();
            default -> msg.turn_straight();
        };
    }

    static String level(String level, TrafficMsg msg) {
        return switch (level) {
            case "free" -> msg.level_free();
            case "busy" -> msg.level_busy();
            case "jam" -> msg.level_jam();
            default -> msg.level_unknown();
        };
    }

    /** An ambulance trip's state, as the emergency service names it. */
    static String tripStatus(String status, TrafficMsg msg) {
        return switch (status) {
            case "ACTIVE" -> msg.trip_active();
            case "ARRIVED" -> msg.trip_arrived();
            case "CANCELLED" -> msg.trip_cancelled();
            default -> status;
        };
    }

    /** The words the page scripts need, as one JSON-ready map. */
    static Map<String, Object> forScripts(TrafficMsg msg) {
        Map<String, Object> t = new LinkedHashMap<>();
        Map<String, String> stages = new LinkedHashMap<>();
        for (String s : new String[] {"GREEN", "YELLOW", "ALL_RED", "UNKNOWN"}) {
            stages.put(s, stageTemplate(s, false, msg));
        }
        stages.put("STARTING", stageTemplate("ALL_RED", true, msg));
        t.put("stage", stages);
        Map<String, String> modes = new LinkedHashMap<>();
        for (SignalControl.Mode m : SignalControl.Mode.values()) {
            modes.put(m.name(), mode(m, msg));
        }
        t.put("mode", modes);
        Map<String, String> controls = new LinkedHashMap<>();
        for (String c : new String[] {"CONTROLLER", "FORCED_PLAN", "OPERATOR_HOLD", "PREEMPTION"}) {
            controls.put(c, control(c, msg));
        }
        t.put("control", controls);
        Map<String, String> kinds = new LinkedHashMap<>();
        for (String k : new String[] {"ACCIDENT", "STALLED_VEHICLE", "SPEED_DROP"}) {
            kinds.put(k, kind(k, msg));
        }
        t.put("kind", kinds);
        Map<String, String> statuses = new LinkedHashMap<>();
        for (String s : new String[] {"DETECTED", "DISPATCHED", "ON_SCENE", "CLEARED"}) {
            statuses.put(s, incidentStatus(s, msg));
        }
        t.put("status", statuses);
        Map<String, String> levels = new LinkedHashMap<>();
        for (String l : new String[] {"free", "busy", "jam", "unknown"}) {
            levels.put(l, level(l, msg));
        }
        t.put("level", levels);
        Map<String, String> trips = new LinkedHashMap<>();
        for (String s : new String[] {"ACTIVE", "ARRIVED", "CANCELLED"}) {
            trips.put(s, tripStatus(s, msg));
        }
        t.put("trip", trips);
        return t;
    }
}
