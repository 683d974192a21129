package city.payments.web;

import city.platform.web.Lang;
import city.platform.web.Yuan;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.jboss.resteasy.reactive.RestForm;

/** A refund of one payment: amount in yuan, a reason the citizen sees, and the form's idempotency key. */
public class RefundForm {

    @RestForm
    public String amount = "";

    @RestForm
    public String reason = "";

    @RestForm
    public String key = UUID.randomUUID().toString();

    record Parsed(Long amountFen, String reason, Map<String, String> errors) {}

    Parsed parse(Lang lang, long refundableFen) {
        Map<String, String> errors = new LinkedHashMap<>();
        Long fen = Yuan.parse(amount, 1, Math.max(1, refundableFen), lang, errors, "amount");
        String text = reason == null ? "" : reason.strip();
        if (text.length() > 200) {
            errors.put("reason", lang.messages(PayMsg.class).error_reason());
        }
        return new Parsed(fen, text.isEmpty() ? null : text, errors);
    }

    RefundForm withNewKey() {
        key = UUID.randomUUID().toString();
        return this;
    }
}
