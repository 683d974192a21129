package city.traffic.internal.control;

/**
 * Chooses which phase should be green; one instance per intersection (it may keep state). The {@link Signal} asks it
 * once per tick while a phase is green and no override is active, and enforces minimum green and clearance itself: a
 * request to change before the minimum green is ignored and the question is asked again on the next tick, so a
 * controller may be simple. Implementations must not allocate on this path.
 */
public interface Controller {

    /**
     * The phase that should be green from now on: {@code phase} to keep it, another index to change.
     *
     * @param phase the phase green now
     * @param greenSince the second that phase turned green
     */
    int decide(SignalPlan plan, LiveInputs inputs, int phase, long greenSince, long now);

    /** The first phase after the start-up all-red. */
    default int firstPhase(SignalPlan plan, LiveInputs inputs) {
        return 0;
    }
}
