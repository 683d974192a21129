package city.simulation.traffic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class DetectorsTest {

    static DetectorReading of(List<List<DetectorReading>> batches, int batch, String lane) {
        return batches.get(batch).stream()
                .filter(r -> r.laneId().equals(lane))
                .findFirst()
                .orElseThrow();
    }

    @Test
    void countsAVehiclePassingAtSpeed() {
        Scenario s = SimulationTest.loneVehicle(0);
        Simulation sim = new Simulation(s, SimulationTest.greenFrom(0), Simulation.Options.DEFAULT);
        List<List<DetectorReading>> batches = new ArrayList<>();
        sim.attach(new Detectors(s.network(), 60, Detectors.DEFAULT_DISTANCE, batches::add));
        sim.run(120);
        assertThat(batches).hasSize(2);
        assertThat(batches.get(0)).hasSize(s.network().lanes().size());
        // 385 m lane, detector at 365 m: reached after about 35 s at full speed
        DetectorReading r = of(batches, 0, "road_0_1_0_1");
        assertThat(r.from()).isZero();
        assertThat(r.to()).isEqualTo(60);
        assertThat(r.count()).isEqualTo(1);
        assertThat(r.averageSpeed()).isCloseTo(Grids.SPEED, within(0.01));
        // covered for 5 m at 11.1 m/s, of 60 s
        assertThat(r.occupancy()).isCloseTo(5 / Grids.SPEED / 60, within(1e-3));
        assertThat(r.queue()).isZero();
        DetectorReading other = of(batches, 0, "road_0_1_0_0");
        assertThat(other.count()).isZero();
        assertThat(other.averageSpeed()).isNull();
        assertThat(of(batches, 1, "road_0_1_0_1").count()).isZero();
        assertThat(of(batches, 1, "road_1_1_0_1").count()).isEqualTo(1);
    }

    @Test
    void aQueueOverTheDetectorOccupiesItFully() {
        String roadnet = Grids.roadnet(1, 1, 400, 5, 30, true);
        Scenario s = Grids.scenario(roadnet, List.of(Grids.flow(Grids.row(1, 1, 0), 2, 0, 40)));
        Simulation sim = new Simulation(s, SimulationTest.greenFrom(1e9), Simulation.Options.DEFAULT);
        List<List<DetectorReading>> batches = new ArrayList<>();
        sim.run(60);
        sim.attach(new Detectors(s.network(), 60, Detectors.DEFAULT_DISTANCE, batches::add));
        sim.run(180);
        DetectorReading r = of(batches, 1, "road_0_1_0_1");
        assertThat(r.from()).isEqualTo(120);
        assertThat(r.queue()).isEqualTo(21);
        assertThat(r.count()).isZero();
        // 21 vehicles at 7.5 m or a little more from the line: the one 20 m before it stands on the detector
        assertThat(r.occupancy()).isIn(0.0, 1.0);
    }
}
