package city.platform.geo;

import net.sf.geographiclib.Geodesic;

/** A place on the WGS 84 ellipsoid, in degrees. */
public record GeoPoint(double lat, double lon) {

    public GeoPoint {
        if (!(lat >= -90 && lat <= 90) || !(lon >= -180 && lon <= 180)) {
            throw new IllegalArgumentException("not a place on Earth: " + lat + ", " + lon);
        }
    }

    /** The shortest distance over the ellipsoid, in metres (Karney's geodesic, accurate to nanometres). */
    public double metresTo(GeoPoint other) {
        return Geodesic.WGS84.Inverse(lat, lon, other.lat, other.lon).s12;
    }
}
