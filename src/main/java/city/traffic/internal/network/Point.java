package city.traffic.internal.network;

/** A position on the network's local plane: metres east (x) and north (y) of the plane's anchor. */
public record Point(double x, double y) {

    public Point {
        if (!Double.isFinite(x) || !Double.isFinite(y)) {
            throw new IllegalArgumentException("not a position: " + x + ", " + y);
        }
    }

    public double distanceTo(Point other) {
        return Math.hypot(other.x - x, other.y - y);
    }
}
