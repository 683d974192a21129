package city.simulation.traffic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import city.simulation.traffic.Demand.Flow;
import city.simulation.traffic.signals.FixedPlan;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class OdDemandTest {

    private static final Network GRID = CityFlowReader.readRoadnet(Grids.roadnet(3, 3, 300, 5, 30, true));

    @Test
    void theBoundaryMatrixJoinsEveryEntryToEveryExitButStraightBackWithTheWholeRate() {
        List<OdDemand.Trip> m = OdDemand.boundaryMatrix(GRID, 3600);
        // 3 x 3 grid: 12 boundary roads in, 12 out; each entry reaches 11 exits (not the one back out where it came)
        assertThat(m).hasSize(12 * 11);
        assertThat(m.stream().mapToDouble(OdDemand.Trip::perHourAtPeak).sum()).isCloseTo(3600, within(1e-6));
        OdDemand d = new OdDemand(GRID, m, OdDemand.DayProfile.FLAT, OdDemand.CITY_CAR, 1);
        assertThat(d.trips()).as("every pair has a lane-by-lane route").hasSize(m.size());
        // the straight pair goes straight across: 4 roads (in, two between, out)
        int i = d.trips()
                .indexOf(m.stream()
                        .filter(t -> t.fromRoad().equals(Grids.road(0, 1, 0))
                                && t.toRoad().equals(Grids.road(3, 1, 0)))
                        .findFirst()
                        .orElseThrow());
        assertThat(d.route(i))
                .containsExactly(Grids.road(0, 1, 0), Grids.road(1, 1, 0), Grids.road(2, 1, 0), Grids.road(3, 1, 0));
    }

    @Test
    void vehiclesArriveAtTheMatrixRateShapedByTheTimeOfDay() {
        OdDemand d = new OdDemand(
                GRID, OdDemand.boundaryMatrix(GRID, 3600), OdDemand.DayProfile.WEEKDAY, OdDemand.CITY_CAR, 7);
        // an hour from 8:00 (factor about 1) against an hour from 3:00 (about 0.05)
        int rush = d.between(0, 3600, 8 * 3600).size();
        int night = d.between(0, 3600, 3 * 3600).size();
        assertThat(rush).isBetween(3100, 3700);
        assertThat(night).isBetween(100, 300);
        // every vehicle's route is drivable: the scenario accepts the hour
        assertThat(new Scenario(GRID, d.demand(3600, 8 * 3600)).demand().flows())
                .hasSize(rush);
    }

    @Test
    void theSameSeedGivesTheSameVehiclesHoweverTheTimeIsCutIntoWindows() {
        OdDemand a = new OdDemand(
                GRID, OdDemand.boundaryMatrix(GRID, 2000), OdDemand.DayProfile.WEEKDAY, OdDemand.CITY_CAR, 42);
        OdDemand b = new OdDemand(
                GRID, OdDemand.boundaryMatrix(GRID, 2000), OdDemand.DayProfile.WEEKDAY, OdDemand.CITY_CAR, 42);
        List<Flow> whole = a.between(0, 600, 17 * 3600);
        List<Flow> minutes = new ArrayList<>();
        for (int m = 0; m < 10; m++) {
            minutes.addAll(b.between(m * 60, m * 60 + 60, 17 * 3600));
        }
        assertThat(minutes).containsExactlyInAnyOrderElementsOf(whole);
        List<Flow> other = new OdDemand(
                        GRID, OdDemand.boundaryMatrix(GRID, 2000), OdDemand.DayProfile.WEEKDAY, OdDemand.CITY_CAR, 43)
                .between(0, 600, 17 * 3600);
        assertThat(other).isNotEqualTo(whole);
    }

    @Test
    void generatedDemandIsWrittenAsAFlowFileThatReadsBackTheSame() {
        OdDemand d = new OdDemand(
                GRID, OdDemand.boundaryMatrix(GRID, 1200), OdDemand.DayProfile.WEEKDAY, OdDemand.CITY_CAR, 3);
        Demand demand = d.demand(600, 8 * 3600);
        assertThat(demand.flows()).isNotEmpty();
        assertThat(CityFlowReader.readFlow(CityFlowWriter.flow(demand), GRID)).isEqualTo(demand);
    }

    @Test
    void theProfileIsReadBetweenHourCentresAndWrapsAtMidnight() {
        OdDemand.DayProfile p = OdDemand.DayProfile.WEEKDAY;
        assertThat(p.at(8.5 * 3600)).isCloseTo(1.0, within(1e-9));
        assertThat(p.at(8 * 3600)).isCloseTo((0.85 + 1.0) / 2, within(1e-9));
        assertThat(p.at(0)).isCloseTo((0.20 + 0.12) / 2, within(1e-9));
        assertThat(p.at(24 * 3600 + 8.5 * 3600)).isCloseTo(1.0, within(1e-9));
    }

    @Test
    void flowsAddedWhileRunningDriveArriveAndAreReported() {
        Scenario empty = new Scenario(GRID, new Demand(List.of()));
        Simulation sim = new Simulation(empty, new FixedPlan(GRID), Simulation.Options.DEFAULT);
        List<Simulation.Arrival> arrived = new ArrayList<>();
        sim.onArrival(arrived::add);
        sim.run(10);
        List<String> route =
                List.of(Grids.road(0, 1, 0), Grids.road(1, 1, 0), Grids.road(2, 1, 0), Grids.road(3, 1, 0));
        int flow = sim.add(new Flow(OdDemand.CITY_CAR, route, 1, 5, 5));
        assertThat(sim.flow(flow).route()).isEqualTo(route);
        sim.run(600);
        assertThat(arrived).hasSize(1);
        Simulation.Arrival a = arrived.get(0);
        assertThat(a.flow()).isEqualTo(flow);
        assertThat(a.departure()).as("a departure in the past leaves now").isEqualTo(10.0);
        // four roads of 300 m less the intersections, at most 60 km/h: no faster than free flow
        assertThat(a.travelTime()).isGreaterThan(3 * 285 / 16.667);
        assertThat(sim.entered()).isEqualTo(sim.finished() + sim.onNetwork()).isEqualTo(1);
    }

    @Test
    void aRouteThatCannotBeDrivenIsRefusedAndChangesNothing() {
        Simulation sim = new Simulation(
                new Scenario(GRID, new Demand(List.of())), new FixedPlan(GRID), Simulation.Options.DEFAULT);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> sim.add(
                        new Flow(OdDemand.CITY_CAR, List.of(Grids.road(0, 1, 0), Grids.road(2, 2, 1)), 1, 0, 0)))
                .isInstanceOf(ScenarioException.class);
        sim.run(60);
        assertThat(sim.departed()).isZero();
    }

    @Test
    void aStalledVehicleStopsWithinItsBrakingDistanceAndBlocksItsLaneUntilItIsCleared() {
        Simulation sim = new Simulation(
                new Scenario(GRID, new Demand(List.of())), new FixedPlan(GRID), Simulation.Options.DEFAULT);
        List<String> route =
                List.of(Grids.road(0, 1, 0), Grids.road(1, 1, 0), Grids.road(2, 1, 0), Grids.road(3, 1, 0));
        sim.add(new Flow(OdDemand.CITY_CAR, route, 3, 0, 120));
        sim.run(20);
        Simulation.VehicleState first = sim.vehicles().stream()
                .filter(v -> v.lane() >= 0 && v.speed() > 5)
                .findFirst()
                .orElseThrow();
        assertThat(sim.stall(first.id(), 120)).isTrue();
        assertThat(sim.stall(-1, 60)).isFalse();
        sim.run(30);
        Simulation.VehicleState stopped = state(sim, first.id());
        assertThat(stopped.speed()).isZero();
        sim.run(50);
        Simulation.VehicleState still = state(sim, first.id());
        assertThat(still.position()).isEqualTo(stopped.position());
        long behind = sim.vehicles().stream()
                .filter(v -> v.lane() == stopped.lane() && v.position() < stopped.position() && v.speed() < 0.1)
                .count();
        assertThat(behind).as("a queue forms behind it").isPositive();
        sim.run(200);
        Simulation.VehicleState gone = sim.vehicles().stream()
                .filter(v -> v.id() == first.id())
                .findFirst()
                .orElse(null);
        assertThat(gone == null || gone.position() > still.position() || gone.lane() != still.lane())
                .as("it drives on once cleared")
                .isTrue();
    }

    private static Simulation.VehicleState state(Simulation sim, int id) {
        return sim.vehicles().stream().filter(v -> v.id() == id).findFirst().orElseThrow();
    }
}
