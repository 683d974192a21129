package city.traffic.internal;

import static org.assertj.core.api.Assertions.assertThat;

import city.traffic.internal.network.DefaultCity;
import city.traffic.internal.network.Road;
import city.traffic.internal.network.RoadNetwork;
import org.junit.jupiter.api.Test;

class RouterTest {

    static final RoadNetwork CITY = DefaultCity.build();

    @Test
    void theFastestRouteFollowsTheGridAndAvoidsASlowRoad() {
        Router router = new Router(CITY);
        String from = CITY.signalisedIntersections().get(0).id();
        String to = CITY.signalisedIntersections()
                .get(CITY.signalisedIntersections().size() - 1)
                .id();
        Router.Route free = router.fastest(from, to, Road::freeFlowSeconds);
        assertThat(free).isNotNull();
        assertThat(free.roads().get(0).from()).isEqualTo(from);
        assertThat(free.roads().get(free.roads().size() - 1).to()).isEqualTo(to);
        for (int i = 1; i < free.roads().size(); i++) {
            assertThat(free.roads().get(i).from())
                    .isEqualTo(free.roads().get(i - 1).to());
        }
        assertThat(free.seconds())
                .isCloseTo(
                        free.roads().stream().mapToDouble(Road::freeFlowSeconds).sum(),
                        org.assertj.core.data.Offset.offset(0.01));
        // the first road of that route jammed: the router goes around it
        Road jammed = free.roads().get(0);
        Router.Route around = router.fastest(from, to, r -> r == jammed ? 10_000 : r.freeFlowSeconds());
        assertThat(around.roads()).doesNotContain(jammed);
        assertThat(around.seconds()).isGreaterThanOrEqualTo(free.seconds());
        assertThat(router.fastest(from, from, Road::freeFlowSeconds).roads()).isEmpty();
        assertThat(router.fastest(from, "nowhere", Road::freeFlowSeconds)).isNull();
    }
}
