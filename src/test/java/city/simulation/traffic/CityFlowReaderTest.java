package city.simulation.traffic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.junit.jupiter.api.Test;

class CityFlowReaderTest {

    @Test
    void readsAGridAsCityFlowDrawsIt() {
        Network n = CityFlowReader.readRoadnet(Grids.roadnet(2, 2, 400, 5, 30, true));
        assertThat(n.intersections()).hasSize(12);
        assertThat(n.intersections().stream().filter(Network.Intersection::signalised))
                .hasSize(4);
        assertThat(n.roads()).hasSize(24);
        assertThat(n.lanes()).hasSize(72);
        // a boundary road is cut back at its real end only, an inner road at both
        assertThat(n.lane(n.laneIndex("road_0_1_0_0")).length()).isCloseTo(385, within(1e-9));
        assertThat(n.lane(n.laneIndex("road_1_1_0_2")).length()).isCloseTo(370, within(1e-9));
        // lane 0 is the innermost, lanes lie to the right of the road's direction (east: south of it)
        Network.Lane inner = n.lane(n.laneIndex("road_1_1_0_0"));
        assertThat(inner.points().get(0).y()).isCloseTo(400 - 2, within(1e-9));
        assertThat(n.lane(n.laneIndex("road_1_1_0_2")).points().get(0).y()).isCloseTo(400 - 10, within(1e-9));
        Network.Intersection x = n.intersection(n.intersectionIndex("intersection_1_1"));
        assertThat(x.roadLinks()).hasSize(12);
        assertThat(x.phases()).hasSize(9);
        assertThat(x.roadLinks().get(0).turn()).isEqualTo(Network.Turn.STRAIGHT);
        assertThat(x.roadLinks().get(0).laneLinks().get(1).length()).isCloseTo(30, within(1e-9));
        assertThat(x.roadLinks().get(0).startLanes()).containsExactly(n.laneIndex("road_0_1_0_1"));
    }

    @Test
    void drawsLaneLinksWithoutPointsAsCurves() {
        Network n = CityFlowReader.readRoadnet(Grids.roadnet(1, 1, 400, 5, 30, false));
        Network.RoadLink straight = n.intersection(n.intersectionIndex("intersection_1_1"))
                .roadLinks()
                .get(0);
        Network.LaneLink ll = straight.laneLinks().get(1);
        assertThat(ll.points()).hasSize(11);
        assertThat(ll.length()).isCloseTo(30, within(1e-6));
        Network.RoadLink left = n.intersection(n.intersectionIndex("intersection_1_1"))
                .roadLinks()
                .get(1);
        assertThat(left.laneLinks().get(0).length()).isBetween(20.0, 40.0);
    }

    @Test
    void readsFlows() {
        Network n = CityFlowReader.readRoadnet(Grids.roadnet(1, 1, 400, 5, 30, true));
        ArrayNode flows = Grids.JSON.createArrayNode();
        flows.add(Grids.flow(Grids.row(1, 1, 0), 2, 10, 20));
        Demand d = CityFlowReader.readFlow(flows.toString(), n);
        Demand.Flow f = d.flows().get(0);
        assertThat(f.route()).containsExactly("road_0_1_0", "road_1_1_0");
        assertThat(f.vehicle()).isEqualTo(Demand.VehicleType.PASSENGER_CAR);
        assertThat(f.departure(0)).isEqualTo(10);
        assertThat(f.departure(5)).isEqualTo(20);
        assertThat(f.departure(6)).isNaN();
    }

    @Test
    void namesEveryProblemOfAFlowWithItsPlace() {
        Network n = CityFlowReader.readRoadnet(Grids.roadnet(1, 1, 400, 5, 30, true));
        ArrayNode flows = Grids.JSON.createArrayNode();
        flows.add(Grids.flow(List.of("road_0_1_0", "road_1_1_2"), 1, 0, 0));
        flows.add(Grids.flow(List.of("road_0_1_0", "road_1_0_1"), 1, 0, 0));
        flows.add(Grids.flow(List.of("road_0_1_0", "nowhere"), 1, 0, 0));
        ObjectNode bad = Grids.flow(List.of("road_0_1_0"), 0, 0, 10);
        ((ObjectNode) bad.get("vehicle")).remove("maxSpeed");
        flows.add(bad);
        flows.add(Grids.flow(List.of("road_1_1_0", "road_0_1_0"), 1, 0, 0));
        assertThatThrownBy(() -> CityFlowReader.readFlow(flows.toString(), n))
                .isInstanceOf(ScenarioException.class)
                .satisfies(e -> assertThat(((ScenarioException) e).problems())
                        .containsExactlyInAnyOrder(
                                "flow[0].route[1]: no road link of intersection_1_1 leads from road_0_1_0 into"
                                        + " road_1_1_2",
                                "flow[1].route[1]: road_1_0_1 does not start where road_0_1_0 ends"
                                        + " (intersection_1_1)",
                                "flow[2].route[1]: no road \"nowhere\"",
                                "flow[3].vehicle.maxSpeed: missing",
                                "flow[3].interval: must be positive when the flow repeats",
                                "flow[4].route[1]: road_1_1_0 ends at virtual intersection intersection_2_1, where"
                                        + " vehicles can only leave"));
    }

    @Test
    void namesProblemsOfARoadnet() {
        ObjectNode root = parse(Grids.roadnet(1, 1, 400, 5, 30, true));
        ((ObjectNode) root.get("roads").get(0)).put("endIntersection", "atlantis");
        ObjectNode x = intersection(root, "intersection_1_1");
        ((ObjectNode) x.get("roadLinks").get(3).get("laneLinks").get(0)).put("endLaneIndex", 7);
        x.remove("trafficLight");
        assertThatThrownBy(() -> CityFlowReader.readRoadnet(root))
                .isInstanceOf(ScenarioException.class)
                .hasMessageContaining("roads[0].endIntersection: no intersection \"atlantis\"")
                .hasMessageContaining("intersections[2].trafficLight: missing")
                .hasMessageContaining("intersections[2].roadLinks[3].laneLinks[0]: lane index out of range")
                .hasMessageContaining("intersections[2].roadLinks[0].startRoad: no road \"road_0_1_0\"");
        assertThatThrownBy(() -> CityFlowReader.readRoadnet("[1, 2"))
                .isInstanceOf(ScenarioException.class)
                .hasMessageStartingWith("roadnet: not JSON");
    }

    @Test
    void refusesRoutesThatNeedALaneChange() {
        ObjectNode root = parse(Grids.roadnet(2, 1, 400, 5, 30, true));
        // the eastbound through movement at intersection_1_1 now leads only into lane 0 (left turns only) of the next
        // road, so going straight through both intersections would need a lane change
        ArrayNode laneLinks = (ArrayNode)
                intersection(root, "intersection_1_1").get("roadLinks").get(0).get("laneLinks");
        laneLinks.remove(2);
        laneLinks.remove(1);
        Network n = CityFlowReader.readRoadnet(root);
        ArrayNode flows = Grids.JSON.createArrayNode();
        flows.add(Grids.flow(Grids.row(1, 2, 0), 1, 0, 0));
        flows.add(Grids.flow(Grids.row(1, 2, 2), 1, 0, 0));
        Demand d = CityFlowReader.readFlow(flows.toString(), n);
        assertThatThrownBy(() -> new Scenario(n, d))
                .isInstanceOf(ScenarioException.class)
                .hasMessage("scenario: flow[0].route: cannot be driven without changing lanes (no lane of road_0_1_0"
                        + " leads through the whole route)");
    }

    private static ObjectNode parse(String json) {
        try {
            return (ObjectNode) Grids.JSON.readTree(json);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static ObjectNode intersection(ObjectNode root, String id) {
        for (var x : root.get("intersections")) {
            if (x.get("id").asText().equals(id)) {
                return (ObjectNode) x;
            }
        }
        throw new IllegalArgumentException(id);
    }
}
