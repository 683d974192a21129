package city.traffic.ingest;

import java.time.Instant;
import java.util.UUID;

/**
 * A camera's event as it travels on channel {@code camera-events}, and its row in the camera journal.
 *
 * @param id given when the event was acknowledged; an incident raised from it keeps this id
 * @param type ACCIDENT, STALLED_VEHICLE, RED_LIGHT or SPEEDING
 */
public record CameraEvent(
        UUID id,
        String type,
        String roadId,
        Integer lane,
        String plate,
        Double speedKmh,
        Double limitKmh,
        String evidence,
        Instant observedAt,
        Instant receivedAt) {}
