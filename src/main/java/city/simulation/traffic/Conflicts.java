package city.simulation.traffic;

import city.simulation.traffic.Network.Point;
import java.util.ArrayList;
import java.util.List;

/**
 * Where lane links cross inside an intersection, and who yields there, after CityFlow's rule: a through movement goes
 * before a left turn, a left turn before a right turn; between equals, the vehicle that reaches the crossing point
 * first goes (ties to the lower id). A vehicle also yields to a vehicle standing on the crossing point, and to one that
 * can no longer stop before it; it never yields when it cannot stop itself ({@code yieldDistance} before the point, at
 * its maximum deceleration), nor to a vehicle that is, through a chain of vehicles each yielding to the next, waiting
 * for it (a deadlock, which CityFlow breaks the same way).
 *
 * <p>Crossings are the first points where the polylines of two lane links of an intersection meet, for lane links
 * from different lanes into different lanes (links into one lane merge: the car-following leader orders those
 * vehicles). Foes are the vehicles on the other link not yet past the point, and the first vehicle on the other link's
 * lane when it is heading into that link and the link is green.
 *
 * <p>Lane links from one lane share their first point, which CityFlow counts as a crossing too: a vehicle about to
 * take one of them yields, {@code yieldDistance} before the stop line, while the vehicle ahead of it is still over the
 * line on another of them (its back not yet past the first point). This costs a queue discharging towards different
 * exit lanes a little time at the line; it is kept because without it the engine's intersections pass about 10% more
 * vehicles than CityFlow's, whose figures are the reference (see docs/benchmarks.md).
 */
final class Conflicts {

    /** How far before a crossing point a yielding vehicle stops, metres (CityFlow's default). */
    static final double YIELD_DISTANCE = 5;

    private static final int DEADLOCK_HOPS = 16;

    /** A crossing on a lane link: the other link, and how far along each the point is. */
    record Crossing(Drivable foe, double here, double there) {}

    private final boolean[] green;
    private final double dt;
    /** The distance of the foe found by the last {@link #foeAt} to the crossing point, metres. */
    private double foeDistance;

    Conflicts(double interval, boolean[] green) {
        this.dt = interval;
        this.green = green;
    }

    /** Finds the crossings of every lane link and keeps them on it, nearest first. */
    static void build(List<Drivable> links, List<List<Point>> points) {
        List<List<Crossing>> found = new ArrayList<>();
        for (int i = 0; i < links.size(); i++) {
            found.add(new ArrayList<>());
        }
        for (int i = 0; i < links.size(); i++) {
            Drivable a = links.get(i);
            for (int j = i + 1; j < links.size(); j++) {
                Drivable b = links.get(j);
                if (a.intersection != b.intersection || a.start == b.start || a.end == b.end) {
                    continue;
                }
                double[] at = firstCrossing(points.get(i), points.get(j));
                if (at != null) {
                    found.get(i).add(new Crossing(b, at[0], at[1]));
                    found.get(j).add(new Crossing(a, at[1], at[0]));
                }
            }
        }
        for (int i = 0; i < links.size(); i++) {
            List<Crossing> c = found.get(i);
            c.sort((x, y) -> Double.compare(x.here(), y.here()));
            links.get(i).crossings = c.toArray(new Crossing[0]);
        }
    }

    /** The distances along {@code a} and {@code b} of the first point where they cross, or null. */
    private static double[] firstCrossing(List<Point> a, List<Point> b) {
        double da = 0;
        for (int i = 0; i + 1 < a.size(); i++) {
            Point a1 = a.get(i);
            Point a2 = a.get(i + 1);
            double db = 0;
            for (int j = 0; j + 1 < b.size(); j++) {
                Point b1 = b.get(j);
                Point b2 = b.get(j + 1);
                double rx = a2.x() - a1.x();
                double ry = a2.y() - a1.y();
                double sx = b2.x() - b1.x();
                double sy = b2.y() - b1.y();
                double denominator = rx * sy - ry * sx;
                if (Math.abs(denominator) > 1e-9) {
                    double qx = b1.x() - a1.x();
                    double qy = b1.y() - a1.y();
                    double t = (qx * sy - qy * sx) / denominator;
                    double u = (qx * ry - qy * rx) / denominator;
                    if (t >= 0 && t <= 1 && u >= 0 && u <= 1) {
                        return new double[] {da + t * Math.hypot(rx, ry), db + u * Math.hypot(sx, sy)};
                    }
                }
                db += b1.distanceTo(b2);
            }
            da += a1.distanceTo(a2);
        }
        return null;
    }

    /**
     * How far vehicle {@code v} may go before it must stop to yield on lane link {@code link}, whose start is {@code
     * toStart} metres ahead of its front (negative once on it); infinite when it need not yield. Sets {@code
     * v.nextBlocker} to the vehicle it yields to.
     */
    double yieldLimit(Vehicle v, Drivable link, double toStart) {
        if (toStart > 0 && canYield(v, toStart)) {
            for (Drivable sibling : link.start.outLinks) {
                Vehicle t = sibling.tail();
                if (sibling != link && t != null && t.position < t.length) {
                    v.nextBlocker = t;
                    return toStart - YIELD_DISTANCE;
                }
            }
        }
        for (Crossing c : link.crossings) {
            double mine = toStart + c.here();
            if (mine < -v.length) {
                continue;
            }
            if (!canYield(v, mine)) {
                continue;
            }
            Vehicle foe = foeAt(c, v);
            if (foe != null && yields(v, link, mine, foe, c)) {
                v.nextBlocker = foe;
                return mine - YIELD_DISTANCE;
            }
        }
        return Double.POSITIVE_INFINITY;
    }

    /** The foe nearest the crossing point on the crossing's other link, or heading into it; sets {@link #foeDistance}. */
    private Vehicle foeAt(Crossing c, Vehicle v) {
        Drivable b = c.foe();
        for (int i = 0, n = b.size(); i < n; i++) {
            Vehicle f = b.get(i);
            double d = c.there() - f.position;
            if (d < -f.length) {
                continue;
            }
            foeDistance = d;
            return f;
        }
        Vehicle first = b.start.size() == 0 ? null : b.start.get(0);
        if (first != null && first.next() == b && green[b.roadLink] && first != v) {
            foeDistance = b.start.length - first.position + c.there();
            return first;
        }
        return null;
    }

    private boolean yields(Vehicle v, Drivable link, double mine, Vehicle foe, Crossing c) {
        double theirs = foeDistance;
        if (theirs <= 0) {
            // standing on the point, or partly over it
            return !waitsFor(foe, v);
        }
        if (!canYield(foe, theirs)) {
            return !waitsFor(foe, v);
        }
        int rank = rank(link);
        int foeRank = rank(c.foe());
        if (rank > foeRank) {
            return false;
        }
        double myTime = reachTime(v, mine, link.turn);
        double foeTime = reachTime(foe, theirs, c.foe().turn);
        boolean first = rank < foeRank
                ? foeTime > myTime + 1e-9
                : myTime < foeTime - 1e-9 || (Math.abs(myTime - foeTime) <= 1e-9 && v.id < foe.id);
        return !first && !waitsFor(foe, v);
    }

    /** True when {@code foe} waits, through a chain of vehicles each yielding to the next, for {@code v}. */
    private static boolean waitsFor(Vehicle foe, Vehicle v) {
        Vehicle b = foe.blocker;
        for (int hops = 0; b != null && hops < DEADLOCK_HOPS; hops++) {
            if (b == v) {
                return true;
            }
            b = b.blocker;
        }
        return false;
    }

    private static int rank(Drivable link) {
        return link.straight ? 3 : link.left ? 2 : 1;
    }

    /** Whether the vehicle can still stop {@link #YIELD_DISTANCE} before a point {@code distance} metres ahead. */
    private static boolean canYield(Vehicle v, double distance) {
        return distance > 0 && v.speed * v.speed / (2 * v.maxNegAcc) < distance - YIELD_DISTANCE;
    }

    /** Seconds to cover {@code distance} accelerating at its usual rate up to its (turning) speed, in whole steps. */
    private double reachTime(Vehicle v, double distance, boolean turn) {
        double target = turn ? Math.min(v.maxSpeed, Demand.VehicleType.TURN_SPEED) : v.maxSpeed;
        double speed = v.speed;
        double a = v.usualPosAcc;
        double t;
        if (speed >= target) {
            t = distance / Math.max(speed, 1e-9);
        } else {
            double accelerating = (target * target - speed * speed) / (2 * a);
            t = distance <= accelerating
                    ? (Math.sqrt(speed * speed + 2 * a * distance) - speed) / a
                    : (target - speed) / a + (distance - accelerating) / target;
        }
        return Math.ceil(t / dt - 1e-9);
    }
}
