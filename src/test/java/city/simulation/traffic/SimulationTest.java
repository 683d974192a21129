package city.simulation.traffic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import city.simulation.traffic.Simulation.VehicleState;
import city.simulation.traffic.signals.FixedPlan;
import city.simulation.traffic.signals.MaxPressure;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SimulationTest {

    static final double V = Grids.SPEED;
    static final double ACC = 2.0;
    static final double MIN_GAP = 2.5;

    /** Every link green from {@code from} on, red before. */
    static Signals greenFrom(double from) {
        return new Signals() {
            private double now;

            @Override
            public void step(double time, Observations observations) {
                now = time;
            }

            @Override
            public boolean green(String intersectionId, int roadLinkIndex) {
                return now >= from;
            }
        };
    }

    /** A single signalised intersection 400 m from its boundary nodes, one vehicle east at second {@code t}. */
    static Scenario loneVehicle(double t) {
        String roadnet = Grids.roadnet(1, 1, 400, 5, 30, true);
        return Grids.scenario(roadnet, List.of(Grids.flow(Grids.row(1, 1, 0), 1, t, t)));
    }

    /** The time a vehicle starting at rest needs for {@code distance} metres: accelerate, then cruise. */
    static double freeFlowTime(double distance) {
        return distance / V + V / (2 * ACC);
    }

    @Test
    void aLoneVehicleOnGreenTakesTheFreeFlowTime() {
        Scenario s = loneVehicle(0);
        Simulation sim = new Simulation(s, greenFrom(0), Simulation.Options.DEFAULT);
        RunResult r = sim.run(200);
        Network n = s.network();
        // 400 m less the intersection's 15 m on each side of it, and the 30 m through lane link in the middle
        double distance = n.lane(n.laneIndex("road_0_1_0_1")).length()
                + 30
                + n.lane(n.laneIndex("road_1_1_0_1")).length();
        assertThat(distance).isCloseTo(800, within(0.01));
        assertThat(r.finished()).isEqualTo(1);
        assertThat(r.averageTravelTime()).isCloseTo(freeFlowTime(distance), within(2.0));
        assertThat(r.averageIncomingTime()).isCloseTo(freeFlowTime(385), within(2.0));
        assertThat(r.stopsPerVehicle()).isZero();
        assertThat(r.averageDelay()).isCloseTo(V / (2 * ACC), within(2.0));
    }

    @Test
    void aLoneVehicleWaitsAtTheStopLineUntilGreen() {
        double red = 120;
        Scenario s = loneVehicle(0);
        Simulation sim = new Simulation(s, greenFrom(red), Simulation.Options.DEFAULT);
        while (sim.time() < red) {
            sim.step();
        }
        VehicleState waiting = sim.vehicles().get(0);
        assertThat(waiting.lane()).isEqualTo(s.network().laneIndex("road_0_1_0_1"));
        assertThat(waiting.position()).isCloseTo(385, within(1.0));
        assertThat(waiting.speed()).isZero();
        RunResult r = sim.run(300);
        assertThat(r.finished()).isEqualTo(1);
        // from rest at the line at second 120: the lane link and the exit road
        assertThat(r.averageTravelTime()).isCloseTo(red + freeFlowTime(30 + 385), within(2.0));
        assertThat(r.stopsPerVehicle()).isEqualTo(1.0);
    }

    @Test
    void vehiclesAreConservedAtEveryStep() {
        Scenario s = Grids.saturated(2, 2, 900);
        Simulation sim = new Simulation(s, new FixedPlan(s.network()), Simulation.Options.DEFAULT);
        int arrived = 0;
        while (sim.time() < 1200) {
            sim.step();
            assertThat(sim.entered()).isEqualTo(sim.finished() + sim.onNetwork());
            assertThat(sim.departed()).isEqualTo(sim.entered() + sim.waitingToEnter());
            assertThat(sim.vehicles()).hasSize(sim.onNetwork());
            assertThat(sim.finished()).isGreaterThanOrEqualTo(arrived);
            arrived = sim.finished();
        }
        assertThat(sim.finished()).isGreaterThan(500);
        RunResult r = sim.result("plan");
        assertThat(r.entered()).isEqualTo(r.finished() + r.onNetwork());
        assertThat(r.departed()).isEqualTo(r.entered() + r.waitingToEnter());
    }

    /** Remembers what it answered for every road link in every step. */
    static final class Recording implements Signals {
        final Signals inner;
        final Map<String, Boolean> answers = new HashMap<>();

        Recording(Signals inner) {
            this.inner = inner;
        }

        @Override
        public void step(double time, Observations observations) {
            answers.clear();
            inner.step(time, observations);
        }

        @Override
        public boolean green(String intersectionId, int roadLinkIndex) {
            boolean g = inner.green(intersectionId, roadLinkIndex);
            answers.put(intersectionId + "/" + roadLinkIndex, g);
            return g;
        }
    }

    @Test
    void noVehicleEverCrossesAStopLineOnRed() {
        for (boolean maxPressure : new boolean[] {false, true}) {
            Scenario s = Grids.saturated(2, 2, 900);
            Network n = s.network();
            Recording signals = new Recording(maxPressure ? new MaxPressure(n) : new FixedPlan(n));
            Simulation sim = new Simulation(s, signals, Simulation.Options.DEFAULT);
            Map<Integer, VehicleState> before = new HashMap<>();
            int crossings = 0;
            while (sim.time() < 1200) {
                sim.step();
                Map<Integer, VehicleState> after = new HashMap<>();
                for (VehicleState v : sim.vehicles()) {
                    after.put(v.id(), v);
                    VehicleState b = before.get(v.id());
                    if (b == null || b.lane() < 0) {
                        continue;
                    }
                    int road = n.lane(b.lane()).road();
                    boolean crossed = v.roadLink() >= 0 || n.lane(v.lane()).road() != road;
                    if (crossed) {
                        crossings++;
                        Network.Intersection x = n.intersection(n.road(road).to());
                        int nextRoad = v.roadLink() >= 0 ? -1 : n.lane(v.lane()).road();
                        for (Network.RoadLink link : x.roadLinks()) {
                            int g = n.globalRoadLink(x.index(), link.index());
                            boolean taken = v.roadLink() >= 0
                                    ? g == v.roadLink()
                                    : link.startRoad() == road && link.endRoad() == nextRoad;
                            if (taken) {
                                assertThat(signals.answers.get(x.id() + "/" + link.index()))
                                        .as(
                                                "vehicle %d entering link %d of %s at %s",
                                                v.id(), link.index(), x.id(), sim.time())
                                        .isTrue();
                            }
                        }
                    }
                }
                before = after;
            }
            assertThat(crossings).isGreaterThan(1000);
        }
    }

    @Test
    void noVehicleIsEverCloserThanTheMinimumGapToTheOneAhead() {
        Scenario s = Grids.saturated(2, 2, 900);
        Network n = s.network();
        Simulation sim = new Simulation(s, new MaxPressure(n), Simulation.Options.DEFAULT);
        int pairs = 0;
        int acrossLinkEnds = 0;
        double smallest = Double.MAX_VALUE;
        while (sim.time() < 1200) {
            sim.step();
            List<VehicleState> all = sim.vehicles();
            Map<Integer, VehicleState> lastOnLane = new HashMap<>();
            for (VehicleState v : all) {
                if (v.lane() >= 0) {
                    lastOnLane.put(v.lane(), v);
                }
            }
            for (int i = 0; i < all.size(); i++) {
                VehicleState v = all.get(i);
                VehicleState ahead = i == 0 ? null : all.get(i - 1);
                boolean sameDrivable = ahead != null
                        && ahead.lane() == v.lane()
                        && ahead.roadLink() == v.roadLink()
                        && ahead.laneLink() == v.laneLink();
                double gap;
                if (sameDrivable) {
                    gap = ahead.position() - ahead.length() - v.position();
                    pairs++;
                } else if (v.roadLink() >= 0) {
                    // the first on its lane link: behind the last vehicle of the lane the link leads into
                    Network.LaneLink link =
                            roadLink(n, v.roadLink()).laneLinks().get(v.laneLink());
                    VehicleState last = lastOnLane.get(link.endLane());
                    if (last == null) {
                        continue;
                    }
                    gap = link.length() - v.position() + last.position() - last.length();
                    acrossLinkEnds++;
                } else {
                    continue;
                }
                smallest = Math.min(smallest, gap);
                assertThat(gap)
                        .as("gap of vehicle %d at %s", v.id(), sim.time())
                        .isGreaterThanOrEqualTo(MIN_GAP - 1e-6);
            }
        }
        assertThat(pairs).isGreaterThan(10_000);
        assertThat(acrossLinkEnds).isGreaterThan(1_000);
        assertThat(smallest).isLessThan(MIN_GAP + 0.5);
    }

    static Network.RoadLink roadLink(Network n, int global) {
        for (Network.Intersection x : n.intersections()) {
            for (Network.RoadLink link : x.roadLinks()) {
                if (n.globalRoadLink(x.index(), link.index()) == global) {
                    return link;
                }
            }
        }
        throw new IllegalArgumentException("no road link " + global);
    }

    @Test
    void theSameSeedGivesTheSameRunAndAnotherSeedAnother() {
        String roadnet = Grids.roadnet(2, 2, 300, 5, 30, true);
        List<ObjectNode> flows = new ArrayList<>();
        flows.add(Grids.flow(Grids.row(1, 2, 0), 3, 0, 600));
        flows.add(Grids.flow(Grids.column(2, 2, 3), 4, 0, 600));
        // vehicles that drive one road only pick any of its lanes: the seed decides which
        flows.add(Grids.flow(List.of("road_1_1_0"), 2, 0, 600));
        flows.add(Grids.flow(List.of("road_2_0_1"), 2, 0, 600));
        Scenario s = Grids.scenario(roadnet, flows);
        Simulation a = new Simulation(s, new MaxPressure(s.network()), new Simulation.Options(1, 7));
        Simulation b = new Simulation(s, new MaxPressure(s.network()), new Simulation.Options(1, 7));
        Simulation c = new Simulation(s, new MaxPressure(s.network()), new Simulation.Options(1, 8));
        while (a.time() < 900) {
            a.step();
            b.step();
            c.step();
            assertThat(a.vehicles()).isEqualTo(b.vehicles());
        }
        assertThat(a.result("x")).isEqualTo(b.result("x"));
        assertThat(a.result("x").finished()).isGreaterThan(700);
        assertThat(c.result("x")).isNotEqualTo(a.result("x"));
    }

    @Test
    void maxPressureBeatsTheFixedPlanOnASaturatedGrid() {
        Scenario s = Grids.saturated(3, 3, 1800);
        RunResult plan = new Simulation(s, new FixedPlan(s.network()), Simulation.Options.DEFAULT).run(1800);
        RunResult mp = new Simulation(s, new MaxPressure(s.network()), Simulation.Options.DEFAULT).run(1800);
        assertThat(plan.waitingToEnter() + plan.onNetwork()).as("saturated").isGreaterThan(300);
        assertThat(mp.averageTravelTime()).isLessThan(0.8 * plan.averageTravelTime());
        assertThat(mp.finished()).isGreaterThan(plan.finished());
    }

    @Test
    void aSmallerStepRunsTheSameScenario() {
        Scenario s = loneVehicle(0);
        RunResult r = new Simulation(s, greenFrom(0), new Simulation.Options(0.5, 0)).run(200);
        assertThat(r.finished()).isEqualTo(1);
        assertThat(r.averageTravelTime()).isCloseTo(freeFlowTime(800), within(2.0));
    }

    @Test
    void vehiclesWaitToEnterWhenTheirFirstLaneIsFull() {
        String roadnet = Grids.roadnet(1, 1, 400, 5, 30, true);
        List<ObjectNode> flows = new ArrayList<>();
        // ten vehicles a second onto one road whose light stays red
        for (int k = 0; k < 10; k++) {
            flows.add(Grids.flow(Grids.row(1, 1, 0), 1, 0, 100));
        }
        Scenario s = Grids.scenario(roadnet, flows);
        Simulation sim = new Simulation(s, greenFrom(1e9), Simulation.Options.DEFAULT);
        RunResult r = sim.run(300);
        // the through lane holds at most 385 / 7.5 vehicles, and no vehicle leaves
        assertThat(r.onNetwork()).isBetween(45, 52);
        assertThat(r.finished()).isZero();
        assertThat(r.waitingToEnter()).isEqualTo(1010 - r.onNetwork());
        assertThat(r.averageTravelTime()).isGreaterThan(100);
    }
}
