package city.simulation.traffic.signals;

import city.simulation.traffic.Network;
import city.simulation.traffic.Network.Intersection;
import city.simulation.traffic.Network.Phase;
import city.simulation.traffic.Network.RoadLink;
import city.simulation.traffic.Observations;
import city.simulation.traffic.Signals;
import java.util.ArrayList;
import java.util.List;

/**
 * Max-pressure control (Varaiya 2013) over the network file's phases, for offline evaluation.
 *
 * <p>The pressure of a road link is the queue (halting vehicles) on the lanes it starts from less the mean queue per
 * lane on the lanes it leads into, times the number of its incoming lanes; a phase's pressure is the sum over the links
 * it lets go, leaving out those green in every phase (right turns), which weigh the same everywhere. Every {@code
 * period} seconds of green, starting once the phase has had {@code minGreen}, the controller picks the phase of highest
 * pressure; it changes only for a strictly higher one (ties go to the lower phase index). A change passes through the
 * clearance: the file's clearance phase (one of at most 10 s that lets only right turns go), or, when the file has
 * none, {@code clearanceSeconds} showing only the links green in every phase. The first phase, at time 0, is chosen
 * the same way, without clearance.
 *
 * <p>Which phases it chooses among: {@link PhaseSet#ALL} the file's phases other than the clearance, or {@link
 * PhaseSet#PAIRS} only those whose movements are of one kind (two throughs, or two lefts: the classic four phases),
 * falling back to all when fewer than two are.
 */
public final class MaxPressure implements Signals {

    /** The phases a controller chooses among. */
    public enum PhaseSet {
        ALL,
        PAIRS
    }

    /** Settings; {@link #DEFAULT} is the one measured in docs/benchmarks.md. */
    public record Options(double period, double minGreen, PhaseSet phases, double clearanceSeconds) {

        public static final Options DEFAULT = new Options(10, 10, PhaseSet.PAIRS, 5);

        public Options {
            if (!(period > 0) || minGreen < 0 || clearanceSeconds < 0) {
                throw new IllegalArgumentException("period must be positive, minGreen and clearance not negative");
            }
        }
    }

    private final Network network;
    private final Options options;
    private final Control[] controls;

    public MaxPressure(Network network, Options options) {
        this.network = network;
        this.options = options;
        controls = new Control[network.intersections().size()];
        for (Intersection x : network.intersections()) {
            if (x.signalised()) {
                controls[x.index()] = new Control(x, options);
            }
        }
    }

    public MaxPressure(Network network) {
        this(network, Options.DEFAULT);
    }

    @Override
    public void step(double time, Observations observations) {
        for (Control c : controls) {
            if (c != null) {
                c.step(time, observations);
            }
        }
    }

    @Override
    public boolean green(String intersectionId, int roadLinkIndex) {
        Control c = controls[network.intersectionIndex(intersectionId)];
        return c != null && c.green(roadLinkIndex);
    }

    public Options options() {
        return options;
    }

    /** The signal of one intersection. */
    private static final class Control {
        private final Options options;
        private final boolean[][] phases;
        private final boolean[] clearance;
        private final double clearanceTime;
        private final int[][] in;
        private final int[][] out;
        private boolean started;
        private int current;
        private int next = -1;
        private double clearUntil;
        private double nextDecision;

        Control(Intersection x, Options options) {
            this.options = options;
            int links = x.roadLinks().size();
            int clearancePhase = -1;
            for (int p = 0; p < x.phases().size() && clearancePhase < 0; p++) {
                Phase phase = x.phases().get(p);
                if (phase.seconds() <= 10 && phase.roadLinks().stream().allMatch(l -> isRight(x, l))) {
                    clearancePhase = p;
                }
            }
            clearance = new boolean[links];
            for (int l = 0; l < links; l++) {
                final int link = l;
                clearance[l] = clearancePhase >= 0
                        ? x.phases().get(clearancePhase).allows(l)
                        : x.phases().stream().allMatch(p -> p.allows(link));
            }
            clearanceTime = clearancePhase >= 0 ? x.phases().get(clearancePhase).seconds() : options.clearanceSeconds();
            List<boolean[]> all = new ArrayList<>();
            List<boolean[]> pairs = new ArrayList<>();
            for (int p = 0; p < x.phases().size(); p++) {
                Phase phase = x.phases().get(p);
                if (p == clearancePhase || phase.seconds() <= 0) {
                    continue;
                }
                boolean[] allows = new boolean[links];
                phase.roadLinks().forEach(l -> allows[l] = true);
                all.add(allows);
                if (phase.roadLinks().stream()
                                .filter(l -> !clearance[l])
                                .map(l -> x.roadLinks().get(l).turn())
                                .distinct()
                                .count()
                        == 1) {
                    pairs.add(allows);
                }
            }
            List<boolean[]> chosen = options.phases() == PhaseSet.PAIRS && pairs.size() >= 2 ? pairs : all;
            phases = chosen.toArray(new boolean[0][]);
            in = new int[links][];
            out = new int[links][];
            for (RoadLink link : x.roadLinks()) {
                in[link.index()] =
                        link.startLanes().stream().mapToInt(Integer::intValue).toArray();
                out[link.index()] =
                        link.endLanes().stream().mapToInt(Integer::intValue).toArray();
            }
        }

        private static boolean isRight(Intersection x, int link) {
            return x.roadLinks().get(link).turn() == Network.Turn.RIGHT;
        }

        void step(double time, Observations o) {
            if (phases.length == 0) {
                return;
            }
            if (!started) {
                started = true;
                current = strongest(o, 0);
                greenFrom(time);
                return;
            }
            if (next >= 0) {
                if (time >= clearUntil - 1e-9) {
                    current = next;
                    next = -1;
                    greenFrom(time);
                }
                return;
            }
            if (time < nextDecision - 1e-9) {
                return;
            }
            int best = strongest(o, current);
            if (best == current) {
                nextDecision = time + options.period();
            } else if (clearanceTime > 0) {
                next = best;
                clearUntil = time + clearanceTime;
            } else {
                current = best;
                greenFrom(time);
            }
        }

        private void greenFrom(double time) {
            nextDecision = time + Math.max(options.period(), options.minGreen());
        }

        boolean green(int link) {
            return next >= 0 ? clearance[link] : phases.length == 0 || phases[current][link];
        }

        private int strongest(Observations o, int keep) {
            int best = keep;
            double bestPressure = pressure(o, keep);
            for (int p = 0; p < phases.length; p++) {
                double pressure = pressure(o, p);
                if (pressure > bestPressure + 1e-9) {
                    best = p;
                    bestPressure = pressure;
                }
            }
            return best;
        }

        private double pressure(Observations o, int phase) {
            double sum = 0;
            boolean[] allows = phases[phase];
            for (int l = 0; l < allows.length; l++) {
                if (!allows[l] || clearance[l]) {
                    continue;
                }
                double queueIn = 0;
                for (int lane : in[l]) {
                    queueIn += o.halting(lane);
                }
                double queueOut = 0;
                for (int lane : out[l]) {
                    queueOut += o.halting(lane);
                }
                sum += queueIn - queueOut / out[l].length * in[l].length;
            }
            return sum;
        }
    }
}
