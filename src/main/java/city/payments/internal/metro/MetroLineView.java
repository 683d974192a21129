package city.payments.internal.metro;

import java.util.List;

/**
 * A line for maps and lists: names, colour ({@code #rrggbb}) and its stations in running order. A loop line names the
 * station it closes on again at the end, so drawing the stations as one polyline closes the loop.
 */
public record MetroLineView(
        String code,
        String nameZh,
        String nameEn,
        String color,
        int sortOrder,
        List<MetroStationView> stations,
        int lengthMeters) {

    public MetroLineView {
        stations = List.copyOf(stations);
    }

    /** Whether the line runs round and comes back to a station it has already served. */
    public boolean loop() {
        return stations.stream().map(MetroStationView::code).distinct().count() < stations.size();
    }
}
