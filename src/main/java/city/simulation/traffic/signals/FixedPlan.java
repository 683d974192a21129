package city.simulation.traffic.signals;

import city.simulation.traffic.Network;
import city.simulation.traffic.Network.Intersection;
import city.simulation.traffic.Network.Phase;
import city.simulation.traffic.Observations;
import city.simulation.traffic.Signals;

/**
 * The network file's own plan, as CityFlow runs it with its lights not under control: every signalised intersection
 * cycles through its light phases in the file's order, each for its {@code time}, all starting with phase 0 at time 0.
 * Phases of 0 s are skipped.
 */
public final class FixedPlan implements Signals {

    private final Network network;
    /** Per intersection: per phase, the road links it lets go; null for intersections without a signal. */
    private final boolean[][][] allows;

    private final double[][] ends;
    private final int[] current;

    public FixedPlan(Network network) {
        this.network = network;
        int n = network.intersections().size();
        allows = new boolean[n][][];
        ends = new double[n][];
        current = new int[n];
        for (Intersection x : network.intersections()) {
            if (!x.signalised()) {
                continue;
            }
            int i = x.index();
            allows[i] = new boolean[x.phases().size()][x.roadLinks().size()];
            ends[i] = new double[x.phases().size()];
            double t = 0;
            for (int p = 0; p < x.phases().size(); p++) {
                Phase phase = x.phases().get(p);
                for (int link : phase.roadLinks()) {
                    allows[i][p][link] = true;
                }
                t += phase.seconds();
                ends[i][p] = t;
            }
        }
    }

    @Override
    public void step(double time, Observations observations) {
        for (int i = 0; i < allows.length; i++) {
            if (allows[i] == null) {
                continue;
            }
            double[] e = ends[i];
            double cycle = e[e.length - 1];
            double t = e.length == 1 ? 0 : time % cycle;
            int p = 0;
            while (p < e.length - 1 && t >= e[p] - 1e-9) {
                p++;
            }
            current[i] = p;
        }
    }

    /** The phase shown at intersection {@code intersection} (network index) since the last step. */
    public int phase(int intersection) {
        return current[intersection];
    }

    @Override
    public boolean green(String intersectionId, int roadLinkIndex) {
        int i = network.intersectionIndex(intersectionId);
        return allows[i] != null && allows[i][current[i]][roadLinkIndex];
    }
}
