package city.parking.internal;

import java.time.Instant;

/**
 * What a driver asks for: a space in a lot (a given one, or any that fits), an arrival window and a planned stay.
 *
 * @param arriveFrom start of the arrival window; null for now
 * @param windowMinutes how long the space waits for the car, 5 to 120 (default 30)
 * @param stayMinutes the planned stay from the window's start, 15 to 1,440 (default 60); the hold covers its price
 */
public record BookingRequest(
        String lotId,
        Long spaceId,
        String plate,
        Instant arriveFrom,
        Integer windowMinutes,
        Integer stayMinutes,
        boolean ev,
        boolean accessible) {}
