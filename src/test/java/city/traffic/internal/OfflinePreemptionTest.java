package city.traffic.internal;

import static org.assertj.core.api.Assertions.assertThat;

import city.traffic.api.OfflineSignals;
import city.traffic.internal.network.DefaultCity;
import city.traffic.internal.network.Intersection;
import city.traffic.internal.network.Movement;
import city.traffic.internal.network.RoadNetwork;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The offline signals preempt like the live ones: the same phase for a movement, the same safe state machine. */
class OfflinePreemptionTest {

    static final OfflineSignals.Lanes EMPTY = new OfflineSignals.Lanes() {
        @Override
        public double queue(String roadId, int lane) {
            return 0;
        }

        @Override
        public int departed(String roadId, int lane) {
            return 0;
        }
    };

    /** Preemption may cut the current green to 5 s; then the default city's 3 s yellow and 2 s all-red. */
    static final int PREEMPTION_MIN_GREEN = 5;

    static final int CLEARANCE = DefaultCity.YELLOW_SECONDS + DefaultCity.ALL_RED_SECONDS;

    final RoadNetwork network = DefaultCity.build();
    final OfflineSignalNetwork signals = new OfflineSignalNetwork(network, SignalControl.Mode.PLAN);
    final Intersection x = network.signalisedIntersections().get(5);
    long second;

    void tick() {
        signals.tick(++second, EMPTY);
    }

    Set<Integer> greenNow() {
        Set<Integer> out = new HashSet<>();
        for (Movement m : x.movements()) {
            if (signals.green(x.id(), m.index())) {
                out.add(m.index());
            }
        }
        return out;
    }

    /** The movements the phase serving {@code m} lets go (the first phase listing it, as the wiring finds it). */
    Set<Integer> phaseServing(int m) {
        for (var p : x.signalPlan().orElseThrow().phases()) {
            if (p.movements().contains(m)) {
                return new HashSet<>(p.movements());
            }
        }
        throw new AssertionError("no phase serves " + m);
    }

    @Test
    void thePreemptedPhaseTurnsGreenAfterAClearanceStaysGreenAndGoesBackToThePlanWhenReleased() {
        for (int s = 0; s < 17; s++) {
            tick();
        }
        Set<Integer> before = greenNow();
        assertThat(before).as("the plan shows a green at second 17").isNotEmpty();
        Movement m = x.movements().stream()
                .filter(mv -> !before.contains(mv.index()))
                .findFirst()
                .orElseThrow();
        Set<Integer> target = phaseServing(m.index());
        Set<Integer> leaving = new HashSet<>(before);
        leaving.removeAll(target);
        assertThat(leaving).isNotEmpty();

        assertThat(signals.preempt(x.id(), m.fromRoad(), m.toRoad())).isTrue();
        assertThat(signals.preempted(x.id())).isTrue();
        long asked = second;
        long lastOld = second;
        while (!signals.green(x.id(), m.index())) {
            tick();
            assertThat(second - asked)
                    .as("green within the preemption minimum green and the clearance")
                    .isLessThanOrEqualTo(PREEMPTION_MIN_GREEN + CLEARANCE + 1);
            Set<Integer> g = greenNow();
            g.retainAll(leaving);
            if (!g.isEmpty()) {
                lastOld = second;
            }
        }
        long firstGreen = second;
        assertThat(firstGreen - lastOld - 1)
                .as("yellow and all-red kept between the old green and the preempted one")
                .isGreaterThanOrEqualTo(CLEARANCE);
        assertThat(greenNow()).isSubsetOf(target).contains(m.index());

        // a fixed plan of four 30 s phases would have moved on twice in 150 s: the preemption holds
        for (int s = 0; s < 150; s++) {
            tick();
            assertThat(signals.green(x.id(), m.index())).isTrue();
        }

        signals.release(x.id());
        assertThat(signals.preempted(x.id())).isFalse();
        long released = second;
        long lastPreempted = second;
        boolean moved = false;
        while (second - released < 200) {
            tick();
            Set<Integer> g = greenNow();
            if (g.contains(m.index())) {
                lastPreempted = second;
                continue;
            }
            Set<Integer> others = new HashSet<>(g);
            others.removeAll(target);
            if (!others.isEmpty()) {
                assertThat(second - lastPreempted - 1)
                        .as("a clearance before the plan's next phase")
                        .isGreaterThanOrEqualTo(CLEARANCE);
                moved = true;
                break;
            }
        }
        assertThat(moved).as("the plan takes over again after the release").isTrue();
    }

    @Test
    void aMovementNoPhaseServesOrAnIntersectionWithoutSignalIsNotPreempted() {
        tick();
        Movement m = x.movements().get(0);
        assertThat(signals.preempt(x.id(), m.toRoad(), m.fromRoad())).isFalse();
        assertThat(signals.preempt("nowhere", m.fromRoad(), m.toRoad())).isFalse();
        assertThat(signals.preempted(x.id())).isFalse();
        signals.release("nowhere");
    }

    @Test
    void theLiveAndTheOfflineWaveFollowOneRule() {
        assertThat(EmergencyTrips.LEAD_SECONDS).isEqualTo(city.traffic.api.GreenWaveRule.CITY.leadSeconds());
        assertThat(EmergencyTrips.LEAD_METRES).isEqualTo(city.traffic.api.GreenWaveRule.CITY.minLeadMetres());
        assertThat(EmergencyTrips.PASSED_METRES).isEqualTo(city.traffic.api.GreenWaveRule.CITY.passedMetres());
        var rule = city.traffic.api.GreenWaveRule.CITY;
        assertThat(rule.leadMetres(0)).isEqualTo(150);
        assertThat(rule.leadMetres(10)).isEqualTo(300);
        assertThat(rule.preempts(299, 10)).isTrue();
        assertThat(rule.preempts(301, 10)).isFalse();
        assertThat(rule.passed(15)).isFalse();
        assertThat(rule.passed(15.1)).isTrue();
        assertThat(rule.preempts(-20, 10)).as("past the centre: never again").isFalse();
    }

    @Test
    void theWiringFindsThePhaseOfEveryServedMovement() {
        SignalWiring w = SignalWiring.of(x);
        for (Movement m : x.movements()) {
            int p = w.phaseServing(m.fromRoad(), m.toRoad());
            assertThat(p).isGreaterThanOrEqualTo(0);
            assertThat(w.signal().plan().phaseMask(p) & (1L << m.index())).isNotZero();
        }
        assertThat(w.phaseServing("nowhere", "nowhere")).isEqualTo(-1);
        assertThat(List.of(x.movements().size())).isNotEmpty();
    }
}
