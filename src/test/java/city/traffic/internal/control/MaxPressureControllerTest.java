package city.traffic.internal.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import city.traffic.internal.control.SignalState.Stage;
import org.junit.jupiter.api.Test;

/** Max-pressure: the strongest phase wins, at decision points only, never before minimum green. */
class MaxPressureControllerTest {

    static final Timing TIMING = new Timing(10, 60, 3, 2);
    final SignalPlan plan = Plans.fourLeg("x", TIMING);
    final LiveInputs in = new LiveInputs(plan.movementCount());

    @Test
    void pressureIsTheSumOfIncomingMinusOutgoingQueues() {
        in.setQueues(Plans.through(Plans.NORTH), 12, 2);
        in.setQueues(Plans.through(Plans.SOUTH), 5, 8);
        in.setQueues(Plans.right(Plans.EAST), 4, 0);
        assertThat(MaxPressureController.pressure(plan, in, 0, false)).isCloseTo(10 - 3 + 4, within(1e-9));
        // weighted: throughs have 2 lanes, rights 1
        assertThat(MaxPressureController.pressure(plan, in, 0, true)).isCloseTo(20 - 6 + 4, within(1e-9));
        assertThat(MaxPressureController.pressure(plan, in, 1, false)).isCloseTo(4, within(1e-9));
    }

    @Test
    void servesThePhaseOfHighestPressure() {
        Plans.queueOn(plan, in, 1, 5);
        Plans.queueOn(plan, in, 2, 9);
        Plans.queueOn(plan, in, 3, 7);
        MaxPressureController c = new MaxPressureController();
        assertThat(c.decide(plan, in, 0, 100, 110)).isEqualTo(2);
        // a full downstream road takes the pressure away
        in.setQueueOut(Plans.through(Plans.EAST), 20);
        assertThat(c.decide(plan, in, 0, 100, 120)).isEqualTo(3);
    }

    @Test
    void keepsTheCurrentPhaseUnlessAnotherIsStrictlyStronger() {
        Plans.queueOn(plan, in, 0, 6);
        Plans.queueOn(plan, in, 2, 6);
        assertThat(new MaxPressureController().decide(plan, in, 0, 100, 110)).isZero();
        assertThat(new MaxPressureController().decide(plan, in, 2, 100, 110)).isEqualTo(2);
    }

    @Test
    void capacityWeightingFavoursMovementsWithMoreLanes() {
        // NS through: two 2-lane movements with 4 each; NS left: two 1-lane movements with 6 each
        Plans.queueOn(plan, in, 0, 4);
        Plans.queueOn(plan, in, 1, 6);
        assertThat(new MaxPressureController(10, false).decide(plan, in, 3, 100, 110))
                .isEqualTo(1);
        assertThat(new MaxPressureController(10, true).decide(plan, in, 3, 100, 110))
                .isEqualTo(0);
    }

    @Test
    void neverSwitchesBeforeTheMinimumGreenEvenWithAShortPeriod() {
        SignalPlan slow = Plans.fourLeg("slow", new Timing(20, 60, 3, 2));
        Signal s = new Signal(slow, new MaxPressureController(5, false));
        s.tick(0); // start-up all-red to phase 0 (all queues empty)
        for (long t = 1; t <= 5; t++) {
            s.tick(t);
        }
        assertThat(s.state().phase()).isZero();
        Plans.queueOn(slow, s.inputs(), 3, 50);
        for (long t = 6; t <= 24; t++) {
            assertThat(s.tick(t).stage()).as("t=%d", t).isEqualTo(Stage.GREEN);
        }
        SignalState change = s.tick(25); // 20 s after green at 5
        assertThat(change.stage()).isEqualTo(Stage.YELLOW);
        assertThat(change.nextPhase()).isEqualTo(3);
    }

    @Test
    void decidesEveryPeriodAndGivesAFullPeriodOfGreenAfterEachClearance() {
        SignalPlan fast = Plans.fourLeg("fast", new Timing(5, 60, 3, 2));
        Signal s = new Signal(fast, new MaxPressureController(10, false));
        for (long t = 0; t <= 5; t++) {
            s.tick(t);
        }
        // phase 0 green at 5; phase 1 becomes stronger at 8, but the first decision is at 5 + 10
        Plans.queueOn(fast, s.inputs(), 1, 10);
        for (long t = 6; t <= 14; t++) {
            assertThat(s.tick(t).phase()).as("t=%d", t).isZero();
        }
        assertThat(s.tick(15).nextPhase()).isEqualTo(1);
        for (long t = 16; t <= 20; t++) {
            s.tick(t);
        }
        assertThat(s.state().phase()).isEqualTo(1);
        assertThat(s.state().since()).isEqualTo(20);
        // phase 0 becomes much stronger at once: still a full 10 s of green for phase 1
        Plans.queueOn(fast, s.inputs(), 1, 0);
        Plans.queueOn(fast, s.inputs(), 0, 30);
        for (long t = 21; t <= 29; t++) {
            assertThat(s.tick(t).stage()).as("t=%d", t).isEqualTo(Stage.GREEN);
        }
        assertThat(s.tick(30).nextPhase()).isZero();
        for (long t = 31; t <= 35; t++) {
            s.tick(t);
        }
        // phase 0 stays strongest: decisions at 45, 55, ... keep it
        for (long t = 36; t <= 200; t++) {
            assertThat(s.tick(t).phase()).isZero();
        }
        // another phase becomes stronger between decision points: served at the next one (205), not before
        Plans.queueOn(fast, s.inputs(), 2, 100);
        for (long t = 201; t <= 204; t++) {
            assertThat(s.tick(t).stage()).as("t=%d", t).isEqualTo(Stage.GREEN);
        }
        assertThat(s.tick(205).nextPhase()).isEqualTo(2);
    }
}
