package city.traffic.web;

import city.traffic.internal.IntersectionDetails;
import java.util.Locale;

/**
 * The arrows of a phase diagram, as signal timing sheets draw them: in a 120 × 120 box with north up, each movement
 * enters from the side its traffic comes from, on the right-hand half of the road, and goes straight on, turns left
 * or turns right.
 */
final class PhaseDiagram {

    static final double CENTRE = 60;
    static final double REACH = 50;
    static final double LANE = 10;

    private PhaseDiagram() {}

    static TrafficIntersectionPage.Arrow arrow(IntersectionDetails.MovementView m) {
        double b = Math.toRadians(m.bearing());
        // the heading on screen (y down), and its right and left
        double hx = Math.sin(b);
        double hy = -Math.cos(b);
        double rx = -hy;
        double ry = hx;
        double sx = CENTRE - hx * REACH + rx * LANE;
        double sy = CENTRE - hy * REACH + ry * LANE;
        String d;
        switch (m.type()) {
            case "RIGHT" -> {
                double cx = CENTRE + rx * LANE - hx * LANE;
                double cy = CENTRE + ry * LANE - hy * LANE;
                double ex = CENTRE + rx * REACH - hx * LANE;
                double ey = CENTRE + ry * REACH - hy * LANE;
                d = "M" + f(sx) + " " + f(sy) + " Q" + f(cx) + " " + f(cy) + " " + f(ex) + " " + f(ey);
            }
            case "LEFT" -> {
                double cx = CENTRE + rx * LANE + hx * LANE;
                double cy = CENTRE + ry * LANE + hy * LANE;
                double ex = CENTRE - rx * REACH + hx * LANE;
                double ey = CENTRE - ry * REACH + hy * LANE;
                d = "M" + f(sx) + " " + f(sy) + " Q" + f(cx) + " " + f(cy) + " " + f(ex) + " " + f(ey);
            }
            default -> {
                double ex = CENTRE + hx * REACH + rx * LANE;
                double ey = CENTRE + hy * REACH + ry * LANE;
                d = "M" + f(sx) + " " + f(sy) + " L" + f(ex) + " " + f(ey);
            }
        }
        return new TrafficIntersectionPage.Arrow(d, m.type().toLowerCase(Locale.ROOT));
    }

    private static String f(double v) {
        return String.format(Locale.ROOT, "%.1f", v);
    }
}
