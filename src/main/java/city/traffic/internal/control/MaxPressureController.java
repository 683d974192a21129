package city.traffic.internal.control;

/**
 * Max-pressure control (Varaiya 2013). The pressure of a phase is the sum over its movements of (incoming queue -
 * outgoing queue), optionally weighted by the movement's capacity (lanes x saturation flow / 1,800, which is its
 * lane count at the default saturation flow). Decisions are made every {@code period} seconds of green; the first
 * one comes a full period (and at least the minimum green) after the phase turned green, so each clearance buys a
 * real green. At a decision the phase of highest pressure is chosen if its pressure is strictly higher than the
 * current phase's; among equal ones the lowest index wins. The rule has no maximum green: a phase that keeps the
 * highest pressure keeps the green. Works best on plans of the four through and left pairs, not on eight phases.
 */
public final class MaxPressureController implements Controller {

    public static final int DEFAULT_PERIOD = 10;

    private final int period;
    private final boolean capacityWeighted;
    private long seenGreenSince = Long.MIN_VALUE;
    private long nextDecision;

    /** Every 10 s, unweighted. */
    public MaxPressureController() {
        this(DEFAULT_PERIOD, false);
    }

    public MaxPressureController(int period, boolean capacityWeighted) {
        if (period < 1) {
            throw new IllegalArgumentException("the decision period must be at least 1 s, got " + period);
        }
        this.period = period;
        this.capacityWeighted = capacityWeighted;
    }

    public int period() {
        return period;
    }

    @Override
    public int decide(SignalPlan plan, LiveInputs inputs, int phase, long greenSince, long now) {
        if (greenSince != seenGreenSince) {
            seenGreenSince = greenSince;
            nextDecision = greenSince + Math.max(period, plan.timing().minGreen());
        }
        if (now < nextDecision) {
            return phase;
        }
        nextDecision = now + period;
        return strongest(plan, inputs, phase);
    }

    @Override
    public int firstPhase(SignalPlan plan, LiveInputs inputs) {
        return strongest(plan, inputs, 0);
    }

    private int strongest(SignalPlan plan, LiveInputs inputs, int current) {
        int best = current;
        double bestPressure = pressure(plan, inputs, current, capacityWeighted);
        for (int p = 0; p < plan.phaseCount(); p++) {
            double pressure = pressure(plan, inputs, p, capacityWeighted);
            if (pressure > bestPressure) {
                best = p;
                bestPressure = pressure;
            }
        }
        return best;
    }

    /** The pressure of {@code phase}: sum over its movements of (incoming - outgoing queue), times capacity if asked. */
    public static double pressure(SignalPlan plan, LiveInputs inputs, int phase, boolean capacityWeighted) {
        double sum = 0;
        for (int m : plan.movementsOf(phase)) {
            double difference = inputs.queueIn(m) - inputs.queueOut(m);
            sum += capacityWeighted ? plan.weight(m) * difference : difference;
        }
        return sum;
    }
}
