package city.parking.internal;

import java.time.Instant;
import java.util.UUID;

/** A booking as its driver sees it. */
public record BookingView(
        UUID id,
        String lotId,
        String lotNameZh,
        String lotNameEn,
        long spaceId,
        String spaceLabel,
        String plate,
        Instant arriveFrom,
        Instant arriveBy,
        Instant leaveBy,
        Booking.Status status,
        long holdFen,
        UUID paymentId,
        UUID sessionId,
        Instant createdAt) {}
