package city.parking.internal;

/** FIWARE ParkingSpot {@code status} values, spelled as FIWARE spells them. */
public enum SpaceStatus {
    free,
    occupied,
    closed,
    unknown
}
