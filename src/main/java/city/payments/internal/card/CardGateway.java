package city.payments.internal.card;

/**
 * A payment gateway for bank cards. The card number and CVV go to the gateway once, in {@link #tokenise}, and are
 * never stored or logged here; afterwards only the token is used. Implementations check the card first with
 * {@link CardChecks}. Calls block on the network: run them on a worker thread.
 */
public interface CardGateway {

    /**
     * Exchanges a card for a reusable token.
     *
     * @throws CardRejected if the number, expiry or CVV is wrong, by our checks or the gateway's
     * @throws CardGatewayException if the gateway cannot be reached
     */
    TokenisedCard tokenise(CardDetails details);

    /**
     * Takes {@code amountFen} (CNY, in fen) from the card of the token. Calling again with the same idempotency key
     * returns the first result and never charges twice.
     *
     * @param idempotencyKey 1-255 characters, unique per intended charge (such as the ledger transfer id)
     * @throws IllegalArgumentException for an amount below one fen, a bad key, or a key reused for another charge
     */
    GatewayResult charge(String token, long amountFen, String idempotencyKey);
}
