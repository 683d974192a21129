package city.payments.internal.card;

/**
 * What the gateway answered to a charge.
 *
 * @param reference the gateway's id of the charge (for support and reconciliation); null if it made none
 * @param message the gateway's explanation, fit to show to the payer on a decline
 */
public record GatewayResult(Outcome outcome, String reference, String message) {

    /** How a charge ended. */
    public enum Outcome {
        /** The money was taken. */
        SUCCEEDED,
        /** The issuer refused (funds, fraud, blocked card): retrying will not help. */
        DECLINED,
        /**
         * The gateway could not process it or could not be reached: no money was taken as far as we know, and it
         * is safe to retry with the same idempotency key, which can never take the money twice.
         */
        FAILED
    }

    public static GatewayResult succeeded(String reference) {
        return new GatewayResult(Outcome.SUCCEEDED, reference, "Approved.");
    }

    public static GatewayResult declined(String reference, String message) {
        return new GatewayResult(Outcome.DECLINED, reference, message);
    }

    public static GatewayResult failed(String reference, String message) {
        return new GatewayResult(Outcome.FAILED, reference, message);
    }
}
