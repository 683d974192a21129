package city.payments.internal.card;

/** A card refused before any charge, by our checks or by the gateway when tokenising it. */
public class CardRejected extends RuntimeException {

    /** What is wrong with the card. */
    public enum Reason {
        /** Not 12-19 digits, a wrong check digit, or refused by the gateway. */
        INVALID_NUMBER,
        /** Past its expiry month, or not a real month. */
        EXPIRED,
        /** Not three digits (four for American Express). */
        INVALID_CVV
    }

    private final Reason reason;

    public CardRejected(Reason reason, String message) {
        super(message);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
