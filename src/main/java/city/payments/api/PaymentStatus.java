package city.payments.api;

/** Where a payment stands. */
public enum PaymentStatus {
    /** The money is reserved in the payer's wallet. */
    HELD,
    /** The money was paid (part of a hold may have gone back). */
    COMPLETED,
    /** The hold was released. */
    VOIDED,
    /** The hold timed out and its money went back. */
    EXPIRED
}
