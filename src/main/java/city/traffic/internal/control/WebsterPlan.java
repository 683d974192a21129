package city.traffic.internal.control;

/**
 * A fixed-time plan computed by {@link Webster}: per phase the critical flow ratio y and the displayed green (s);
 * their sum Y, the lost time L, the design cycle C0 and the clearance (yellow + all-red) of each change of phase.
 */
public record WebsterPlan(
        double[] criticalRatios, double totalRatio, double lostTime, double cycle, double clearance, double[] greens) {

    public WebsterPlan {
        criticalRatios = criticalRatios.clone();
        greens = greens.clone();
    }

    @Override
    public double[] criticalRatios() {
        return criticalRatios.clone();
    }

    @Override
    public double[] greens() {
        return greens.clone();
    }

    public double green(int phase) {
        return greens[phase];
    }

    /** The cycle as run: all greens plus one clearance per phase; above C0 only when minimum greens forced it. */
    public double runningCycle() {
        double sum = 0;
        for (double g : greens) {
            sum += g + clearance;
        }
        return sum;
    }
}
