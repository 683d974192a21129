package city.payments.internal.ledger;

import java.time.Instant;
import java.util.UUID;

/**
 * Which transfers of an account to list: a time window [from, to), a transfer code, a direction, and the keyset
 * position (the last line of the previous page) to continue after. Every field may be null.
 */
public record StatementFilter(
        Instant from, Instant to, String code, Direction direction, Instant beforeAt, UUID beforeId) {

    public enum Direction {
        IN,
        OUT
    }

    public static StatementFilter all() {
        return new StatementFilter(null, null, null, null, null, null);
    }
}
