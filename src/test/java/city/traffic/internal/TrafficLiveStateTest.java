package city.traffic.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The congestion levels of roads, and what a live stream sends after the first picture. */
class TrafficLiveStateTest {

    static final Instant AT = Instant.parse("2026-11-30T02:00:00Z");

    static TrafficLiveState.SignalLive signal(String id, String stage, int phase) {
        return new TrafficLiveState.SignalLive(
                id, SignalControl.Mode.PLAN, stage, phase, -1, AT, "CONTROLLER", false, false, false);
    }

    static TrafficLiveState.RoadLive road(String id, double queue) {
        return new TrafficLiveState.RoadLive(id, queue, 30.0, TrafficLiveState.level(queue, 2));
    }

    static TrafficLiveState.LiveView view(long network, List<TrafficLiveState.SignalLive> signals, double queueB) {
        return new TrafficLiveState.LiveView(AT, network, signals, List.of(road("a", 1), road("b", queueB)));
    }

    @Test
    void levelsFollowTheMeanQueuePerLane() {
        assertThat(TrafficLiveState.level(0, 2)).isEqualTo("free");
        assertThat(TrafficLiveState.level(9.9, 2)).isEqualTo("free");
        assertThat(TrafficLiveState.level(10, 2)).isEqualTo("busy");
        assertThat(TrafficLiveState.level(23.9, 2)).isEqualTo("busy");
        assertThat(TrafficLiveState.level(24, 2)).isEqualTo("jam");
        assertThat(TrafficLiveState.level(12, 1)).isEqualTo("jam");
        assertThat(TrafficLiveState.level(35, 3)).isEqualTo("busy");
    }

    @Test
    void aStreamSendsEverythingFirstThenOnlyWhatChanged() {
        TrafficLiveState.Deltas deltas = new TrafficLiveState.Deltas(null);
        List<TrafficLiveState.SignalLive> green = List.of(signal("x1", "GREEN", 0), signal("x2", "GREEN", 1));
        TrafficLiveState.LiveDelta first = deltas.next(view(1, green, 2));
        assertThat(first.full()).isTrue();
        assertThat(first.signals()).hasSize(2);
        assertThat(first.roads()).hasSize(2);

        TrafficLiveState.LiveDelta same = deltas.next(view(1, green, 2));
        assertThat(same.full()).isFalse();
        assertThat(same.signals()).isEmpty();
        assertThat(same.roads()).isEmpty();

        List<TrafficLiveState.SignalLive> yellow = List.of(signal("x1", "YELLOW", 0), signal("x2", "GREEN", 1));
        TrafficLiveState.LiveDelta changed = deltas.next(view(1, yellow, 30));
        assertThat(changed.signals())
                .extracting(TrafficLiveState.SignalLive::intersectionId)
                .containsExactly("x1");
        assertThat(changed.roads())
                .extracting(TrafficLiveState.RoadLive::roadId)
                .containsExactly("b");
        assertThat(changed.roads().get(0).level()).isEqualTo("jam");

        // another network: the whole picture again
        TrafficLiveState.LiveDelta replaced = deltas.next(view(2, yellow, 30));
        assertThat(replaced.full()).isTrue();
        assertThat(replaced.signals()).hasSize(2);
        assertThat(replaced.roads()).hasSize(2);
    }

    @Test
    void aStreamOfOneIntersectionSendsItsSignalOnly() {
        TrafficLiveState.Deltas deltas = new TrafficLiveState.Deltas("x2");
        TrafficLiveState.LiveDelta first =
                deltas.next(view(1, List.of(signal("x1", "GREEN", 0), signal("x2", "GREEN", 1)), 2));
        assertThat(first.signals())
                .extracting(TrafficLiveState.SignalLive::intersectionId)
                .containsExactly("x2");
        assertThat(first.roads()).isEmpty();
        TrafficLiveState.LiveDelta next =
                deltas.next(view(1, List.of(signal("x1", "YELLOW", 0), signal("x2", "GREEN", 1)), 40));
        assertThat(next.signals()).isEmpty();
        assertThat(next.roads()).isEmpty();
    }

    @Test
    void aSignalBeforeItsFirstSecondIsUnknownAndOverridesAreFlags() {
        SignalControl.SignalView before = new SignalControl.SignalView(
                "x", "甲", "X", 31, 121, SignalControl.Mode.PLAN, -1, -1, "ALL_RED", "CONTROLLER", 0, 0, 4);
        assertThat(TrafficLiveState.signal(before).stage()).isEqualTo("UNKNOWN");
        assertThat(TrafficLiveState.signal(before).since()).isNull();
        SignalControl.SignalView held = new SignalControl.SignalView(
                "x", "甲", "X", 31, 121, SignalControl.Mode.ACTUATED, 2, -1, "GREEN", "OPERATOR_HOLD", 1000, 0, 4);
        TrafficLiveState.SignalLive s = TrafficLiveState.signal(held);
        assertThat(s.stage()).isEqualTo("GREEN");
        assertThat(s.since()).isEqualTo(Instant.ofEpochSecond(1000));
        assertThat(s.held()).isTrue();
        assertThat(s.forced()).isFalse();
        assertThat(s.preempted()).isFalse();
        SignalControl.SignalView preempted = new SignalControl.SignalView(
                "x", "甲", "X", 31, 121, SignalControl.Mode.PLAN, 1, 3, "YELLOW", "PREEMPTION", 1000, 1003, 4);
        assertThat(TrafficLiveState.signal(preempted).preempted()).isTrue();
        assertThat(TrafficLiveState.signal(preempted).nextPhase()).isEqualTo(3);
    }
}
