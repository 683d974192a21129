package city.traffic.internal.control;

import static org.assertj.core.api.Assertions.assertThat;

import city.traffic.internal.control.SignalState.Stage;
import org.junit.jupiter.api.Test;

/** Actuated control: minimum green, extension while vehicles come, gap-out, max-out, skipping phases. */
class ActuatedControllerTest {

    static final Timing TIMING = new Timing(5, 30, 3, 2);

    /** A two-phase signal green on A from second 5, with demand waiting on B. */
    static Signal greenOnA() {
        SignalPlan plan = Plans.twoPhase(TIMING);
        Signal s = new Signal(plan, new ActuatedController(3));
        for (long t = 0; t <= 5; t++) {
            s.tick(t);
        }
        assertThat(s.state().phase()).isZero();
        s.inputs().setQueueIn(1, 4);
        return s;
    }

    @Test
    void extendsWhileVehiclesComeAndGapsOutAfterTheUnitExtension() {
        Signal s = greenOnA();
        for (long t = 6; t <= 17; t++) {
            s.inputs().recordDetection(0, t);
            assertThat(s.tick(t).stage()).isEqualTo(Stage.GREEN);
        }
        // last vehicle at 17, unit extension 3 s: still green at 18 and 19, gap-out at 20
        assertThat(s.tick(18).stage()).isEqualTo(Stage.GREEN);
        assertThat(s.tick(19).stage()).isEqualTo(Stage.GREEN);
        SignalState gapOut = s.tick(20);
        assertThat(gapOut.stage()).isEqualTo(Stage.YELLOW);
        assertThat(gapOut.nextPhase()).isEqualTo(1);
    }

    @Test
    void vehiclesSpacedWithinTheExtensionKeepTheGreen() {
        Signal s = greenOnA();
        for (long t = 6; t <= 25; t++) {
            if (t % 2 == 0) {
                s.inputs().recordDetection(0, t);
            }
            assertThat(s.tick(t).stage()).as("t=%d", t).isEqualTo(Stage.GREEN);
        }
    }

    @Test
    void endsAtTheMaximumGreenWhileVehiclesKeepComing() {
        Signal s = greenOnA();
        for (long t = 6; t <= 34; t++) {
            s.inputs().recordDetection(0, t);
            assertThat(s.tick(t).stage()).as("t=%d", t).isEqualTo(Stage.GREEN);
        }
        s.inputs().recordDetection(0, 35);
        assertThat(s.tick(35).stage()).isEqualTo(Stage.YELLOW); // 30 s after green at 5
    }

    @Test
    void keepsTheMinimumGreenWithoutAnyVehicle() {
        Signal s = greenOnA();
        for (long t = 6; t <= 9; t++) {
            assertThat(s.tick(t).stage()).isEqualTo(Stage.GREEN);
        }
        assertThat(s.tick(10).stage()).isEqualTo(Stage.YELLOW);
    }

    @Test
    void restsInGreenWhenNoOtherPhaseHasDemand() {
        Signal s = greenOnA();
        s.inputs().setQueueIn(1, 0);
        for (long t = 6; t <= 300; t++) {
            assertThat(s.tick(t).phase()).isZero();
        }
        s.inputs().recordDetection(1, 301);
        assertThat(s.tick(301).stage()).isEqualTo(Stage.YELLOW);
    }

    @Test
    void skipsPhasesWithoutDemand() {
        SignalPlan plan = Plans.fourLeg("x", TIMING);
        LiveInputs in = new LiveInputs(plan.movementCount());
        ActuatedController c = new ActuatedController();
        // traffic only on the east-west lefts; right turns (in every phase) do not count as demand
        in.setQueueIn(Plans.left(Plans.EAST), 3);
        in.setQueueIn(Plans.right(Plans.NORTH), 9);
        assertThat(c.decide(plan, in, 0, 100, 110)).isEqualTo(3);
        in.setQueueIn(Plans.left(Plans.EAST), 0);
        in.recordDetection(Plans.through(Plans.WEST), 109);
        assertThat(c.decide(plan, in, 0, 100, 110)).isEqualTo(2);
        // a right-turn detection does not extend the green
        in.recordDetection(Plans.right(Plans.SOUTH), 110);
        assertThat(c.decide(plan, in, 0, 100, 110)).isEqualTo(2);
    }
}
