package city.traffic.internal.network;

import city.platform.geo.GeoPoint;
import java.util.Objects;

/**
 * A flat plane tangent to the WGS 84 ellipsoid at an anchor, in metres east (x) and north (y). Degrees are the
 * anchor's plus the offset divided by the ellipsoid's radii of curvature at the anchor's latitude (meridional for
 * north, prime vertical times cos(latitude) for east): an equirectangular projection, exact at the anchor and off by
 * about 0.1 m per kilometre at the edge of a district-sized network, which is good enough for maps and for placing a
 * device on a road, not for surveying.
 */
public record LocalTangentPlane(GeoPoint anchor) {

    /** People's Square, Shanghai: the default city centre. */
    public static final LocalTangentPlane PEOPLES_SQUARE = new LocalTangentPlane(new GeoPoint(31.2304, 121.4737));

    private static final double SEMI_MAJOR_AXIS = 6_378_137.0;
    private static final double FLATTENING = 1 / 298.257223563;
    private static final double ECCENTRICITY_SQUARED = FLATTENING * (2 - FLATTENING);

    public LocalTangentPlane {
        Objects.requireNonNull(anchor, "anchor");
        if (Math.abs(anchor.lat()) > 85) {
            throw new IllegalArgumentException("a flat plane is no use this close to a pole: " + anchor);
        }
    }

    public GeoPoint toGeo(Point p) {
        return new GeoPoint(
                anchor.lat() + Math.toDegrees(p.y() / metresPerRadianNorth()),
                anchor.lon() + Math.toDegrees(p.x() / metresPerRadianEast()));
    }

    public Point toLocal(GeoPoint g) {
        return new Point(
                Math.toRadians(g.lon() - anchor.lon()) * metresPerRadianEast(),
                Math.toRadians(g.lat() - anchor.lat()) * metresPerRadianNorth());
    }

    private double metresPerRadianNorth() {
        double w = w();
        return SEMI_MAJOR_AXIS * (1 - ECCENTRICITY_SQUARED) / (w * w * w);
    }

    private double metresPerRadianEast() {
        return SEMI_MAJOR_AXIS / w() * Math.cos(Math.toRadians(anchor.lat()));
    }

    private double w() {
        double sin = Math.sin(Math.toRadians(anchor.lat()));
        return Math.sqrt(1 - ECCENTRICITY_SQUARED * sin * sin);
    }
}
