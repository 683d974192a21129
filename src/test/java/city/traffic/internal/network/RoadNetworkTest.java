package city.traffic.internal.network;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.within;

import city.platform.geo.GeoPoint;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The model's own checks, the signal cycle and the tangent plane. */
class RoadNetworkTest {

    private static final LocalTangentPlane PLANE = LocalTangentPlane.PEOPLES_SQUARE;

    private static Intersection node(String id, double x, boolean virtual, List<Movement> movements) {
        Point p = new Point(x, 0);
        return new Intersection(id, Name.of(id), p, PLANE.toGeo(p), virtual ? 0 : 10, virtual, movements, null);
    }

    private static Road road(String id, String from, String to, int lanes) {
        return new Road(
                id,
                Name.of(id),
                from,
                to,
                List.of(new Point(0, 0), new Point(300, 0)),
                Collections.nCopies(lanes, new Lane(3.5, 13.9)),
                13.9);
    }

    @Test
    void rejectsAnInconsistentModelNamingEveryProblem() {
        Movement wrong = new Movement(
                0, MovementType.STRAIGHT, "a-b", "b-a", 0, List.of(new LaneLink(0, 0), new LaneLink(2, 5)));
        List<Intersection> nodes = List.of(
                node("a", 0, true, List.of()), node("b", 300, false, List.of(wrong)), node("a", 600, true, List.of()));
        List<Road> roads = List.of(road("a-b", "a", "b", 2), road("b-a", "b", "a", 1), road("b-c", "b", "c", 1));

        InvalidRoadNetworkException e =
                catchThrowableOfType(InvalidRoadNetworkException.class, () -> new RoadNetwork(PLANE, nodes, roads));

        assertThat(e.problems())
                .extracting(NetworkProblem::toString)
                .containsExactlyInAnyOrder(
                        "intersections[2].id: duplicate id \"a\"",
                        "roads[2].to: no intersection \"c\"",
                        "intersections[1].movements[0].laneLinks[1].fromLane: road \"a-b\" has no lane 2",
                        "intersections[1].movements[0].laneLinks[1].toLane: road \"b-a\" has no lane 5");
    }

    @Test
    void rejectsAMovementThatDoesNotTurnAtItsIntersection() {
        Movement backwards = new Movement(0, MovementType.STRAIGHT, "b-a", "a-b", null, List.of(new LaneLink(0, 0)));
        List<Intersection> nodes = List.of(node("a", 0, true, List.of()), node("b", 300, false, List.of(backwards)));
        List<Road> roads = List.of(road("a-b", "a", "b", 1), road("b-a", "b", "a", 1));

        assertThatThrownBy(() -> new RoadNetwork(PLANE, nodes, roads))
                .isInstanceOf(InvalidRoadNetworkException.class)
                .hasMessageContaining(
                        "intersections[1].movements[0].fromRoad: road \"b-a\" does not end at" + " intersection \"b\"")
                .hasMessageContaining(
                        "intersections[1].movements[0].toRoad: road \"a-b\" does not start at" + " intersection \"b\"");
    }

    @Test
    void recordsRefuseImpossibleValues() {
        assertThatThrownBy(() -> road("x", "a", "a", 1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> road("x", "a", "b", 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Lane(0, 10)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Phase(0, 0, List.of(1))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new SignalPlan(List.of(new Phase(0, 8, List.of(0))), Clearance.NONE, 10, List.of()))
                .hasMessageContaining("shorter than the 10 s minimum green");
        assertThatThrownBy(() -> new SignalPlan(List.of(new Phase(0, 30, List.of(0))), Clearance.NONE, 10, List.of(0)))
                .hasMessageContaining("needs a clearance time");
        SignalPlan plan = new SignalPlan(List.of(new Phase(0, 30, List.of(0))), Clearance.NONE, 10, List.of());
        Point p = new Point(0, 0);
        assertThatThrownBy(() -> new Intersection("v", Name.of("v"), p, PLANE.toGeo(p), 0, true, List.of(), plan))
                .hasMessageContaining("virtual");
        Movement straight = new Movement(0, MovementType.STRAIGHT, "r1", "r2", null, List.of(new LaneLink(0, 0)));
        SignalPlan straightOnRed =
                new SignalPlan(List.of(new Phase(0, 30, List.of(0))), new Clearance(3, 2, List.of(0)), 10, List.of(0));
        assertThatThrownBy(() -> new Intersection(
                        "x", Name.of("x"), p, PLANE.toGeo(p), 10, false, List.of(straight), straightOnRed))
                .hasMessageContaining("only right turns");
    }

    @Test
    void cyclesThroughPhasesAndClearances() {
        List<Phase> phases =
                List.of(new Phase(0, 30, List.of(0)), new Phase(1, 20, List.of(1)), new Phase(2, 25, List.of(2)));
        SignalPlan plan = SignalPlan.withClearanceAfterEachPhase(phases, new Clearance(3, 2, List.of()), 10);

        assertThat(plan.clearanceSlots()).containsExactly(1, 3, 5);
        assertThat(plan.cycle()).extracting(SignalPlan.Step::seconds).containsExactly(30, 5, 20, 5, 25, 5);
        assertThat(plan.cycleSeconds()).isEqualTo(90);
        assertThat(phases).extracting(plan::cyclePosition).containsExactly(0, 2, 4);

        SignalPlan leading = new SignalPlan(phases, new Clearance(3, 2, List.of()), 10, List.of(0));
        assertThat(phases).extracting(leading::cyclePosition).containsExactly(1, 2, 3);
        assertThat(leading.cycleSeconds()).isEqualTo(80);
    }

    @Test
    void convertsMetresToDegreesOnTheTangentPlane() {
        GeoPoint north = PLANE.toGeo(new Point(0, 1000));
        GeoPoint east = PLANE.toGeo(new Point(1000, 0));

        assertThat(north.lat() - 31.2304).isCloseTo(0.0090194, within(0.000002));
        assertThat(north.lon()).isEqualTo(121.4737);
        assertThat(east.lon() - 121.4737).isCloseTo(0.0104964, within(0.000002));
        assertThat(PLANE.anchor().metresTo(north)).isCloseTo(1000, within(0.01));
        assertThat(PLANE.anchor().metresTo(east)).isCloseTo(1000, within(0.01));
        Point back = PLANE.toLocal(PLANE.toGeo(new Point(-2345.6, 1234.5)));
        assertThat(back.x()).isCloseTo(-2345.6, within(1e-6));
        assertThat(back.y()).isCloseTo(1234.5, within(1e-6));
    }
}
