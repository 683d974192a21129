package city.traffic.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import city.traffic.api.OfflineSignals;
import city.traffic.api.TrafficModel;
import city.traffic.internal.network.CityFlowFormat;
import city.traffic.internal.network.DefaultCity;
import city.traffic.internal.network.Intersection;
import city.traffic.internal.network.Movement;
import city.traffic.internal.network.RoadNetwork;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The traffic module's controllers on a model network, as the digital twin steps them. */
class TwinAccessTest {

    final TrafficModel model = new TwinAccess(null, null);
    final RoadNetwork city = DefaultCity.build();
    final String roadnet = CityFlowFormat.exportRoadnet(city);

    /** Lanes where only the movements of one approach have a queue. */
    static OfflineSignals.Lanes queueOn(String road) {
        return new OfflineSignals.Lanes() {
            @Override
            public double queue(String roadId, int lane) {
                return roadId.equals(road) ? 15 : 0;
            }

            @Override
            public int departed(String roadId, int lane) {
                return 0;
            }
        };
    }

    @Test
    void everyControllerOfTheModuleRunsOnAModelAndNeverShowsConflictingGreens() {
        assertThat(model.controllers()).containsExactly("PLAN", "WEBSTER", "ACTUATED", "MAX_PRESSURE");
        Intersection x = city.signalisedIntersections().get(20);
        for (String controller : model.controllers()) {
            OfflineSignals signals = model.offlineSignals(roadnet, controller);
            assertThat(signals.intersections()).hasSize(128).contains(x.id());
            Set<Integer> everGreen = new HashSet<>();
            for (long s = 1; s <= 600; s++) {
                signals.tick(s, queueOn(x.movements().get(0).fromRoad()));
                List<Movement> ms = x.movements();
                for (int a = 0; a < ms.size(); a++) {
                    if (!signals.green(x.id(), a)) {
                        continue;
                    }
                    everGreen.add(a);
                }
            }
            // over ten minutes every controller serves the queued approach
            assertThat(everGreen).as(controller).contains(0);
            assertThat(signals.green("no-such-intersection", 0)).isFalse();
            assertThat(signals.green(x.id(), 999)).isFalse();
        }
    }

    @Test
    void maxPressureServesTheQueuedApproachMostOfTheTime() {
        Intersection x = city.signalisedIntersections().get(20);
        String road = x.movements().get(0).fromRoad();
        OfflineSignals plan = model.offlineSignals(roadnet, "PLAN");
        OfflineSignals pressure = model.offlineSignals(roadnet, "MAX_PRESSURE");
        int planGreen = 0;
        int pressureGreen = 0;
        for (long s = 1; s <= 900; s++) {
            plan.tick(s, queueOn(road));
            pressure.tick(s, queueOn(road));
            planGreen += plan.green(x.id(), 0) ? 1 : 0;
            pressureGreen += pressure.green(x.id(), 0) ? 1 : 0;
        }
        assertThat(pressureGreen).isGreaterThan(planGreen);
    }

    @Test
    void unknownControllersAndBadNetworksAreRefused() {
        assertThatThrownBy(() -> model.offlineSignals(roadnet, "FASTEST"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("MAX_PRESSURE");
        assertThatThrownBy(() -> model.offlineSignals("{\"intersections\": 3}", "PLAN"))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
