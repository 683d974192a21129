package city.payments.web;

import city.payments.internal.CardService;
import city.payments.internal.Idempotency;
import city.payments.internal.PaymentRequest;
import city.payments.internal.PaymentService;
import city.payments.internal.ledger.LedgerException;
import city.platform.rest.ProblemException;
import city.platform.web.Lang;
import jakarta.ws.rs.core.Response;

/**
 * The refusals of the payment services as one line a person can act on, in the page's language. The services speak
 * English to API clients; pages recognise the kind of problem (its type and code, its status, its field) and say what
 * it means and what to do next, never reading the English text.
 */
final class PayProblems {

    private PayProblems() {}

    static String describe(ProblemException e, Lang lang) {
        PayMsg msg = lang.messages(PayMsg.class);
        String type = e.type() == null ? "" : e.type();
        switch (type) {
            case CardService.DECLINED:
                return msg.problem_card_declined();
            case CardService.GATEWAY_DOWN:
                return msg.problem_gateway_down();
            case LedgerException.INSUFFICIENT_FUNDS:
                return msg.problem_insufficient_funds();
            case Idempotency.REUSED_KEY:
                return msg.problem_key_reused();
            case PaymentService.WRONG_STATE:
                return paymentState(e.code(), msg);
            default:
                break;
        }
        if (e.status() == Response.Status.NOT_FOUND) {
            return msg.problem_not_found();
        }
        if (e.status() == Response.Status.FORBIDDEN) {
            return msg.problem_forbidden();
        }
        if (e.errors().stream().anyMatch(f -> f.field().equalsIgnoreCase("Idempotency-Key"))) {
            return msg.problem_page_stale();
        }
        return msg.problem_failed(e.getMessage() == null ? "" : e.getMessage());
    }

    private static String paymentState(String code, PayMsg msg) {
        if (PaymentService.NOTHING_TO_SETTLE.equals(code)) {
            return msg.problem_nothing_to_settle();
        }
        if (PaymentService.requestClosed(PaymentRequest.Status.PAID).equals(code)) {
            return msg.problem_request_paid();
        }
        if (PaymentService.requestClosed(PaymentRequest.Status.EXPIRED).equals(code)) {
            return msg.problem_request_expired();
        }
        if (PaymentService.requestClosed(PaymentRequest.Status.CANCELLED).equals(code)) {
            return msg.problem_request_cancelled();
        }
        if (PaymentService.NOT_REFUNDABLE.equals(code)) {
            return msg.problem_not_refundable();
        }
        return msg.problem_payment_state();
    }
}
