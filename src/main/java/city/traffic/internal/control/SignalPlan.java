package city.traffic.internal.control;

import java.util.List;
import java.util.Objects;

/**
 * The controller's view of one intersection: its movements, its phases and its timing. Immutable. Two movements
 * conflict when no phase serves both. At most {@value #MAX_MOVEMENTS} movements, since sets of movements are bit
 * masks on the tick path.
 */
public final class SignalPlan {

    public static final int MAX_MOVEMENTS = 64;

    private final String intersectionId;
    private final List<Movement> movements;
    private final List<Phase> phases;
    private final Timing timing;

    private final int[][] phaseMovements;
    private final long[] phaseMasks;
    private final long alwaysServed;
    private final double[] weights;
    private final double[] saturationFlows;

    public SignalPlan(String intersectionId, List<Movement> movements, List<Phase> phases, Timing timing) {
        this.intersectionId = Objects.requireNonNull(intersectionId, "intersectionId");
        this.movements = List.copyOf(movements);
        this.phases = List.copyOf(phases);
        this.timing = Objects.requireNonNull(timing, "timing");
        int m = this.movements.size();
        if (m < 1 || m > MAX_MOVEMENTS) {
            throw new IllegalArgumentException(intersectionId + ": 1.." + MAX_MOVEMENTS + " movements, got " + m);
        }
        if (this.phases.isEmpty()) {
            throw new IllegalArgumentException(intersectionId + ": a signal plan needs at least one phase");
        }
        phaseMovements = new int[this.phases.size()][];
        phaseMasks = new long[this.phases.size()];
        long served = 0;
        long always = -1L;
        for (int p = 0; p < this.phases.size(); p++) {
            List<Integer> list = this.phases.get(p).movements();
            phaseMovements[p] = new int[list.size()];
            for (int i = 0; i < list.size(); i++) {
                int movement = list.get(i);
                if (movement < 0 || movement >= m) {
                    throw new IllegalArgumentException(
                            intersectionId + ": phase " + p + " names movement " + movement + ", but there are " + m);
                }
                phaseMovements[p][i] = movement;
                phaseMasks[p] |= 1L << movement;
            }
            for (int q = 0; q < p; q++) {
                if (phaseMasks[q] == phaseMasks[p]) {
                    throw new IllegalArgumentException(intersectionId + ": phases " + q + " and " + p + " are equal");
                }
            }
            served |= phaseMasks[p];
            always &= phaseMasks[p];
        }
        long all = m == 64 ? -1L : (1L << m) - 1;
        if (served != all) {
            throw new IllegalArgumentException(intersectionId + ": movements " + Long.toBinaryString(all & ~served)
                    + " (bit mask) are in no phase");
        }
        alwaysServed = this.phases.size() > 1 ? always : 0L;
        weights = new double[m];
        saturationFlows = new double[m];
        for (int i = 0; i < m; i++) {
            Movement mv = this.movements.get(i);
            saturationFlows[i] = mv.saturationFlow();
            weights[i] = mv.saturationFlow() / Movement.DEFAULT_SATURATION_FLOW;
        }
    }

    public String intersectionId() {
        return intersectionId;
    }

    public List<Movement> movements() {
        return movements;
    }

    public List<Phase> phases() {
        return phases;
    }

    public Timing timing() {
        return timing;
    }

    public int movementCount() {
        return movements.size();
    }

    public int phaseCount() {
        return phases.size();
    }

    /** The movements of a phase as a bit mask (bit i = movement i). */
    public long phaseMask(int phase) {
        return phaseMasks[phase];
    }

    /** Movements green in every phase (permitted right turns, say); none when the plan has a single phase. */
    public long alwaysServedMask() {
        return alwaysServed;
    }

    /** True when no phase serves both movements, so they may never be green together. */
    public boolean conflicting(int a, int b) {
        long both = (1L << a) | (1L << b);
        for (long mask : phaseMasks) {
            if ((mask & both) == both) {
                return false;
            }
        }
        return true;
    }

    /** The movement indices of a phase; the array is shared, do not modify it. */
    int[] movementsOf(int phase) {
        return phaseMovements[phase];
    }

    /** A movement's capacity weight for pressure: lanes x saturation flow / 1,800 (its lane count by default). */
    double weight(int movement) {
        return weights[movement];
    }

    /** A movement's saturation flow over all its lanes, veh/h. */
    double saturationFlow(int movement) {
        return saturationFlows[movement];
    }

    void checkPhase(int phase) {
        if (phase < 0 || phase >= phaseMasks.length) {
            throw new IllegalArgumentException(
                    intersectionId + ": no phase " + phase + " (there are " + phaseMasks.length + ")");
        }
    }

    @Override
    public String toString() {
        return "SignalPlan[" + intersectionId + ", " + movements.size() + " movements, " + phases.size() + " phases]";
    }
}
