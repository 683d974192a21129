package city.traffic.internal.control;

/** The weather a signal reads when it starts a clearance; see {@link #adverse()} for what lengthens it. */
public record Weather(double precipitationMmPerHour, double visibilityMetres) {

    /** Rain heavier than this (mm/h) is adverse. */
    public static final double RAIN_THRESHOLD = 2.0;
    /** Visibility below this (m) is adverse. */
    public static final double VISIBILITY_THRESHOLD = 200.0;

    public static final Weather CLEAR = new Weather(0, Double.POSITIVE_INFINITY);

    public Weather {
        if (!(precipitationMmPerHour >= 0) || !(visibilityMetres >= 0)) {
            throw new IllegalArgumentException("precipitation and visibility must be non-negative numbers");
        }
    }

    /** Rain over 2 mm/h or visibility under 200 m: each clearance gets 1 s more yellow and 1 s more all-red. */
    public boolean adverse() {
        return precipitationMmPerHour > RAIN_THRESHOLD || visibilityMetres < VISIBILITY_THRESHOLD;
    }
}
