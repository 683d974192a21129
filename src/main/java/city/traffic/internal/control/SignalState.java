package city.traffic.internal.control;

/**
 * What a signal shows during one second. {@code phase} is the phase green now or, in a clearance, the one being left
 * (-1 before the first green); {@code nextPhase} is the phase a clearance leads to (-1 when green). Movement sets are
 * bit masks (bit i = movement i); a movement that is neither green nor yellow is red. {@code since} is the second
 * the current stage began and {@code until} the second it ends ({@link Long#MAX_VALUE} for green, whose end is not
 * decided in advance).
 */
public record SignalState(
        int phase,
        int nextPhase,
        Stage stage,
        Control control,
        long greenMask,
        long yellowMask,
        long since,
        long until) {

    /** The stage of the signal as a whole. */
    public enum Stage {
        GREEN,
        YELLOW,
        ALL_RED
    }

    /** Who chose the phase being served or approached. */
    public enum Control {
        CONTROLLER,
        FORCED_PLAN,
        OPERATOR_HOLD,
        PREEMPTION
    }

    /** The light of one movement. */
    public enum Light {
        GREEN,
        YELLOW,
        RED
    }

    public Light light(int movement) {
        long bit = 1L << movement;
        if ((greenMask & bit) != 0) {
            return Light.GREEN;
        }
        return (yellowMask & bit) != 0 ? Light.YELLOW : Light.RED;
    }

    public boolean isGreen(int movement) {
        return (greenMask & (1L << movement)) != 0;
    }

    public boolean isYellow(int movement) {
        return (yellowMask & (1L << movement)) != 0;
    }

    public boolean isRed(int movement) {
        return ((greenMask | yellowMask) & (1L << movement)) == 0;
    }
}
