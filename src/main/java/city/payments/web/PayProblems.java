package city.payments.web;

import city.payments.internal.Idempotency;
import city.payments.internal.ledger.LedgerException;
import city.platform.rest.ProblemException;
import city.platform.web.Lang;
import jakarta.ws.rs.core.Response;

/**
 * The refusals of the payment services as one line a person can act on, in the page's language. The services speak
 * English to API clients; pages recognise the kind of problem and say what it means and what to do next.
 */
final class PayProblems {

    static final String CARD_DECLINED = "https://city.example/problems/card-declined";
    static final String GATEWAY_DOWN = "https://city.example/problems/gateway-unavailable";
    static final String PAYMENT_STATE = "https://city.example/problems/payment-state";

    private PayProblems() {}

    static String describe(ProblemException e, Lang lang) {
        String type = e.type();
        String detail = e.getMessage() == null ? "" : e.getMessage();
        if (CARD_DECLINED.equals(type)) {
            return lang.pick(
                    "银行拒绝了这张卡，没有扣款。请换一张卡，或联系发卡银行。",
                    "The bank declined this card and nothing was charged. Try another card, or call your bank.");
        }
        if (GATEWAY_DOWN.equals(type)) {
            return lang.pick(
                    "银行卡网关暂时没有响应，不会重复扣款。请稍后再提交一次。",
                    "The card gateway did not answer; you will not be charged twice. Please submit again in a"
                            + " moment.");
        }
        if (LedgerException.INSUFFICIENT_FUNDS.equals(type)) {
            return lang.pick(
                    "钱包可用余额不足，请先充值。", "Your wallet does not have enough available money. Please top it up first.");
        }
        if (Idempotency.REUSED_KEY.equals(type)) {
            return lang.pick(
                    "这张表单已经提交过另一笔请求。请刷新页面后重新填写。",
                    "This form was already sent for a different request. Please reload the page and fill it in again.");
        }
        if (PAYMENT_STATE.equals(type)) {
            return paymentState(detail, lang);
        }
        if (e.status() == Response.Status.NOT_FOUND) {
            return lang.pick("找不到相关记录，可能已被删除。", "It was not found; it may have been removed.");
        }
        if (e.status() == Response.Status.FORBIDDEN) {
            return lang.pick("您没有权限进行此操作。", "You may not do this.");
        }
        if (e.errors().stream().anyMatch(f -> f.field().equalsIgnoreCase("Idempotency-Key"))) {
            return lang.pick("页面已过期，请刷新后重试。", "This page is out of date; please reload it and try again.");
        }
        return lang.pick("操作未能完成（" + detail + "）", detail);
    }

    private static String paymentState(String detail, Lang lang) {
        if (detail.contains("nothing to settle")) {
            return lang.pick("目前没有可结算的余额。", "There is nothing to settle yet.");
        }
        if (detail.contains(" PAID")) {
            return lang.pick("这笔收款已经支付过了。", "This payment request has already been paid.");
        }
        if (detail.contains(" EXPIRED")) {
            return lang.pick(
                    "这笔收款已过期，请让商户重新生成二维码。", "This payment request has expired; ask the merchant for a new code.");
        }
        if (detail.contains(" CANCELLED")) {
            return lang.pick("商户已取消这笔收款。", "The merchant cancelled this payment request.");
        }
        if (detail.contains("refunded")) {
            return lang.pick("只有已完成的付款可以退款。", "Only a completed payment can be refunded.");
        }
        return lang.pick("当前状态下不能进行此操作。", "This cannot be done in the payment's current state.");
    }
}
