package city.traffic.internal.control;

import java.util.ArrayList;
import java.util.List;

/** Signal plans for the tests. */
final class Plans {

    /** Approaches of the four-leg intersection, clockwise. */
    static final int NORTH = 0, EAST = 1, SOUTH = 2, WEST = 3;

    private Plans() {}

    static int left(int approach) {
        return 3 * approach;
    }

    static int through(int approach) {
        return 3 * approach + 1;
    }

    static int right(int approach) {
        return 3 * approach + 2;
    }

    /**
     * A four-leg intersection: 12 movements (left, through, right of each approach; 1 lane for lefts and rights, 2
     * for throughs) and the four phases of the CityFlow lessons: 0 north-south through, 1 north-south left, 2
     * east-west through, 3 east-west left. Right turns are green in every phase.
     */
    static SignalPlan fourLeg(String id, Timing timing) {
        List<Movement> movements = new ArrayList<>();
        for (int a = 0; a < 4; a++) {
            movements.add(new Movement(1, "road-" + id + "-" + ((a + 1) % 4)));
            movements.add(new Movement(2, "road-" + id + "-" + ((a + 2) % 4)));
            movements.add(new Movement(1, "road-" + id + "-" + ((a + 3) % 4)));
        }
        int[] rights = {right(NORTH), right(EAST), right(SOUTH), right(WEST)};
        List<Phase> phases = List.of(
                phase("NS through", rights, through(NORTH), through(SOUTH)),
                phase("NS left", rights, left(NORTH), left(SOUTH)),
                phase("EW through", rights, through(EAST), through(WEST)),
                phase("EW left", rights, left(EAST), left(WEST)));
        return new SignalPlan(id, movements, phases, timing);
    }

    /** Two conflicting movements, one per phase. */
    static SignalPlan twoPhase(Timing timing) {
        return new SignalPlan(
                "two",
                List.of(new Movement(1, "out-a"), new Movement(1, "out-b")),
                List.of(Phase.of("A", 0), Phase.of("B", 1)),
                timing);
    }

    /** {@code n} single-lane movements, one per phase. */
    static SignalPlan singles(int n, Timing timing) {
        List<Movement> movements = new ArrayList<>();
        List<Phase> phases = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            movements.add(new Movement(1, "out-" + i));
            phases.add(Phase.of("P" + i, i));
        }
        return new SignalPlan("singles", movements, phases, timing);
    }

    private static Phase phase(String name, int[] shared, int... own) {
        int[] all = new int[shared.length + own.length];
        System.arraycopy(own, 0, all, 0, own.length);
        System.arraycopy(shared, 0, all, own.length, shared.length);
        return Phase.of(name, all);
    }

    /** Puts {@code vehicles} on the incoming lanes of every movement of {@code phase} except the shared ones. */
    static void queueOn(SignalPlan plan, LiveInputs in, int phase, double vehicles) {
        for (int m : plan.movementsOf(phase)) {
            if ((plan.alwaysServedMask() & (1L << m)) == 0) {
                in.setQueueIn(m, vehicles);
            }
        }
    }
}
