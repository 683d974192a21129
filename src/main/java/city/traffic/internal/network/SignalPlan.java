package city.traffic.internal.network;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.IntStream;

/**
 * The signal of one intersection: its green phases, the clearance between them, the minimum green a controller must
 * respect, and where clearances stand in the fixed-time cycle. The cycle is the sequence a fixed-time controller (and
 * CityFlow) runs: phases in order, with a clearance at each of the clearance slots (positions in the cycle, counted
 * over phases and clearances together). {@code [0]} is the Jinan layout (one clearance, then every phase); after each
 * phase is {@code [1, 3, 5, ...]}.
 */
public record SignalPlan(List<Phase> phases, Clearance clearance, int minGreenSeconds, List<Integer> clearanceSlots) {

    public SignalPlan {
        phases = List.copyOf(phases);
        Objects.requireNonNull(clearance, "clearance");
        clearanceSlots = List.copyOf(clearanceSlots);
        if (phases.isEmpty()) {
            throw new IllegalArgumentException("a signal needs at least one phase");
        }
        for (int i = 0; i < phases.size(); i++) {
            Phase p = phases.get(i);
            if (p.index() != i) {
                throw new IllegalArgumentException("phase at position " + i + " has index " + p.index());
            }
            if (p.greenSeconds() < minGreenSeconds) {
                throw new IllegalArgumentException("phase " + i + ": " + p.greenSeconds() + " s is shorter than the "
                        + minGreenSeconds + " s minimum green");
            }
        }
        if (minGreenSeconds < 0) {
            throw new IllegalArgumentException("minimum green must not be negative: " + minGreenSeconds);
        }
        int cycleLength = phases.size() + clearanceSlots.size();
        for (int i = 0; i < clearanceSlots.size(); i++) {
            int slot = clearanceSlots.get(i);
            if (slot < 0 || slot >= cycleLength || (i > 0 && slot <= clearanceSlots.get(i - 1))) {
                throw new IllegalArgumentException(
                        "clearance slots must ascend within 0.." + (cycleLength - 1) + ": " + clearanceSlots);
            }
        }
        if (!clearanceSlots.isEmpty() && clearance.seconds() == 0) {
            throw new IllegalArgumentException("a cycle with clearance slots needs a clearance time");
        }
    }

    /** One clearance after each phase: the usual fixed-time plan. */
    public static SignalPlan withClearanceAfterEachPhase(List<Phase> phases, Clearance clearance, int minGreenSeconds) {
        List<Integer> slots =
                IntStream.range(0, phases.size()).map(i -> 2 * i + 1).boxed().toList();
        return new SignalPlan(phases, clearance, minGreenSeconds, slots);
    }

    /** A step of the fixed-time cycle: a green phase, or a clearance when {@code phase} is null. */
    public record Step(Phase phase, int seconds) {

        public boolean isClearance() {
            return phase == null;
        }
    }

    public List<Step> cycle() {
        List<Step> steps = new ArrayList<>(phases.size() + clearanceSlots.size());
        int next = 0;
        for (int position = 0; position < phases.size() + clearanceSlots.size(); position++) {
            if (clearanceSlots.contains(position)) {
                steps.add(new Step(null, clearance.seconds()));
            } else {
                Phase p = phases.get(next++);
                steps.add(new Step(p, p.greenSeconds()));
            }
        }
        return steps;
    }

    public int cycleSeconds() {
        return cycle().stream().mapToInt(Step::seconds).sum();
    }

    /** The position of a phase in the cycle: CityFlow's light phase index, for {@code set_tl_phase}. */
    public int cyclePosition(Phase phase) {
        int position = phase.index();
        for (int slot : clearanceSlots) {
            if (slot <= position) {
                position++;
            }
        }
        return position;
    }
}
