package city.traffic.internal.control;

import java.util.Arrays;

/**
 * Fixed-time control: the phases in order, each for its green (whole seconds), then a clearance. The greens are
 * given, computed once by {@link Webster} from design flows, or recomputed by Webster at the start of each cycle
 * (when phase 0 turns green) from the measured flows and the weather of that moment.
 */
public final class FixedTimeController implements Controller {

    private final int[] greens;
    private final double[] measuredFlows;
    private long cycleStart = Long.MIN_VALUE;

    private FixedTimeController(int[] greens, boolean fromMeasuredFlows, int movements) {
        this.greens = greens;
        this.measuredFlows = fromMeasuredFlows ? new double[movements] : null;
    }

    /** Given greens (s), one per phase of {@code plan}. */
    public static FixedTimeController of(SignalPlan plan, int... greens) {
        if (greens.length != plan.phaseCount()) {
            throw new IllegalArgumentException("one green per phase: " + plan.phaseCount() + ", got " + greens.length);
        }
        for (int g : greens) {
            if (g < 1) {
                throw new IllegalArgumentException("greens must be at least 1 s, got " + g);
            }
        }
        return new FixedTimeController(greens.clone(), false, plan.movementCount());
    }

    /** Webster's greens for design flows (veh/h per movement) in clear weather. */
    public static FixedTimeController webster(SignalPlan plan, double[] designFlows) {
        FixedTimeController c = new FixedTimeController(new int[plan.phaseCount()], false, plan.movementCount());
        c.apply(Webster.plan(plan, designFlows, Weather.CLEAR));
        return c;
    }

    /** Webster's greens, recomputed each cycle from the measured flows. */
    public static FixedTimeController websterFromMeasuredFlows(SignalPlan plan) {
        FixedTimeController c = new FixedTimeController(new int[plan.phaseCount()], true, plan.movementCount());
        c.apply(Webster.plan(plan, new double[plan.movementCount()], Weather.CLEAR));
        return c;
    }

    /** The green of a phase in the current cycle, s. */
    public int green(int phase) {
        return greens[phase];
    }

    @Override
    public int decide(SignalPlan plan, LiveInputs inputs, int phase, long greenSince, long now) {
        if (measuredFlows != null && phase == 0 && greenSince != cycleStart) {
            cycleStart = greenSince;
            for (int m = 0; m < measuredFlows.length; m++) {
                measuredFlows[m] = inputs.flow(m);
            }
            apply(Webster.plan(plan, measuredFlows, inputs.weather()));
        }
        return now - greenSince >= greens[phase] ? (phase + 1) % greens.length : phase;
    }

    private void apply(WebsterPlan plan) {
        for (int p = 0; p < greens.length; p++) {
            greens[p] = (int) Math.round(plan.green(p));
        }
    }

    @Override
    public String toString() {
        return "FixedTimeController" + Arrays.toString(greens);
    }
}
