package city.simulation.parking;

import static org.assertj.core.api.Assertions.assertThat;

import city.parking.api.ParkingApi;
import city.parking.api.SpaceView;
import city.parking.internal.LotInfo;
import city.parking.internal.LotInput;
import city.parking.internal.ParkingAdmin;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Collectors;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

/** The live city's sensors post through the public endpoint with real device credentials, into live state. */
@QuarkusTest
class ParkingSensorSimulatorTest {

    @Inject
    ParkingSensorSimulator simulator;

    @Inject
    ParkingApi parking;

    @Inject
    ParkingAdmin admin;

    @Test
    void whatTheVirtualSensorsSeeIsWhatTheCitySees() throws Exception {
        String id = "SIM" + ThreadLocalRandom.current().nextInt(100_000, 999_999);
        LotInfo lot = admin.createLot(new LotInput(
                id,
                "模拟停车场" + id,
                "Simulated car park " + id,
                "onStreet",
                null,
                null,
                null,
                null,
                31.24,
                121.48,
                null,
                null,
                0,
                1000L,
                1000L,
                null,
                null,
                400,
                0,
                0,
                "SIMS-" + id));
        ParkingSensorModel model = simulator.begin(List.of(parking.lot(lot.id()).orElseThrow()));
        long before = simulator.sent();
        assertThat(before).isPositive();
        for (int i = 0; i < 5; i++) {
            simulator.step();
        }
        Awaitility.await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            Map<String, String> seen =
                    parking.spaces(lot.id()).stream().collect(Collectors.toMap(SpaceView::sensorId, SpaceView::status));
            for (int i = 0; i < model.size(); i++) {
                String expected = model.dead(i) ? "unknown" : model.occupied(i) ? "occupied" : "free";
                assertThat(seen.get(model.bay(i).sensorId()))
                        .as(model.bay(i).sensorId())
                        .isEqualTo(expected);
            }
        });
        assertThat(parking.lot(lot.id()).orElseThrow().occupiedSpots()).isBetween(1, 399);
    }
}
