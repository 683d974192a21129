package city.simulation.traffic.signals;

import static org.assertj.core.api.Assertions.assertThat;

import city.simulation.traffic.CityFlowReader;
import city.simulation.traffic.Network;
import city.simulation.traffic.Observations;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SignalsTest {

    /** Made-up queues per lane. */
    static final class Queues implements Observations {
        final Network network;
        final Map<Integer, Integer> halting = new HashMap<>();
        double time;

        Queues(Network network) {
            this.network = network;
        }

        @Override
        public Network network() {
            return network;
        }

        @Override
        public double time() {
            return time;
        }

        @Override
        public int vehicles(int lane) {
            return halting(lane);
        }

        @Override
        public int halting(int lane) {
            return halting.getOrDefault(lane, 0);
        }

        @Override
        public double meanSpeed(int lane) {
            return 0;
        }

        @Override
        public int waitingToEnter(int lane) {
            return 0;
        }
    }

    /** A single intersection laid out as in Jinan; road links: per approach (E, N, W, S) through, left, right. */
    static Network single() {
        return CityFlowReader.readRoadnet(city.simulation.traffic.GridsAccess.roadnet(1, 1, 400, 5, 30));
    }

    static String x = "intersection_1_1";

    @Test
    void theFixedPlanCyclesThroughTheFilesPhases() {
        Network n = single();
        FixedPlan plan = new FixedPlan(n);
        Queues o = new Queues(n);
        int i = n.intersectionIndex(x);
        plan.step(0, o);
        assertThat(plan.phase(i)).isZero();
        assertThat(plan.green(x, 2)).as("right turn").isTrue();
        assertThat(plan.green(x, 0)).as("eastbound through").isFalse();
        plan.step(4, o);
        assertThat(plan.phase(i)).isZero();
        plan.step(5, o);
        assertThat(plan.phase(i)).isEqualTo(1);
        assertThat(plan.green(x, 0)).isTrue();
        assertThat(plan.green(x, 6)).as("westbound through").isTrue();
        plan.step(35, o);
        assertThat(plan.phase(i)).isEqualTo(2);
        plan.step(245 + 5, o);
        assertThat(plan.phase(i)).isEqualTo(1);
    }

    @Test
    void maxPressureServesTheLongestQueueAfterAClearanceAndAMinimumGreen() {
        Network n = single();
        MaxPressure mp = new MaxPressure(n, new MaxPressure.Options(5, 10, MaxPressure.PhaseSet.PAIRS, 5));
        Queues o = new Queues(n);
        // a queue on the northbound through lane: the north-south through pair
        int northThrough = n.laneIndex("road_1_0_1_1");
        o.halting.put(northThrough, 10);
        mp.step(0, o);
        assertThat(mp.green(x, 3)).as("northbound through").isTrue();
        assertThat(mp.green(x, 9)).as("southbound through").isTrue();
        assertThat(mp.green(x, 0)).as("eastbound through").isFalse();
        // now the eastbound left turners queue more: no change before the minimum green
        o.halting.put(northThrough, 2);
        o.halting.put(n.laneIndex("road_0_1_0_0"), 20);
        for (int t = 1; t < 10; t++) {
            mp.step(t, o);
            assertThat(mp.green(x, 3)).isTrue();
        }
        mp.step(10, o);
        assertThat(mp.green(x, 3)).as("clearance").isFalse();
        assertThat(mp.green(x, 1)).as("clearance").isFalse();
        assertThat(mp.green(x, 2)).as("right turns go through the clearance").isTrue();
        for (int t = 11; t < 15; t++) {
            mp.step(t, o);
            assertThat(mp.green(x, 1)).isFalse();
        }
        mp.step(15, o);
        assertThat(mp.green(x, 1)).as("eastbound left").isTrue();
        assertThat(mp.green(x, 7)).as("westbound left").isTrue();
        assertThat(mp.green(x, 3)).isFalse();
    }

    @Test
    void maxPressureCountsTheQueueDownstream() {
        Network n = single();
        MaxPressure mp = new MaxPressure(n, new MaxPressure.Options(5, 10, MaxPressure.PhaseSet.ALL, 5));
        Queues o = new Queues(n);
        o.halting.put(n.laneIndex("road_0_1_0_1"), 6);
        o.halting.put(n.laneIndex("road_1_2_3_1"), 5);
        // the eastbound exit is jammed: 3 halting per lane, so the eastbound through has pressure 6 - 3 = 3
        for (int l = 0; l < 3; l++) {
            o.halting.put(n.laneIndex("road_1_1_0_" + l), 3);
        }
        mp.step(0, o);
        assertThat(mp.green(x, 9)).as("southbound through").isTrue();
        assertThat(mp.green(x, 0)).isFalse();
    }
}
