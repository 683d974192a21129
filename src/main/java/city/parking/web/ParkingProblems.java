package city.parking.web;

import city.platform.rest.Problem;
import city.platform.rest.ProblemException;
import city.platform.web.Lang;
import jakarta.ws.rs.core.Response;
import java.util.Map;

/**
 * The refusals of the parking services as words a driver can act on, in the page's language. The services speak
 * English to API clients; the pages recognise the kind of problem (its status, type and field) and say what it means.
 */
final class ParkingProblems {

    static final String SPACE_TAKEN = "https://city.example/problems/parking-space-taken";
    static final String KEY_REUSED = "https://city.example/problems/idempotency-key-reused";

    private ParkingProblems() {}

    /** 402: the wallet cannot hold or pay the amount. */
    static boolean walletShort(ProblemException e) {
        return e.status().getStatusCode() == 402;
    }

    static boolean keyReused(ProblemException e) {
        return KEY_REUSED.equals(e.type())
                || e.errors().stream().anyMatch(f -> f.field().equalsIgnoreCase("Idempotency-Key"));
    }

    /**
     * Puts each field error of a booking or a stay under the form field it concerns ({@code fields} maps the
     * service's field names to the form's), and answers what belongs to no field, or null.
     */
    static String fieldErrors(ProblemException e, Lang lang, Map<String, String> fields, Map<String, String> out) {
        String general = null;
        for (Problem.FieldError fe : e.errors()) {
            String field = fields.get(fe.field());
            String message = fieldMessage(fe, lang);
            if (field == null) {
                general = general == null ? message : general + " " + message;
            } else {
                out.putIfAbsent(field, message);
            }
        }
        return general;
    }

    private static String fieldMessage(Problem.FieldError fe, Lang lang) {
        String m = fe.message() == null ? "" : fe.message();
        return switch (fe.field()) {
            case "plate" -> lang.pick("请填写中国车牌号，例如 沪A12345（新能源车 8 位）", "Type a Chinese licence plate, such as 沪A12345");
            case "arriveFrom" -> {
                if (m.contains("past")) {
                    yield lang.pick(
                            "到达时间已过，请选择现在或之后 24 小时内的时间",
                            "This time has passed; choose now or a time in the next 24 hours");
                }
                if (m.contains("closed")) {
                    yield lang.pick("停车场在这个时间不开放", "The lot is closed at that time");
                }
                yield lang.pick("只能预约 24 小时以内到达", "You can book an arrival within the next 24 hours only");
            }
            case "windowMinutes" -> BookingForm.windowError(lang);
            case "stayMinutes" -> {
                if (m.contains("window")) {
                    yield lang.pick("停车时长不能短于车位保留时间", "The stay cannot be shorter than the time the space waits");
                }
                if (m.contains("at most")) {
                    String max = m.replaceAll("\\D+", " ").strip();
                    yield lang.pick("这个停车场最长可停 " + max + " 分钟", "This lot allows stays of at most " + max + " minutes");
                }
                yield BookingForm.stayError(lang);
            }
            case "lotId" ->
                m.contains("closed")
                        ? lang.pick("停车场现在不开放。", "The lot is closed now.")
                        : lang.pick("找不到这个停车场。", "This lot was not found.");
            case "Idempotency-Key" ->
                lang.pick("页面已过期，请刷新后重试。", "This page is out of date; please reload it and try again.");
            default -> lang.pick("请检查填写的内容。", "Please check what you typed.");
        };
    }

    /** One line for a refusal that is about no field. */
    static String describe(ProblemException e, Lang lang) {
        if (walletShort(e)) {
            return lang.pick("钱包可用余额不足。", "Your wallet does not have enough available money.");
        }
        if (SPACE_TAKEN.equals(e.type())) {
            return lang.pick(
                    "这个时段已没有空余车位。请换个时间，或选择附近其他停车场。",
                    "No space is free for that time. Try another time, or a lot nearby.");
        }
        if (keyReused(e)) {
            return lang.pick(
                    "这张表单已经提交过另一个请求。已为您换上新的表单，请确认后再提交。",
                    "This form was already sent for a different request. It has been renewed: check it and send it again.");
        }
        String detail = e.getMessage() == null ? "" : e.getMessage();
        if (e.status() == Response.Status.CONFLICT && detail.contains("stay open")) {
            return lang.pick(
                    "这辆车（或这个车位）已有进行中的停车，请先在“我的停车”中结束它。",
                    "This car (or space) already has a stay in progress; end it first under My parking.");
        }
        if (e.status() == Response.Status.CONFLICT && detail.contains("can no longer be cancelled")) {
            return lang.pick(
                    "这个预约已经开始、结束或过期，不能再取消。",
                    "This booking has started, ended or expired and can no longer be cancelled.");
        }
        if (e.status() == Response.Status.CONFLICT && detail.contains("another account")) {
            return lang.pick("这个车牌已登记在其他账号下。", "This plate is registered to another account.");
        }
        if (e.status() == Response.Status.CONFLICT && detail.contains("changed this lot meanwhile")) {
            return lang.pick(
                    "在您编辑期间，其他人已修改了这个停车场的价格。下方显示的是最新价格，您填写的内容已保留，请核对后再提交。",
                    "Someone changed this lot's prices while you were editing. The current prices are shown below and"
                            + " what you typed is kept: check it and send it again.");
        }
        if (e.status() == Response.Status.NOT_FOUND) {
            return lang.pick("找不到相关记录，可能已被删除。", "It was not found; it may have been removed.");
        }
        return lang.pick("操作未能完成（" + detail + "）", detail);
    }
}
