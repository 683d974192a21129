package city.traffic.api;

/** The signals of a model network, stepped by the model itself: one tick per simulated second. */
public interface OfflineSignals {

    /** What the model's detectors see this second, per road and lane index (0 = the inner lane). */
    interface Lanes {

        /** Vehicles halting on the lane. */
        double queue(String roadId, int lane);

        /** Vehicles that left the lane (crossed its stop line) during the last second. */
        int departed(String roadId, int lane);
    }

    /** Lets every signal decide second {@code second} (strictly increasing) from what the lanes show. */
    void tick(long second, Lanes lanes);

    /** Whether a road link of an intersection is green now (false when the intersection has no signal). */
    boolean green(String intersectionId, int roadLinkIndex);

    /** The signalised intersections' ids. */
    java.util.Set<String> intersections();
}
