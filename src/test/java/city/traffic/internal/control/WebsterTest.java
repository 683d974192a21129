package city.traffic.internal.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/** Webster's cycle and green split, with its clamps and minimum greens. */
class WebsterTest {

    static final Timing TIMING = new Timing(10, 60, 3, 2);

    @Test
    void textbookExample() {
        // 4 phases, lost time 4 x (3 + 2) = 20 s, y = 0.25, 0.15, 0.2, 0.1 (flows 450, 270, 360, 180 on one lane)
        SignalPlan plan = Plans.singles(4, TIMING);
        WebsterPlan w = Webster.plan(plan, new double[] {450, 270, 360, 180}, Weather.CLEAR);
        assertThat(w.criticalRatios()).containsExactly(new double[] {0.25, 0.15, 0.2, 0.1}, within(1e-12));
        assertThat(w.totalRatio()).isCloseTo(0.7, within(1e-12));
        assertThat(w.lostTime()).isEqualTo(20);
        assertThat(w.cycle()).isCloseTo((1.5 * 20 + 5) / 0.3, within(1e-9)).isCloseTo(116.67, within(0.01));
        double effective = w.cycle() - 20; // 96.67 s, in proportion to y
        assertThat(w.greens())
                .containsExactly(
                        new double[] {
                            effective * 0.25 / 0.7, effective * 0.15 / 0.7, effective * 0.2 / 0.7, effective * 0.1 / 0.7
                        },
                        within(1e-9));
        assertThat(w.green(0)).isCloseTo(34.52, within(0.01));
        assertThat(w.green(3)).isCloseTo(13.81, within(0.01));
        assertThat(w.runningCycle()).isCloseTo(w.cycle(), within(1e-9));
    }

    @Test
    void theCycleIsClampedTo40And180Seconds() {
        assertThat(Webster.cycle(20, 0.1)).isEqualTo(40); // 38.9 s
        assertThat(Webster.cycle(20, 0.0)).isEqualTo(40);
        assertThat(Webster.cycle(20, 0.5)).isCloseTo(70, within(1e-9));
        assertThat(Webster.cycle(20, 0.85)).isEqualTo(180); // 233 s
        assertThat(Webster.cycle(20, 0.9)).isEqualTo(180);
        assertThat(Webster.cycle(20, 1.3)).isEqualTo(180);
    }

    @Test
    void everyPhaseGetsAtLeastTheMinimumGreenAndTheOthersShareTheRest() {
        WebsterPlan w = Webster.plan(new double[] {0.5, 0.02, 0.04, 0.0}, 20, 5, 10);
        // C0 = 35 / 0.44 = 79.5 s; 59.5 s of green; three phases would fall under 10 s
        assertThat(w.cycle()).isCloseTo(35 / 0.44, within(1e-9));
        assertThat(w.green(1)).isEqualTo(10);
        assertThat(w.green(2)).isEqualTo(10);
        assertThat(w.green(3)).isEqualTo(10);
        assertThat(w.green(0)).isCloseTo(35 / 0.44 - 20 - 30, within(1e-9));
        assertThat(w.runningCycle()).isCloseTo(w.cycle(), within(1e-9));
    }

    @Test
    void minimumGreensLongerThanTheCycleLengthenIt() {
        WebsterPlan w = Webster.plan(new double[] {0.01, 0.01, 0.01, 0.01, 0.01, 0.01}, 30, 5, 15);
        // C0 = (45 + 5) / 0.94 = 53.2 s leaves 23.2 s of green for six phases of 15 s minimum
        assertThat(w.cycle()).isCloseTo(50 / 0.94, within(1e-9));
        assertThat(w.greens()).containsOnly(15);
        assertThat(w.runningCycle()).isEqualTo(6 * 20);
    }

    @Test
    void withoutAnyFlowThePhasesShareTheShortestCycleEqually() {
        WebsterPlan w = Webster.plan(Plans.singles(2, TIMING), new double[2], Weather.CLEAR);
        assertThat(w.cycle()).isEqualTo(40);
        assertThat(w.greens()).containsExactly(15, 15);
    }

    @Test
    void aLostTimeOfItsOwnShiftsTheDisplayedGreens() {
        // L = 16 s with 5 s clearances on 4 phases: each phase loses 4 s, so shows 1 s less than its effective green
        WebsterPlan w = Webster.plan(new double[] {0.25, 0.15, 0.2, 0.1}, 16, 5, 10);
        double c = (1.5 * 16 + 5) / 0.3;
        assertThat(w.cycle()).isCloseTo(c, within(1e-9));
        assertThat(w.green(0)).isCloseTo((c - 16) * 0.25 / 0.7 - 1, within(1e-9));
        assertThat(w.runningCycle()).isCloseTo(c, within(1e-9));
    }

    @Test
    void criticalRatioIsTheHighestFlowPerLaneCapacityAndIgnoresMovementsGreenInEveryPhase() {
        SignalPlan plan = Plans.fourLeg("x", TIMING);
        double[] flows = new double[12];
        flows[Plans.through(Plans.NORTH)] = 1080; // 2 lanes: 0.3
        flows[Plans.through(Plans.SOUTH)] = 720; // 0.2
        flows[Plans.left(Plans.EAST)] = 270; // 1 lane: 0.15
        flows[Plans.right(Plans.NORTH)] = 1700; // right turn, green in every phase: ignored
        assertThat(Webster.criticalRatio(plan, 0, flows)).isCloseTo(0.3, within(1e-12));
        assertThat(Webster.criticalRatio(plan, 1, flows)).isZero();
        assertThat(Webster.criticalRatio(plan, 3, flows)).isCloseTo(0.15, within(1e-12));
    }

    @Test
    void adverseWeatherCountsTheLongerClearanceInTheLostTime() {
        WebsterPlan w = Webster.plan(Plans.singles(4, TIMING), new double[] {450, 270, 360, 180}, new Weather(5, 1000));
        assertThat(w.lostTime()).isEqualTo(28);
        assertThat(w.cycle()).isCloseTo((1.5 * 28 + 5) / 0.3, within(1e-9));
    }

    @Test
    void fixedTimeControllerRunsWebsterGreensRoundedToSeconds() {
        SignalPlan plan = Plans.singles(4, TIMING);
        FixedTimeController c = FixedTimeController.webster(plan, new double[] {450, 270, 360, 180});
        assertThat(new int[] {c.green(0), c.green(1), c.green(2), c.green(3)}).containsExactly(35, 21, 28, 14);
    }

    @Test
    void fixedTimeFromMeasuredFlowsRecomputesAtEachCycleStart() {
        SignalPlan plan = Plans.singles(4, TIMING);
        FixedTimeController c = FixedTimeController.websterFromMeasuredFlows(plan);
        Signal s = new Signal(plan, c);
        assertThat(c.green(0)).isEqualTo(10); // no flow yet: the 40 s cycle leaves 5 s a phase, raised to 10
        double[] flows = {450, 270, 360, 180};
        for (int m = 0; m < 4; m++) {
            s.inputs().setFlow(m, flows[m]);
        }
        for (long t = 0; t <= 6; t++) {
            s.tick(t);
        }
        assertThat(new int[] {c.green(0), c.green(1), c.green(2), c.green(3)}).containsExactly(35, 21, 28, 14);
    }
}
