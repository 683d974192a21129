package city.traffic.internal.control;

/**
 * Actuated control. After the minimum green the green is extended while a detector of the phase saw a vehicle
 * within the last {@code unitExtension} seconds; it ends when no vehicle came for that long (gap-out) or at the
 * maximum green (max-out), counted from the start of green. Then the signal moves to the next phase in order that
 * has demand (a queue, or a detection within the unit extension, on a movement the current phase does not already
 * serve); phases without demand are skipped, and with no demand elsewhere the green rests on the current phase.
 * Movements green in every phase are ignored for extension, since they never stop.
 */
public final class ActuatedController implements Controller {

    public static final int DEFAULT_UNIT_EXTENSION = 3;

    private final int unitExtension;

    public ActuatedController() {
        this(DEFAULT_UNIT_EXTENSION);
    }

    public ActuatedController(int unitExtension) {
        if (unitExtension < 1) {
            throw new IllegalArgumentException("the unit extension must be at least 1 s, got " + unitExtension);
        }
        this.unitExtension = unitExtension;
    }

    public int unitExtension() {
        return unitExtension;
    }

    @Override
    public int decide(SignalPlan plan, LiveInputs inputs, int phase, long greenSince, long now) {
        long elapsed = now - greenSince;
        Timing timing = plan.timing();
        if (elapsed < timing.minGreen()) {
            return phase;
        }
        if (elapsed < timing.maxGreen()
                && anyDetection(inputs, plan.phaseMask(phase) & ~plan.alwaysServedMask(), now)) {
            return phase;
        }
        long current = plan.phaseMask(phase);
        int n = plan.phaseCount();
        for (int i = 1; i < n; i++) {
            int candidate = (phase + i) % n;
            if (hasDemand(inputs, plan.phaseMask(candidate) & ~current, now)) {
                return candidate;
            }
        }
        return phase;
    }

    private boolean anyDetection(LiveInputs inputs, long movements, long now) {
        for (long rest = movements; rest != 0; rest &= rest - 1) {
            if (inputs.detectedWithin(Long.numberOfTrailingZeros(rest), now, unitExtension)) {
                return true;
            }
        }
        return false;
    }

    private boolean hasDemand(LiveInputs inputs, long movements, long now) {
        for (long rest = movements; rest != 0; rest &= rest - 1) {
            int m = Long.numberOfTrailingZeros(rest);
            if (inputs.queueIn(m) > 0 || inputs.detectedWithin(m, now, unitExtension)) {
                return true;
            }
        }
        return false;
    }
}
