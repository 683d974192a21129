package city.traffic.ingest;

import city.traffic.internal.LaneReading;
import java.time.Instant;
import java.util.List;

/** A batch of lane readings as it travels on channel {@code traffic-readings}: plain data (JSON over a broker). */
public record ReadingBatch(List<LaneReading> readings, Instant receivedAt) {}
