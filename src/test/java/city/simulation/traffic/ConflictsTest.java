package city.simulation.traffic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import city.simulation.traffic.Simulation.VehicleState;
import java.util.List;
import org.junit.jupiter.api.Test;

class ConflictsTest {

    static final List<String> EAST_LEFT = List.of("road_0_1_0", "road_1_1_1");
    static final List<String> WEST_THROUGH = List.of("road_2_1_2", "road_1_1_2");

    /** An eastbound left turner and a westbound through vehicle at the given seconds, every light green. */
    static Simulation run(double left, double through) {
        String roadnet = Grids.roadnet(1, 1, 400, 5, 30, true);
        Scenario s = Grids.scenario(
                roadnet, List.of(Grids.flow(EAST_LEFT, 1, left, left), Grids.flow(WEST_THROUGH, 1, through, through)));
        return new Simulation(s, SimulationTest.greenFrom(0), Simulation.Options.DEFAULT);
    }

    /** How far the vehicle's front is past the start of the lane link it takes from {@code lane} (negative before). */
    static double alongLink(Network n, VehicleState v, int lane, int roadLink, double linkLength) {
        if (v.roadLink() == roadLink) {
            return v.position();
        }
        return v.lane() == lane ? v.position() - n.lane(lane).length() : linkLength + v.position();
    }

    @Test
    void aLeftTurnAndTheOpposingThroughNeverStandOnTheirCrossingTogether() {
        // the straight lane links cross at (-7, 6): 8/17 of the left turn's 24.04 m, 22 m into the 30 m through link
        double leftLength = Math.hypot(17, 17);
        double leftAt = leftLength * 8 / 17;
        double throughAt = 22;
        for (int offset = -6; offset <= 6; offset++) {
            Simulation sim = run(Math.max(0, offset), Math.max(0, -offset));
            Network n = sim.scenario().network();
            int x = n.intersectionIndex("intersection_1_1");
            int leftLink = n.globalRoadLink(x, 1);
            int throughLink = n.globalRoadLink(x, 6);
            int leftLane = n.laneIndex("road_0_1_0_0");
            int throughLane = n.laneIndex("road_2_1_2_1");
            while (sim.time() < 150) {
                sim.step();
                boolean leftOn = false;
                boolean throughOn = false;
                for (VehicleState v : sim.vehicles()) {
                    if (v.flow() == 0) {
                        double d = alongLink(n, v, leftLane, leftLink, leftLength);
                        leftOn = d >= leftAt && d - v.length() <= leftAt;
                    } else {
                        double d = alongLink(n, v, throughLane, throughLink, 30);
                        throughOn = d >= throughAt && d - v.length() <= throughAt;
                    }
                }
                assertThat(leftOn && throughOn)
                        .as("both on the crossing at %s, left departing %s s after", sim.time(), offset)
                        .isFalse();
            }
            assertThat(sim.finished()).isEqualTo(2);
        }
    }

    @Test
    void theLeftTurnLosesTimeOnlyWhenTheThroughVehicleComes() {
        RunResult alone = run(0, 1000).run(200);
        RunResult together = run(0, 0).run(200);
        // the through vehicle goes unhindered (its free-flow time over 800 m), the left turner loses time
        assertThat(together.travelTimes().p10()).isCloseTo(SimulationTest.freeFlowTime(800), within(2.0));
        assertThat(together.travelTimes().max())
                .isGreaterThan(alone.travelTimes().max() + 2);
        assertThat(alone.stopsPerVehicle()).isZero();
        assertThat(alone.finished()).isEqualTo(1);
    }
}
