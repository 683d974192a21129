package city.traffic.internal.network;

/**
 * One lane of a road: width in metres, top speed in m/s. A road's lanes are numbered as CityFlow numbers them: lane 0
 * is the innermost (next to the centre line, where left turns leave from), the last is the kerb lane.
 */
public record Lane(double width, double maxSpeed) {

    public Lane {
        if (!(width > 0) || !Double.isFinite(width)) {
            throw new IllegalArgumentException("lane width must be positive: " + width);
        }
        if (!(maxSpeed > 0) || !Double.isFinite(maxSpeed)) {
            throw new IllegalArgumentException("lane speed must be positive: " + maxSpeed);
        }
    }
}
