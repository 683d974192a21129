package city.parking.api.event;

import java.time.Instant;
import java.util.UUID;

/**
 * A parking stay ended and was charged. Fired after the charge is recorded.
 *
 * @param citizenId null for a plate that no citizen registered (paid at the gate)
 */
public record SessionEnded(
        UUID sessionId,
        String lotId,
        String citizenId,
        Instant startedAt,
        Instant endedAt,
        long chargeFen,
        long paidFen,
        long owedFen) {}
