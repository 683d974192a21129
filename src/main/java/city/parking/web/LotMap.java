package city.parking.web;

import city.parking.internal.Finder;
import java.util.Collection;
import java.util.List;
import java.util.Locale;

/**
 * Lots drawn from their own coordinates, for an SVG map without tiles: an equirectangular projection scaled by the
 * cosine of the middle latitude (true enough at city scale), north up. A search map is centred on the point searched
 * from and shows the search radius; the operators' map fits every lot.
 *
 * @param point the searched point, or null
 * @param radiusPx the search radius as drawn, 0 when there is none
 */
public record LotMap(int width, int height, Dot point, double radiusPx, List<Dot> lots) {

    /** A lot (or the searched point) on the map; {@code level} colours it: plenty, few, full or unknown. */
    public record Dot(String id, String nameZh, String nameEn, String x, String y, String level, String detail) {}

    /** What a lot needs to be drawn. */
    record Spot(String id, String nameZh, String nameEn, double lat, double lon, String level, String detail) {}

    static final int SIZE = 640;
    private static final int PADDING = 20;
    private static final double METRES_PER_DEGREE = 111_195.0;

    /** A map centred on the point, wide enough for the straight-line radius of the search. */
    static LotMap around(
            double lat, double lon, String pointNameZh, String pointNameEn, int walkingRadius, Collection<Spot> spots) {
        double radius = walkingRadius / Finder.CIRCUITY;
        double cos = Math.cos(Math.toRadians(lat));
        double scale = (SIZE / 2.0 - PADDING) / radius;
        Projection p = new Projection(lon, lat, cos, scale, SIZE / 2.0, SIZE / 2.0);
        Dot point = new Dot("", pointNameZh, pointNameEn, p.x(lon), p.y(lat), "point", "");
        return new LotMap(
                SIZE,
                SIZE,
                point,
                round(radius * scale),
                spots.stream().map(p::dot).toList());
    }

    /** A map that fits every lot. */
    static LotMap fitting(Collection<Spot> spots) {
        if (spots.isEmpty()) {
            return new LotMap(SIZE, SIZE / 2, null, 0, List.of());
        }
        double minLat = spots.stream().mapToDouble(Spot::lat).min().orElseThrow();
        double maxLat = spots.stream().mapToDouble(Spot::lat).max().orElseThrow();
        double minLon = spots.stream().mapToDouble(Spot::lon).min().orElseThrow();
        double maxLon = spots.stream().mapToDouble(Spot::lon).max().orElseThrow();
        double cos = Math.cos(Math.toRadians((minLat + maxLat) / 2));
        double spanX = Math.max((maxLon - minLon) * cos * METRES_PER_DEGREE, 1);
        double spanY = Math.max((maxLat - minLat) * METRES_PER_DEGREE, 1);
        double scale = (SIZE - 2.0 * PADDING) / Math.max(spanX, spanY);
        int width = (int) Math.ceil(spanX * scale + 2 * PADDING);
        int height = (int) Math.ceil(spanY * scale + 2 * PADDING);
        Projection p =
                new Projection((minLon + maxLon) / 2, (minLat + maxLat) / 2, cos, scale, width / 2.0, height / 2.0);
        return new LotMap(width, height, null, 0, spots.stream().map(p::dot).toList());
    }

    public String viewBox() {
        return "0 0 " + width + " " + height;
    }

    private record Projection(double lon0, double lat0, double cos, double scale, double cx, double cy) {

        String x(double lon) {
            return format(cx + (lon - lon0) * cos * METRES_PER_DEGREE * scale);
        }

        String y(double lat) {
            return format(cy - (lat - lat0) * METRES_PER_DEGREE * scale);
        }

        Dot dot(Spot s) {
            return new Dot(s.id(), s.nameZh(), s.nameEn(), x(s.lon()), y(s.lat()), s.level(), s.detail());
        }
    }

    private static String format(double v) {
        return String.format(Locale.ROOT, "%.1f", v);
    }

    private static double round(double v) {
        return Math.round(v * 10) / 10.0;
    }
}
