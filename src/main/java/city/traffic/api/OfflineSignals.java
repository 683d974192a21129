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

    /**
     * Emergency preemption, as the live green wave does it: the signal of {@code intersectionId} serves, as soon as
     * it is safe, the phase whose movements include the one from road {@code fromRoadId} into road {@code toRoadId},
     * and keeps it until {@link #release}. Its own state machine keeps the clearances (yellow and all-red are never
     * cut; the current green may be cut to the preemption minimum). Takes effect from the next {@link #tick}.
     *
     * @return false, changing nothing, when the intersection has no signal or no phase of it serves that movement
     */
    boolean preempt(String intersectionId, String fromRoadId, String toRoadId);

    /** Hands a preempted signal back to its controller (nothing happens when it is not preempted). */
    void release(String intersectionId);

    /** Whether the signal of {@code intersectionId} is preempted now. */
    boolean preempted(String intersectionId);
}
