package city.payments.internal;

import java.time.Instant;
import java.util.UUID;

/** A completed top-up: the ledger transfer, the gateway's reference, and the wallet balance after it. */
public record TopUpView(
        UUID transferId, UUID cardId, long amountFen, String gatewayReference, long balanceFen, Instant at) {}
