package city.payments.internal.paycode;

/** A pay code that must not be accepted, and why; the message never repeats the code, which is a bearer secret. */
public class PayCodeRejected extends RuntimeException {

    /** Why a code was refused. */
    public enum Reason {
        /** Not a compact JWS of ours: garbage, truncated, or missing a claim or the key id. */
        MALFORMED,
        /** The signature does not match the content, or the code names an algorithm other than EdDSA. */
        TAMPERED,
        /** Signed with a key that is not (or no longer) in the key set. */
        UNKNOWN_KEY,
        /** Past its expiry, beyond the allowed clock skew. */
        EXPIRED,
        /** Already spent once. */
        REPLAYED
    }

    private final Reason reason;

    public PayCodeRejected(Reason reason, String message) {
        // rejections are expected at gate speed, and the stack trace says nothing about a bad code
        super(message, null, false, false);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
