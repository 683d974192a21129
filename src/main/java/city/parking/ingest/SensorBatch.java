package city.parking.ingest;

import city.parking.internal.SensorReading;
import java.time.Instant;
import java.util.List;

/**
 * A batch of parking sensor messages as it travels on channel {@code parking-occupancy}: plain data, so that a
 * deployment can carry it over MQTT or Kafka (JSON) instead of the in-memory channel.
 */
public record SensorBatch(List<SensorReading> readings, Instant receivedAt) {}
