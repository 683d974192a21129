package city.traffic.internal;

import java.time.Instant;
import java.util.UUID;

/** An incident as the control room and police see it; times are null until reached. */
public record IncidentView(
        UUID id,
        String kind,
        String source,
        String roadId,
        String roadNameZh,
        String roadNameEn,
        Integer lane,
        double lat,
        double lon,
        String evidence,
        Instant receivedAt,
        Instant detectedAt,
        long alertLatencyMicros,
        String status,
        String unitId,
        Instant dispatchedAt,
        Integer etaSeconds,
        Instant onSceneAt,
        Instant clearedAt) {}
