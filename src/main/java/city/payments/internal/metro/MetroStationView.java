package city.payments.internal.metro;

import java.util.List;

/**
 * A station for maps and lists: names, WGS 84 position and the lines that serve it (more than one for a transfer),
 * in line order.
 */
public record MetroStationView(
        String code, String nameZh, String nameEn, double lat, double lon, List<String> lineCodes) {

    public MetroStationView {
        lineCodes = List.copyOf(lineCodes);
    }

    public boolean transfer() {
        return lineCodes.size() > 1;
    }
}
