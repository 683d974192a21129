package city.payments.internal.metro;

import java.util.UUID;

/**
 * What the gantry does: open or stay shut, and why. On a tap out, {@code fareFen} is the fare of the trip (settled
 * into the ledger shortly after) and {@code fare} its breakdown.
 */
public record TapDecision(UUID tapId, Outcome outcome, Reason reason, UUID tripId, Long fareFen, Fare fare) {

    /** The gate's answer. */
    public enum Outcome {
        OPEN,
        DENY
    }

    /** Why, when it matters. */
    public enum Reason {
        /** A tap in closed an earlier trip without a tap out: it paid the missing tap-out fare. */
        PREVIOUS_TRIP_UNFINISHED,
        UNKNOWN_CARD,
        CARD_BLOCKED,
        PAY_CODE_REFUSED,
        INSUFFICIENT_BALANCE,
        /** Fares of earlier trips could not be paid: top up first. */
        UNPAID_FARES,
        ALREADY_INSIDE,
        NO_TAP_IN
    }

    static TapDecision deny(UUID tapId, Reason reason) {
        return new TapDecision(tapId, Outcome.DENY, reason, null, null, null);
    }
}
