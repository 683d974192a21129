package city.traffic.web;

import city.traffic.internal.TrafficMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The network drawn as SVG from its own coordinates (metres on its plane, north up), no tiles: roads as polylines
 * moved to the right of their direction (traffic keeps right), so that the two directions of a street are both
 * seen, and intersections as dots over them. The SVG's user unit is one metre.
 */
public record NetworkMap(
        String viewBox,
        double minX,
        double maxY,
        double pad,
        TrafficMap.Anchor anchor,
        List<Node> nodes,
        List<Line> roads) {

    /** An intersection where it is drawn. */
    public record Node(
            String id, String nameZh, String nameEn, String x, String y, boolean signalised, boolean virtual) {}

    /** A road as an SVG path. */
    public record Line(String id, String nameZh, String nameEn, String from, String to, int lanes, String d) {}

    static final double PAD = 120;
    /** How far a road is drawn to the right of the street's centre line. */
    static final double OFFSET = 18;

    static NetworkMap of(TrafficMap.MapView view) {
        TrafficMap.Bounds b = view.bounds();
        double width = b.maxX() - b.minX() + 2 * PAD;
        double height = b.maxY() - b.minY() + 2 * PAD;
        List<Node> nodes = view.intersections().stream()
                .map(i -> new Node(
                        i.id(),
                        i.nameZh(),
                        i.nameEn(),
                        f(i.x() - b.minX() + PAD),
                        f(b.maxY() - i.y() + PAD),
                        i.signalised(),
                        i.virtual()))
                .toList();
        List<Line> roads = view.roads().stream()
                .map(r -> new Line(r.id(), r.nameZh(), r.nameEn(), r.from(), r.to(), r.lanes(), path(r.points(), b)))
                .toList();
        return new NetworkMap(
                "0 0 " + f(width) + " " + f(height), b.minX(), b.maxY(), PAD, view.anchor(), nodes, roads);
    }

    /** The polyline moved {@link #OFFSET} metres to its right, in SVG coordinates (y down). */
    static String path(List<double[]> points, TrafficMap.Bounds b) {
        int n = points.size();
        List<double[]> shifted = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            double[] before = points.get(Math.max(0, i - 1));
            double[] after = points.get(Math.min(n - 1, i + 1));
            double dx = after[0] - before[0];
            double dy = after[1] - before[1];
            double len = Math.hypot(dx, dy);
            // the right of a heading (dx, dy) on a plane with y north is (dy, -dx)
            double rx = len == 0 ? 0 : dy / len * OFFSET;
            double ry = len == 0 ? 0 : -dx / len * OFFSET;
            double[] p = points.get(i);
            shifted.add(new double[] {p[0] + rx - b.minX() + PAD, b.maxY() - (p[1] + ry) + PAD});
        }
        StringBuilder d = new StringBuilder();
        for (int i = 0; i < shifted.size(); i++) {
            d.append(i == 0 ? "M" : " L")
                    .append(f(shifted.get(i)[0]))
                    .append(' ')
                    .append(f(shifted.get(i)[1]));
        }
        return d.toString();
    }

    static String f(double v) {
        return String.format(Locale.ROOT, "%.1f", v);
    }
}
