package city.parking.internal;

import java.time.Instant;

/**
 * One message of an under-space sensor: a status change ({@code occupied} set) or a heartbeat (battery, and the
 * current status when the sensor sends it).
 */
public record SensorReading(String sensorId, Kind kind, Boolean occupied, Integer batteryPct, Instant at) {

    public enum Kind {
        status,
        heartbeat
    }
}
