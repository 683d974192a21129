package city.traffic.internal.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import city.traffic.internal.control.SignalState.Control;
import city.traffic.internal.control.SignalState.Light;
import city.traffic.internal.control.SignalState.Stage;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The state machine: start-up, clearance, weather, operator hold, forced plan and emergency preemption. */
class SignalTest {

    static final Timing TIMING = new Timing(10, 60, 3, 2);

    /** Ticks from {@code from} to {@code to} inclusive and returns the last state. */
    static SignalState run(Signal s, long from, long to) {
        SignalState state = null;
        for (long t = from; t <= to; t++) {
            state = s.tick(t);
        }
        return state;
    }

    @Test
    void startsAllRedForOneClearanceThenGreen() {
        Signal s = new Signal(Plans.twoPhase(TIMING), FixedTimeController.of(Plans.twoPhase(TIMING), 10, 10));
        SignalState first = s.tick(0);
        assertThat(first.stage()).isEqualTo(Stage.ALL_RED);
        assertThat(first.phase()).isEqualTo(-1);
        assertThat(first.nextPhase()).isZero();
        assertThat(first.greenMask() | first.yellowMask()).isZero();
        assertThat(run(s, 1, 4).stage()).isEqualTo(Stage.ALL_RED);
        SignalState green = s.tick(5);
        assertThat(green.stage()).isEqualTo(Stage.GREEN);
        assertThat(green.light(0)).isEqualTo(Light.GREEN);
        assertThat(green.light(1)).isEqualTo(Light.RED);
    }

    @Test
    void aChangeOfPhaseShowsYellowThenAllRedOfTheConfiguredLengths() {
        SignalPlan plan = Plans.twoPhase(TIMING);
        Signal s = new Signal(plan, FixedTimeController.of(plan, 10, 12));
        run(s, 0, 4);
        // phase A green 5..14, yellow 15..17, all-red 18..19, phase B green from 20
        for (long t = 5; t <= 14; t++) {
            assertThat(s.tick(t).light(0)).as("t=%d", t).isEqualTo(Light.GREEN);
        }
        for (long t = 15; t <= 17; t++) {
            SignalState st = s.tick(t);
            assertThat(st.stage()).isEqualTo(Stage.YELLOW);
            assertThat(st.light(0)).isEqualTo(Light.YELLOW);
            assertThat(st.light(1)).isEqualTo(Light.RED);
            assertThat(st.until()).isEqualTo(18);
        }
        for (long t = 18; t <= 19; t++) {
            SignalState st = s.tick(t);
            assertThat(st.stage()).isEqualTo(Stage.ALL_RED);
            assertThat(st.isRed(0) && st.isRed(1)).isTrue();
        }
        SignalState b = s.tick(20);
        assertThat(b.phase()).isEqualTo(1);
        assertThat(b.light(1)).isEqualTo(Light.GREEN);
        assertThat(b.light(0)).isEqualTo(Light.RED);
        // B keeps its 12 s, then the cycle goes back to A through a clearance
        assertThat(run(s, 21, 31).phase()).isEqualTo(1);
        assertThat(s.tick(32).stage()).isEqualTo(Stage.YELLOW);
        assertThat(run(s, 33, 37).phase()).isZero();
    }

    @Test
    void movementsOfBothPhasesStayGreenThroughTheClearance() {
        SignalPlan plan = Plans.fourLeg("x", TIMING);
        Signal s = new Signal(plan, FixedTimeController.of(plan, 10, 10, 10, 10));
        run(s, 0, 14);
        SignalState yellow = s.tick(15);
        assertThat(yellow.stage()).isEqualTo(Stage.YELLOW);
        for (int a = 0; a < 4; a++) {
            assertThat(yellow.light(Plans.right(a))).isEqualTo(Light.GREEN);
        }
        assertThat(yellow.light(Plans.through(Plans.NORTH))).isEqualTo(Light.YELLOW);
        assertThat(yellow.light(Plans.left(Plans.NORTH))).isEqualTo(Light.RED);
        SignalState allRed = run(s, 16, 18);
        assertThat(allRed.stage()).isEqualTo(Stage.ALL_RED);
        assertThat(allRed.greenMask()).isEqualTo(plan.alwaysServedMask());
    }

    @Test
    void adverseWeatherAddsASecondOfYellowAndOfAllRed() {
        assertThat(clearanceLengths(new Weather(2.5, 10_000))).containsExactly(4, 3);
        assertThat(clearanceLengths(new Weather(0, 150))).containsExactly(4, 3);
        assertThat(clearanceLengths(new Weather(2.0, 200))).containsExactly(3, 2);
        assertThat(clearanceLengths(Weather.CLEAR)).containsExactly(3, 2);
    }

    /** Yellow and all-red seconds of the first change of phase, with this weather when it starts. */
    static List<Integer> clearanceLengths(Weather weather) {
        SignalPlan plan = Plans.twoPhase(TIMING);
        Signal s = new Signal(plan, FixedTimeController.of(plan, 10, 10));
        run(s, 0, 14);
        s.inputs().setWeather(weather);
        int yellow = 0;
        int allRed = 0;
        for (long t = 15; ; t++) {
            SignalState st = s.tick(t);
            if (t == 16) {
                s.inputs().setWeather(Weather.CLEAR); // a clearance under way keeps its lengths
            }
            if (st.stage() == Stage.YELLOW) {
                yellow++;
            } else if (st.stage() == Stage.ALL_RED) {
                allRed++;
            } else {
                return List.of(yellow, allRed);
            }
        }
    }

    @Test
    void operatorHoldKeepsThePhaseAndReleaseReturnsToTheController() {
        SignalPlan plan = Plans.fourLeg("x", TIMING);
        Signal s = new Signal(plan, new MaxPressureController());
        Plans.queueOn(plan, s.inputs(), 2, 30);
        assertThat(run(s, 0, 5).phase()).isEqualTo(2); // max-pressure starts on the strongest phase
        s.hold(0);
        // min green of phase 2 first (green since 5), then clearance to 0
        assertThat(run(s, 6, 14).phase()).isEqualTo(2);
        assertThat(s.tick(15).stage()).isEqualTo(Stage.YELLOW);
        SignalState held = run(s, 16, 20);
        assertThat(held.phase()).isZero();
        assertThat(held.control()).isEqualTo(Control.OPERATOR_HOLD);
        // phase 2 has all the pressure, the hold keeps 0 for ten minutes
        for (long t = 21; t <= 620; t++) {
            assertThat(s.tick(t).phase()).isZero();
        }
        s.releaseHold();
        SignalState released = s.tick(621);
        assertThat(released.control()).isEqualTo(Control.CONTROLLER);
        assertThat(released.stage()).isEqualTo(Stage.YELLOW);
        assertThat(released.nextPhase()).isEqualTo(2);
    }

    @Test
    void aForcedPlanRunsInsteadOfTheControllerUntilReleased() {
        SignalPlan plan = Plans.twoPhase(TIMING);
        Signal s = new Signal(plan, FixedTimeController.of(plan, 10, 10));
        run(s, 0, 4);
        s.forcePlan(FixedTimeController.of(plan, 40, 10));
        SignalState forced = run(s, 5, 44);
        assertThat(forced.phase()).isZero();
        assertThat(forced.control()).isEqualTo(Control.FORCED_PLAN);
        assertThat(s.tick(45).stage()).isEqualTo(Stage.YELLOW);
        SignalState b = run(s, 46, 50);
        assertThat(b.phase()).isEqualTo(1);
        s.releaseForcedPlan();
        assertThat(run(s, 51, 59).phase()).isEqualTo(1);
        assertThat(s.tick(60).stage()).isEqualTo(Stage.YELLOW);
    }

    @Test
    void preemptionServesTheRequestedPhaseAfterOneClearanceAndReturnsAfterRelease() {
        SignalPlan plan = Plans.twoPhase(TIMING);
        Signal s = new Signal(plan, FixedTimeController.of(plan, 30, 30));
        run(s, 0, 14); // phase A green since 5: 10 s, past its minimum
        s.preempt(1);
        SignalState yellow = s.tick(15);
        assertThat(yellow.stage()).isEqualTo(Stage.YELLOW);
        assertThat(yellow.control()).isEqualTo(Control.PREEMPTION);
        assertThat(run(s, 16, 19).stage()).isEqualTo(Stage.ALL_RED);
        SignalState served = s.tick(20); // 15 + 3 s yellow + 2 s all-red
        assertThat(served.phase()).isEqualTo(1);
        assertThat(served.isGreen(1)).isTrue();
        // held as long as the emergency vehicle needs, beyond the plan's 30 s
        assertThat(run(s, 21, 100).phase()).isEqualTo(1);
        s.releasePreemption();
        SignalState back = s.tick(101);
        assertThat(back.control()).isEqualTo(Control.CONTROLLER);
        assertThat(back.stage()).isEqualTo(Stage.YELLOW);
        assertThat(run(s, 102, 106).phase()).isZero();
    }

    @Test
    void preemptionCutsTheMinimumGreenOnlyDownToThePreemptionMinimum() {
        SignalPlan plan = Plans.twoPhase(TIMING);
        Signal s = new Signal(plan, FixedTimeController.of(plan, 30, 30));
        run(s, 0, 5); // A green since 5
        s.preempt(1);
        assertThat(run(s, 6, 9).phase()).isZero();
        assertThat(s.state().stage()).isEqualTo(Stage.GREEN);
        SignalState yellow = s.tick(10); // 5 s of green, not the 10 s minimum
        assertThat(yellow.stage()).isEqualTo(Stage.YELLOW);
        assertThat(run(s, 11, 14).stage()).isEqualTo(Stage.ALL_RED);
        assertThat(s.tick(15).phase()).isEqualTo(1);
    }

    @Test
    void preemptionOfTheGreenPhaseKeepsIt() {
        SignalPlan plan = Plans.twoPhase(TIMING);
        Signal s = new Signal(plan, FixedTimeController.of(plan, 10, 10));
        run(s, 0, 6);
        s.preempt(0);
        SignalState st = run(s, 7, 200);
        assertThat(st.phase()).isZero();
        assertThat(st.since()).isEqualTo(5);
    }

    @Test
    void preemptionDuringAClearanceRedirectsItWithoutAnotherClearance() {
        SignalPlan plan = Plans.fourLeg("x", TIMING);
        Signal s = new Signal(plan, FixedTimeController.of(plan, 10, 10, 10, 10));
        run(s, 0, 15); // clearance 0 -> 1 started at 15
        assertThat(s.state().nextPhase()).isEqualTo(1);
        s.preempt(3);
        assertThat(run(s, 16, 19).stage()).isEqualTo(Stage.ALL_RED);
        SignalState served = s.tick(20);
        assertThat(served.phase()).isEqualTo(3);
        assertThat(served.stage()).isEqualTo(Stage.GREEN);
    }

    @Test
    void aMovementKeptGreenByAClearanceGetsItsOwnClearanceWhenPreemptionGoesElsewhere() {
        // phase 0 = {0, 1}, phase 1 = {1, 2}, phase 2 = {2}: 1 stays green from 0 to 1 but is not in 2
        SignalPlan plan = new SignalPlan(
                "overlap",
                List.of(new Movement(1, "a"), new Movement(1, "b"), new Movement(1, "c")),
                List.of(Phase.of("AB", 0, 1), Phase.of("BC", 1, 2), Phase.of("C", 2)),
                TIMING);
        Signal s = new Signal(plan, FixedTimeController.of(plan, 10, 10, 10));
        run(s, 0, 14);
        SignalState first = s.tick(15);
        assertThat(first.light(0)).isEqualTo(Light.YELLOW);
        assertThat(first.light(1)).isEqualTo(Light.GREEN);
        s.preempt(2);
        run(s, 16, 19);
        SignalState second = s.tick(20);
        assertThat(second.stage()).isEqualTo(Stage.YELLOW);
        assertThat(second.light(1)).isEqualTo(Light.YELLOW);
        assertThat(second.light(2)).isEqualTo(Light.RED);
        assertThat(run(s, 21, 24).stage()).isEqualTo(Stage.ALL_RED);
        SignalState served = s.tick(25);
        assertThat(served.phase()).isEqualTo(2);
        assertThat(served.greenMask()).isEqualTo(0b100);
    }

    @Test
    void withoutAllRedAMovementStillShowsRedBetweenYellowAndGreen() {
        SignalPlan plan = Plans.twoPhase(new Timing(10, 60, 3, 0));
        Signal s = new Signal(plan, FixedTimeController.of(plan, 10, 10));
        run(s, 0, 2); // start-up: 3 s all-red, A green from 3
        assertThat(run(s, 3, 12).phase()).isZero();
        assertThat(s.tick(13).light(0)).isEqualTo(Light.YELLOW);
        s.preempt(0); // the emergency vehicle comes on A while A clears
        run(s, 14, 15);
        SignalState red = s.tick(16);
        assertThat(red.stage()).isEqualTo(Stage.ALL_RED);
        assertThat(red.light(0)).isEqualTo(Light.RED);
        SignalState green = s.tick(17);
        assertThat(green.phase()).isZero();
        assertThat(green.light(0)).isEqualTo(Light.GREEN);
    }

    @Test
    void theStateObjectChangesOnlyWhenTheDisplayChanges() {
        SignalPlan plan = Plans.twoPhase(TIMING);
        Signal s = new Signal(plan, FixedTimeController.of(plan, 30, 30));
        SignalState green = run(s, 0, 5);
        assertThat(run(s, 6, 20)).isSameAs(green);
    }

    @Test
    void rejectsTimeGoingBackAndUnknownPhases() {
        SignalPlan plan = Plans.twoPhase(TIMING);
        Signal s = new Signal(plan, new MaxPressureController());
        s.tick(10);
        assertThatThrownBy(() -> s.tick(9)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> s.preempt(2)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> s.hold(-1)).isInstanceOf(IllegalArgumentException.class);
    }
}
