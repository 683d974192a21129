package city.simulation.traffic;

import city.simulation.traffic.Network.Point;
import java.util.ArrayList;
import java.util.List;

/** Polylines as CityFlow draws them: cutting a road back by intersection widths, lanes beside it, default curves. */
final class Geometry {

    private Geometry() {}

    static double length(List<Point> points) {
        double sum = 0;
        for (int i = 1; i < points.size(); i++) {
            sum += points.get(i - 1).distanceTo(points.get(i));
        }
        return sum;
    }

    /** The point {@code distance} metres along the polyline (its ends when beyond them). */
    static Point along(List<Point> points, double distance) {
        double left = Math.max(0, distance);
        for (int i = 1; i < points.size(); i++) {
            Point a = points.get(i - 1);
            Point b = points.get(i);
            double d = a.distanceTo(b);
            if (left <= d && d > 0) {
                double f = left / d;
                return new Point(a.x() + (b.x() - a.x()) * f, a.y() + (b.y() - a.y()) * f);
            }
            left -= d;
        }
        return points.get(points.size() - 1);
    }

    /** The polyline with its first point moved forward by {@code start} and its last back by {@code end}. */
    static List<Point> trim(List<Point> points, double start, double end) {
        List<Point> out = new ArrayList<>(points);
        int n = out.size();
        Point a = out.get(0);
        Point b = out.get(1);
        double first = a.distanceTo(b);
        Point y = out.get(n - 2);
        Point z = out.get(n - 1);
        double last = y.distanceTo(z);
        if (first <= 0 || last <= 0) {
            return null;
        }
        out.set(0, new Point(a.x() + (b.x() - a.x()) / first * start, a.y() + (b.y() - a.y()) / first * start));
        out.set(n - 1, new Point(z.x() - (z.x() - y.x()) / last * end, z.y() - (z.y() - y.y()) / last * end));
        double remaining = n == 2 ? first - start - end : length(out);
        return remaining > 0 ? out : null;
    }

    /** The polyline moved {@code distance} metres to its right. */
    static List<Point> offset(List<Point> points, double distance) {
        List<Point> out = new ArrayList<>(points.size());
        int n = points.size();
        for (int j = 0; j < n; j++) {
            double ux;
            double uy;
            if (j == 0) {
                double[] u = unit(points.get(0), points.get(1));
                ux = u[0];
                uy = u[1];
            } else if (j == n - 1) {
                double[] u = unit(points.get(j - 1), points.get(j));
                ux = u[0];
                uy = u[1];
            } else {
                double[] u1 = unit(points.get(j), points.get(j + 1));
                double[] u2 = unit(points.get(j - 1), points.get(j));
                double sx = u1[0] + u2[0];
                double sy = u1[1] + u2[1];
                double len = Math.hypot(sx, sy);
                ux = len > 0 ? sx / len : u1[0];
                uy = len > 0 ? sy / len : u1[1];
            }
            // the right-hand normal of (ux, uy)
            Point p = points.get(j);
            out.add(new Point(p.x() + uy * distance, p.y() - ux * distance));
        }
        return out;
    }

    private static double[] unit(Point a, Point b) {
        double len = a.distanceTo(b);
        return len > 0 ? new double[] {(b.x() - a.x()) / len, (b.y() - a.y()) / len} : new double[] {1, 0};
    }

    /**
     * A cubic Bézier curve (11 points) from the end of lane {@code in} to the start of lane {@code out}, its control
     * points half the distance (at least 5 m) along each lane's direction, as CityFlow draws a lane link without
     * points.
     */
    static List<Point> bezier(List<Point> in, List<Point> out) {
        Point start = in.get(in.size() - 1);
        Point end = out.get(0);
        double[] d1 = unit(in.get(in.size() - 2), start);
        double[] d2 = unit(end, out.get(1));
        double half = Math.max(start.distanceTo(end) * 0.5, 5);
        Point c1 = new Point(start.x() + d1[0] * half, start.y() + d1[1] * half);
        Point c2 = new Point(end.x() - d2[0] * half, end.y() - d2[1] * half);
        List<Point> points = new ArrayList<>(11);
        for (int i = 0; i <= 10; i++) {
            double t = i / 10.0;
            double u = 1 - t;
            double x = u * u * u * start.x() + 3 * u * u * t * c1.x() + 3 * u * t * t * c2.x() + t * t * t * end.x();
            double y = u * u * u * start.y() + 3 * u * u * t * c1.y() + 3 * u * t * t * c2.y() + t * t * t * end.y();
            points.add(new Point(x, y));
        }
        return points;
    }
}
