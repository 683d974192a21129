package city.payments.api;

/**
 * A charge from a citizen's wallet.
 *
 * @param payerId the citizen (Keycloak subject)
 * @param payee the account that receives the money: a department's revenue account such as
 *     {@code revenue:parking}, or {@code merchant:<code>}
 * @param purpose the module asking, such as {@code parking}
 * @param reference that module's id for what is paid, such as a booking id; may be null
 * @param idempotencyKey 1 to 255 characters, unique per purpose
 */
public record ChargeRequest(
        String payerId,
        long amountFen,
        String payee,
        String purpose,
        String reference,
        String description,
        String idempotencyKey) {}
