package city.parking.api;

/**
 * A lot as other modules and the simulation see it, with its live counts.
 *
 * @param category {@code offStreet} or {@code onStreet}
 */
public record LotView(
        String id,
        String nameZh,
        String nameEn,
        String category,
        double lat,
        double lon,
        int totalSpots,
        int freeSpots,
        int occupiedSpots,
        int unknownSpots) {}
