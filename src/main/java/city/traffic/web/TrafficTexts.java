package city.traffic.web;

import city.platform.web.Lang;
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
    static String stage(TrafficLiveState.SignalLive s, Lang lang) {
        return stageTemplate(s.stage(), s.phase() < 0, lang)
                .replace("%p%", Integer.toString(s.phase() + 1))
                .replace("%n%", Integer.toString(s.nextPhase() + 1));
    }

    private static String stageTemplate(String stage, boolean starting, Lang lang) {
        return switch (stage) {
            case "GREEN" -> lang.pick("相位 %p% 绿灯", "Phase %p% green");
            case "YELLOW" -> lang.pick("黄灯：相位 %p% → %n%", "Yellow: phase %p% → %n%");
            case "ALL_RED" ->
                starting
                        ? lang.pick("全红：启动 → 相位 %n%", "All red: starting → phase %n%")
                        : lang.pick("全红：相位 %p% → %n%", "All red: phase %p% → %n%");
            default -> lang.pick("未知", "Unknown");
        };
    }

    static String mode(SignalControl.Mode mode, Lang lang) {
        if (mode == null) {
            return "";
        }
        return switch (mode) {
            case PLAN -> lang.pick("路网配时方案（定时）", "Network plan (fixed time)");
            case WEBSTER -> lang.pick("Webster 定时（按实测流量）", "Webster fixed time (measured flows)");
            case ACTUATED -> lang.pick("感应控制", "Actuated");
            case MAX_PRESSURE -> lang.pick("最大压力", "Max pressure");
        };
    }

    static String control(String control, Lang lang) {
        return switch (control) {
            case "FORCED_PLAN" -> lang.pick("强制方案", "Forced plan");
            case "OPERATOR_HOLD" -> lang.pick("人工锁定相位", "Phase held by an operator");
            case "PREEMPTION" -> lang.pick("紧急车辆优先", "Emergency preemption");
            default -> lang.pick("控制器", "Controller");
        };
    }

    static String kind(String kind, Lang lang) {
        return switch (kind) {
            case "ACCIDENT" -> lang.pick("交通事故", "Accident");
            case "STALLED_VEHICLE" -> lang.pick("车辆抛锚", "Stalled vehicle");
            case "SPEED_DROP" -> lang.pick("车速骤降", "Sudden speed drop");
            default -> kind;
        };
    }

    static String incidentStatus(String status, Lang lang) {
        return switch (status) {
            case "DETECTED" -> lang.pick("待派警", "Waiting for police");
            case "DISPATCHED" -> lang.pick("警员在途", "Police on the way");
            case "ON_SCENE" -> lang.pick("警员已到场", "Police on the scene");
            case "CLEARED" -> lang.pick("已清除", "Cleared");
            default -> status;
        };
    }

    static String bound(String bound, Lang lang) {
        return switch (bound) {
            case "N" -> lang.pick("北行", "northbound");
            case "E" -> lang.pick("东行", "eastbound");
            case "S" -> lang.pick("南行", "southbound");
            default -> lang.pick("西行", "westbound");
        };
    }

    static String movementType(String type, Lang lang) {
        return switch (type) {
            case "LEFT" -> lang.pick("左转", "left turn");
            case "RIGHT" -> lang.pick("右转", "right turn");
            default -> lang.pick("直行", "straight on");
        };
    }

    static String level(String level, Lang lang) {
        return switch (level) {
            case "free" -> lang.pick("畅通", "free-flowing");
            case "busy" -> lang.pick("缓行", "busy");
            case "jam" -> lang.pick("拥堵", "jammed");
            default -> lang.pick("暂无数据", "no data");
        };
    }

    /** An ambulance trip's state, as the emergency service names it. */
    static String tripStatus(String status, Lang lang) {
        return switch (status) {
            case "ACTIVE" -> lang.pick("行驶中", "on the way");
            case "ARRIVED" -> lang.pick("已到达", "arrived");
            case "CANCELLED" -> lang.pick("已取消", "cancelled");
            default -> status;
        };
    }

    /** The words the page scripts need, as one JSON-ready map. */
    static Map<String, Object> forScripts(Lang lang) {
        Map<String, Object> t = new LinkedHashMap<>();
        Map<String, String> stages = new LinkedHashMap<>();
        for (String s : new String[] {"GREEN", "YELLOW", "ALL_RED", "UNKNOWN"}) {
            stages.put(s, stageTemplate(s, false, lang));
        }
        stages.put("STARTING", stageTemplate("ALL_RED", true, lang));
        t.put("stage", stages);
        Map<String, String> modes = new LinkedHashMap<>();
        for (SignalControl.Mode m : SignalControl.Mode.values()) {
            modes.put(m.name(), mode(m, lang));
        }
        t.put("mode", modes);
        Map<String, String> controls = new LinkedHashMap<>();
        for (String c : new String[] {"CONTROLLER", "FORCED_PLAN", "OPERATOR_HOLD", "PREEMPTION"}) {
            controls.put(c, control(c, lang));
        }
        t.put("control", controls);
        Map<String, String> kinds = new LinkedHashMap<>();
        for (String k : new String[] {"ACCIDENT", "STALLED_VEHICLE", "SPEED_DROP"}) {
            kinds.put(k, kind(k, lang));
        }
        t.put("kind", kinds);
        Map<String, String> statuses = new LinkedHashMap<>();
        for (String s : new String[] {"DETECTED", "DISPATCHED", "ON_SCENE", "CLEARED"}) {
            statuses.put(s, incidentStatus(s, lang));
        }
        t.put("status", statuses);
        Map<String, String> levels = new LinkedHashMap<>();
        for (String l : new String[] {"free", "busy", "jam", "unknown"}) {
            levels.put(l, level(l, lang));
        }
        t.put("level", levels);
        Map<String, String> trips = new LinkedHashMap<>();
        for (String s : new String[] {"ACTIVE", "ARRIVED", "CANCELLED"}) {
            trips.put(s, tripStatus(s, lang));
        }
        t.put("trip", trips);
        return t;
    }
}
