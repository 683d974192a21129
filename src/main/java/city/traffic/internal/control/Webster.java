package city.traffic.internal.control;

/**
 * Webster's fixed-time plan.
 *
 * <ul>
 *   <li>Critical flow ratio of a phase: y = max over its movements of flow / (lanes x saturation flow); movements
 *       green in every phase are left out, as they never hold up the cycle. Y = sum of y over the phases.
 *   <li>Lost time L: number of phases x (yellow + all-red) unless given.
 *   <li>Cycle C0 = (1.5 L + 5) / (1 - Y), clamped to [40, 180] s; Y at or above 0.9 gives 180 s.
 *   <li>Effective green C0 - L, split in proportion to y (equally when all y are 0). Each phase loses L / n of its
 *       green plus clearance, so its displayed green is effective green + L / n - (yellow + all-red); with the
 *       default L the two are equal. A phase below the minimum green gets the minimum and the others share what is
 *       left, again in proportion to y; when the minimums alone exceed the cycle, the cycle grows.
 * </ul>
 */
public final class Webster {

    public static final double MIN_CYCLE = 40;
    public static final double MAX_CYCLE = 180;
    /** From this total flow ratio on, the intersection is saturated and gets the maximum cycle. */
    public static final double SATURATED_RATIO = 0.9;

    private Webster() {}

    /** C0 = (1.5 L + 5) / (1 - Y), clamped to [40, 180] s; 180 s when Y >= 0.9. */
    public static double cycle(double lostTime, double totalRatio) {
        if (totalRatio >= SATURATED_RATIO) {
            return MAX_CYCLE;
        }
        double c = (1.5 * lostTime + 5) / (1 - totalRatio);
        return Math.max(MIN_CYCLE, Math.min(MAX_CYCLE, c));
    }

    /** y of one phase for the given flows per movement (veh/h). */
    public static double criticalRatio(SignalPlan plan, int phase, double[] flows) {
        if (flows.length != plan.movementCount()) {
            throw new IllegalArgumentException(
                    "one flow per movement: " + plan.movementCount() + ", got " + flows.length);
        }
        double y = 0;
        long always = plan.alwaysServedMask();
        for (int m : plan.movementsOf(phase)) {
            if ((always & (1L << m)) == 0) {
                y = Math.max(y, Math.max(0, flows[m]) / plan.saturationFlow(m));
            }
        }
        return y;
    }

    /** The plan for these flows (veh/h per movement), with L = phases x (yellow + all-red) in this weather. */
    public static WebsterPlan plan(SignalPlan plan, double[] flows, Weather weather) {
        return plan(
                plan, flows, weather, plan.phaseCount() * (double) plan.timing().clearanceIn(weather));
    }

    /** The plan for these flows with a lost time of its own. */
    public static WebsterPlan plan(SignalPlan plan, double[] flows, Weather weather, double lostTime) {
        double[] ratios = new double[plan.phaseCount()];
        for (int p = 0; p < ratios.length; p++) {
            ratios[p] = criticalRatio(plan, p, flows);
        }
        return plan(
                ratios,
                lostTime,
                plan.timing().clearanceIn(weather),
                plan.timing().minGreen());
    }

    /** The plan from critical flow ratios, lost time, clearance per change of phase and minimum green (s). */
    public static WebsterPlan plan(double[] criticalRatios, double lostTime, double clearance, double minGreen) {
        int n = criticalRatios.length;
        if (n == 0 || lostTime < 0 || clearance < 0 || minGreen < 0) {
            throw new IllegalArgumentException("need phases and non-negative lost time, clearance and minimum green");
        }
        double total = 0;
        for (double y : criticalRatios) {
            if (!(y >= 0)) {
                throw new IllegalArgumentException("flow ratios must be non-negative, got " + y);
            }
            total += y;
        }
        double cycle = cycle(lostTime, total);
        double offset = lostTime / n - clearance;
        double minEffective = Math.max(0, minGreen - offset);
        double[] effective = split(criticalRatios, cycle - lostTime, minEffective);
        double[] greens = new double[n];
        for (int p = 0; p < n; p++) {
            greens[p] = Math.max(minGreen, effective[p] + offset);
        }
        return new WebsterPlan(criticalRatios, total, lostTime, cycle, clearance, greens);
    }

    private static double[] split(double[] ratios, double available, double minimum) {
        int n = ratios.length;
        double[] green = new double[n];
        boolean[] atMinimum = new boolean[n];
        boolean changed = true;
        while (changed) {
            changed = false;
            double left = available;
            double ratioSum = 0;
            int free = 0;
            for (int p = 0; p < n; p++) {
                if (atMinimum[p]) {
                    left -= minimum;
                } else {
                    ratioSum += ratios[p];
                    free++;
                }
            }
            if (free == 0) {
                break;
            }
            for (int p = 0; p < n; p++) {
                if (!atMinimum[p]) {
                    green[p] = ratioSum > 0 ? left * ratios[p] / ratioSum : left / free;
                }
            }
            for (int p = 0; p < n; p++) {
                if (!atMinimum[p] && green[p] < minimum) {
                    atMinimum[p] = true;
                    green[p] = minimum;
                    changed = true;
                }
            }
        }
        return green;
    }
}
