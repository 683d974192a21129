package city.parking.api;

/** A bay and its sensor; {@code status} is FIWARE's: free, occupied, closed or unknown. */
public record SpaceView(
        long id, String lotId, String label, String sensorId, boolean ev, boolean accessible, String status) {}
