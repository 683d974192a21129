package city.traffic.ingest;

import java.time.Instant;

/**
 * A camera's event as it travels on channel {@code camera-events}.
 *
 * @param type ACCIDENT, STALLED_VEHICLE, RED_LIGHT or SPEEDING
 */
public record CameraEvent(
        String type,
        String roadId,
        Integer lane,
        String plate,
        Double speedKmh,
        Double limitKmh,
        String evidence,
        Instant observedAt,
        Instant receivedAt) {}
