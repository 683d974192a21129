package city.payments.internal.card;

/**
 * The gateway could not be reached or answered something we do not understand while tokenising a card: nothing was
 * kept, and the holder may try again later. Charges report this as {@link GatewayResult.Outcome#FAILED} instead.
 */
public class CardGatewayException extends RuntimeException {

    public CardGatewayException(String message) {
        super(message);
    }

    public CardGatewayException(String message, Throwable cause) {
        super(message, cause);
    }
}
