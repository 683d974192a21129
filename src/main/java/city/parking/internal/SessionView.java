package city.parking.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

/** A parking stay and its receipt: what the tariff asked, what the wallet paid, what is still owed. */
public record SessionView(
        UUID id,
        String lotId,
        String lotNameZh,
        String lotNameEn,
        Long spaceId,
        String spaceLabel,
        String plate,
        ParkingSession.OpenedBy openedBy,
        UUID bookingId,
        Instant startedAt,
        Instant endedAt,
        ParkingSession.Status status,
        long holdFen,
        Long chargeFen,
        long paidFen,
        long owedFen,
        Map<LocalDate, Long> chargeByDay,
        Tariff tariff) {}
