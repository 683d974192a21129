package city.traffic.internal;

import city.traffic.internal.control.Controller;
import city.traffic.internal.control.ControllerType;
import city.traffic.internal.control.FixedTimeController;
import city.traffic.internal.control.Movement;
import city.traffic.internal.control.Phase;
import city.traffic.internal.control.Signal;
import city.traffic.internal.control.SignalPlan;
import city.traffic.internal.control.SignalState;
import city.traffic.internal.control.Timing;
import city.traffic.internal.network.Intersection;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The signal of one signalised intersection wired to the network: per movement (the intersection's road links, in
 * order) the incoming road and its lanes, and the road it leads to. The live control loop and offline runs on a
 * model build their signals the same way.
 */
record SignalWiring(Signal signal, Intersection intersection, int[][] inLanes, String[] inRoads, String[] outRoads) {

    /** A signal running the intersection's own plan: its phases, greens, clearance and minimum green. */
    static SignalWiring of(Intersection i) {
        city.traffic.internal.network.SignalPlan np = i.signalPlan().orElseThrow();
        List<city.traffic.internal.network.Movement> ms = i.movements();
        List<Movement> movements = new ArrayList<>();
        int[][] inLanes = new int[ms.size()][];
        String[] inRoads = new String[ms.size()];
        String[] outRoads = new String[ms.size()];
        for (int m = 0; m < ms.size(); m++) {
            city.traffic.internal.network.Movement mv = ms.get(m);
            inLanes[m] = mv.fromLanes().stream()
                    .distinct()
                    .mapToInt(Integer::intValue)
                    .toArray();
            inRoads[m] = mv.fromRoad();
            outRoads[m] = mv.toRoad();
            movements.add(new Movement(Math.max(1, inLanes[m].length), mv.toRoad()));
        }
        Set<Integer> served = new HashSet<>();
        np.phases().forEach(p -> served.addAll(p.movements()));
        List<Integer> always = new ArrayList<>();
        for (int m = 0; m < ms.size(); m++) {
            if (!served.contains(m)) {
                always.add(m);
            }
        }
        List<Phase> phases = new ArrayList<>();
        int[] greens = new int[np.phases().size()];
        int longest = 0;
        for (int p = 0; p < np.phases().size(); p++) {
            List<Integer> mv = new ArrayList<>(np.phases().get(p).movements());
            always.forEach(a -> {
                if (!mv.contains(a)) {
                    mv.add(a);
                }
            });
            phases.add(new Phase("P" + p, mv));
            greens[p] = np.phases().get(p).greenSeconds();
            longest = Math.max(longest, greens[p]);
        }
        int yellow = Math.max(3, Math.min(6, np.clearance().yellowSeconds()));
        int allRed = Math.max(0, Math.min(6, np.clearance().allRedSeconds()));
        int minGreen = Math.max(
                1, Math.min(np.minGreenSeconds(), Arrays.stream(greens).min().orElse(10)));
        SignalPlan plan =
                new SignalPlan(i.id(), movements, phases, new Timing(minGreen, Math.max(60, longest), yellow, allRed));
        Signal signal = new Signal(plan, FixedTimeController.of(plan, greens));
        return new SignalWiring(signal, i, inLanes, inRoads, outRoads);
    }

    /** Whether the signal shows green to a movement (road link) now; false for a movement it does not have. */
    boolean green(int movement) {
        SignalState s = signal.state();
        return s != null && movement >= 0 && movement < inRoads.length && s.isGreen(movement);
    }

    /**
     * The phase that gives green to the movement from road {@code fromRoad} into road {@code toRoad} (the first such
     * phase of the plan), or -1 when the intersection has no such movement or no phase serves it. What a green wave
     * preempts, live ({@link EmergencyTrips}) and offline ({@link OfflineSignalNetwork}).
     */
    int phaseServing(String fromRoad, String toRoad) {
        for (int m = 0; m < inRoads.length; m++) {
            if (inRoads[m].equals(fromRoad) && outRoads[m].equals(toRoad)) {
                for (int p = 0; p < signal.plan().phaseCount(); p++) {
                    if ((signal.plan().phaseMask(p) & (1L << m)) != 0) {
                        return p;
                    }
                }
            }
        }
        return -1;
    }

    /** A controller of the given kind for this signal. */
    Controller controller(SignalControl.Mode mode) {
        SignalPlan plan = signal.plan();
        return switch (mode) {
            case PLAN ->
                FixedTimeController.of(
                        plan,
                        intersection.signalPlan().orElseThrow().phases().stream()
                                .mapToInt(p -> p.greenSeconds())
                                .toArray());
            case WEBSTER -> ControllerType.FIXED_TIME.create(plan);
            case ACTUATED -> ControllerType.ACTUATED.create(plan);
            case MAX_PRESSURE -> ControllerType.MAX_PRESSURE.create(plan);
        };
    }
}
