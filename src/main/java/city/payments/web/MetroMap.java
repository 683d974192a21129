package city.payments.web;

import city.payments.internal.metro.MetroLineView;
import city.payments.internal.metro.MetroStationView;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The metro network drawn from its own station coordinates, for an SVG map: an equirectangular projection scaled
 * by the cosine of the middle latitude, which is true enough at city scale, north up.
 */
public record MetroMap(int width, int height, List<MapLine> lines, List<MapStation> stations) {

    /** A line as a polyline in its colour; {@code points} is the SVG attribute value. */
    public record MapLine(String code, String nameZh, String nameEn, String color, String points, int lengthMeters) {

        public String lengthKm() {
            return FareTable.km(lengthMeters);
        }
    }

    /** A station dot; transfer stations are drawn larger and named on the map. */
    public record MapStation(String code, String nameZh, String nameEn, String x, String y, boolean transfer) {}

    static final int WIDTH = 800;
    private static final int PADDING = 24;

    static MetroMap of(List<MetroLineView> lines, List<MetroStationView> stations) {
        if (stations.isEmpty()) {
            return new MetroMap(WIDTH, WIDTH / 2, List.of(), List.of());
        }
        double minLat =
                stations.stream().mapToDouble(MetroStationView::lat).min().orElseThrow();
        double maxLat =
                stations.stream().mapToDouble(MetroStationView::lat).max().orElseThrow();
        double minLon =
                stations.stream().mapToDouble(MetroStationView::lon).min().orElseThrow();
        double maxLon =
                stations.stream().mapToDouble(MetroStationView::lon).max().orElseThrow();
        double xScale = Math.cos(Math.toRadians((minLat + maxLat) / 2));
        double spanX = Math.max((maxLon - minLon) * xScale, 1e-6);
        double spanY = Math.max(maxLat - minLat, 1e-6);
        double scale = (WIDTH - 2.0 * PADDING) / Math.max(spanX, spanY);
        int height = (int) Math.ceil(spanY * scale + 2 * PADDING);
        int width = (int) Math.ceil(spanX * scale + 2 * PADDING);
        Projection p = new Projection(minLon, maxLat, xScale, scale);
        List<MapLine> mapLines = lines.stream()
                .map(l -> new MapLine(
                        l.code(),
                        l.nameZh(),
                        l.nameEn(),
                        l.color(),
                        l.stations().stream()
                                .map(s -> p.x(s.lon()) + "," + p.y(s.lat()))
                                .collect(Collectors.joining(" ")),
                        l.lengthMeters()))
                .toList();
        List<MapStation> mapStations = stations.stream()
                .map(s -> new MapStation(s.code(), s.nameZh(), s.nameEn(), p.x(s.lon()), p.y(s.lat()), s.transfer()))
                .toList();
        return new MetroMap(width, height, mapLines, mapStations);
    }

    private record Projection(double minLon, double maxLat, double xScale, double scale) {

        String x(double lon) {
            return format(PADDING + (lon - minLon) * xScale * scale);
        }

        String y(double lat) {
            return format(PADDING + (maxLat - lat) * scale);
        }

        private static String format(double v) {
            return String.format(Locale.ROOT, "%.1f", v);
        }
    }
}
