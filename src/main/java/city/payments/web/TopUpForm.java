package city.payments.web;

import city.payments.internal.CardService;
import city.platform.web.Lang;
import city.platform.web.Yuan;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.jboss.resteasy.reactive.RestForm;

/**
 * The top-up form: a linked card, an amount in yuan, and the idempotency key made when the form was shown, so that
 * sending the same form twice charges the card once.
 */
public class TopUpForm {

    @RestForm
    public String cardId = "";

    @RestForm
    public String amount = "";

    @RestForm
    public String key = newKey();

    /** The card, the fen, and the errors of what could not be read. */
    record Parsed(UUID cardId, Long amountFen, Map<String, String> errors) {}

    Parsed parse(Lang lang) {
        Map<String, String> errors = new LinkedHashMap<>();
        UUID card = null;
        try {
            card = UUID.fromString(cardId == null ? "" : cardId.strip());
        } catch (IllegalArgumentException e) {
            errors.put("cardId", lang.messages(PayMsg.class).error_choose_card());
        }
        Long fen = Yuan.parse(amount, CardService.MIN_TOP_UP_FEN, CardService.MAX_TOP_UP_FEN, lang, errors, "amount");
        return new Parsed(card, fen, errors);
    }

    /** The same form with a fresh key: the last one was spent on an answer that a retry would only replay. */
    TopUpForm withNewKey() {
        key = newKey();
        return this;
    }

    static String newKey() {
        return UUID.randomUUID().toString();
    }
}
