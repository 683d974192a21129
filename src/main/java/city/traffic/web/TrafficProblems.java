package city.traffic.web;

import city.platform.rest.ProblemException;
import city.platform.web.Lang;
import jakarta.ws.rs.core.Response;

/**
 * The refusals of the traffic services as words an operator can act on, in the page's language. The services speak
 * English to API clients; the pages recognise the kind of problem and say what it means.
 */
final class TrafficProblems {

    private TrafficProblems() {}

    static String describe(ProblemException e, Lang lang) {
        String detail = e.getMessage() == null ? "" : e.getMessage();
        if (e.status() == Response.Status.CONFLICT && detail.contains("No police unit is available")) {
            return lang.pick(
                    "现在没有空闲的警员可派。请等其他事件处理完后再派警。",
                    "No police unit is free now. Dispatch again when another incident is cleared.");
        }
        if (e.status() == Response.Status.CONFLICT && detail.contains("dispatched meanwhile")) {
            return lang.pick("这个事件刚刚已被其他人派警。", "Someone else dispatched this incident a moment ago.");
        }
        if (e.status() == Response.Status.CONFLICT) {
            return lang.pick(
                    "这个事件的状态已经变化（" + detail + "），列表已按最新状态显示。",
                    "This incident has moved on (" + detail + "); the list shows it as it is now.");
        }
        if (e.status() == Response.Status.NOT_FOUND) {
            return lang.pick("找不到相关记录，可能已被清除或路网已更换。", "It was not found; it may be cleared, or the network replaced.");
        }
        return lang.pick("操作未能完成（" + detail + "）", detail);
    }
}
