package city.traffic.internal.network;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import city.platform.geo.GeoPoint;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** The default city: a 16 x 8 signalised grid around People's Square. */
class DefaultCityTest {

    private static final RoadNetwork CITY = DefaultCity.build();

    @Test
    void has128SignalisedIntersectionsAndAVirtualOneAtEachStreetEnd() {
        assertThat(CITY.signalisedIntersections()).hasSize(128).noneMatch(Intersection::virtual);
        assertThat(CITY.virtualIntersections()).hasSize(2 * 16 + 2 * 8).noneMatch(Intersection::signalised);
        assertThat(CITY.intersections()).hasSize(128 + 48);
        assertThat(CITY.roads()).as("two ways along 16 x 9 + 8 x 17 blocks").hasSize(2 * (16 * 9 + 8 * 17));
    }

    @Test
    void everyApproachCanGoStraightLeftAndRight() {
        for (Intersection x : CITY.signalisedIntersections()) {
            assertThat(x.movements()).hasSize(12);
            for (Road in : CITY.incomingRoads(x.id())) {
                assertThat(CITY.movementsFrom(in.id()))
                        .extracting(Movement::type)
                        .containsExactlyInAnyOrder(MovementType.STRAIGHT, MovementType.LEFT, MovementType.RIGHT);
                assertThat(CITY.movementsFrom(in.id())).allSatisfy(m -> {
                    assertThat(m.fromLanes()).isNotEmpty();
                    assertThat(m.toLanes()).hasSize(CITY.road(m.toRoad()).laneCount());
                    assertThat(CITY.road(m.toRoad()).to()).as("no U-turn").isNotEqualTo(in.from());
                });
            }
        }
        for (Intersection x : CITY.virtualIntersections()) {
            assertThat(x.movements()).isEmpty();
        }
    }

    @Test
    void everySignalRunsTheUsualFourPhasesWithClearance() {
        for (Intersection x : CITY.signalisedIntersections()) {
            SignalPlan plan = x.signal();
            assertThat(plan.phases())
                    .hasSize(4)
                    .allSatisfy(p -> assertThat(p.greenSeconds()).isEqualTo(30));
            assertThat(plan.minGreenSeconds()).isEqualTo(10);
            assertThat(plan.clearance()).isEqualTo(new Clearance(3, 2, List.of()));
            assertThat(plan.clearanceSlots()).containsExactly(1, 3, 5, 7);
            assertThat(plan.cycleSeconds()).isEqualTo(4 * (30 + 5));

            assertPhase(x, plan.phases().get(0), Set.of(1, 3), Set.of(MovementType.STRAIGHT, MovementType.RIGHT));
            assertPhase(x, plan.phases().get(1), Set.of(1, 3), Set.of(MovementType.LEFT));
            assertPhase(x, plan.phases().get(2), Set.of(0, 2), Set.of(MovementType.STRAIGHT, MovementType.RIGHT));
            assertPhase(x, plan.phases().get(3), Set.of(0, 2), Set.of(MovementType.LEFT));
        }
    }

    /** A phase lets go exactly the movements of the given approaches (headings) and types. */
    private static void assertPhase(Intersection x, Phase phase, Set<Integer> headings, Set<MovementType> types) {
        Set<Integer> expected = x.movements().stream()
                .filter(m -> headings.contains(heading(m)) && types.contains(m.type()))
                .map(Movement::index)
                .collect(Collectors.toSet());
        assertThat(expected).hasSize(2 * types.size());
        assertThat(phase.movements()).containsExactlyInAnyOrderElementsOf(expected);
    }

    /** The heading of a movement's incoming road, from its geometry: 0 east, 1 north, 2 west, 3 south. */
    private static int heading(Movement m) {
        List<Point> points = CITY.road(m.fromRoad()).points();
        double dx = points.get(1).x() - points.get(0).x();
        double dy = points.get(1).y() - points.get(0).y();
        return Math.abs(dx) > Math.abs(dy) ? (dx > 0 ? 0 : 2) : (dy > 0 ? 1 : 3);
    }

    @Test
    void phasesServeEveryMovementRightTurnsIncluded() {
        for (Intersection x : CITY.signalisedIntersections()) {
            Set<Integer> served = new HashSet<>();
            x.signal().phases().forEach(p -> served.addAll(p.movements()));
            assertThat(served)
                    .containsExactlyInAnyOrderElementsOf(
                            IntStream.range(0, x.movements().size()).boxed().toList());
            int[] phasesServing = new int[x.movements().size()];
            x.signal().phases().forEach(p -> p.movements().forEach(m -> phasesServing[m]++));
            assertThat(phasesServing).as("each movement in exactly one phase").containsOnly(1);
        }
    }

    @Test
    void roadsJoinExistingIntersectionsBothWays() {
        for (Road r : CITY.roads()) {
            assertThat(CITY.findIntersection(r.from())).isPresent();
            assertThat(CITY.findIntersection(r.to())).isPresent();
            assertThat(CITY.outgoingRoads(r.to()))
                    .as("a way back along " + r.id())
                    .anyMatch(back -> back.to().equals(r.from()));
            assertThat(r.points().get(0)).isEqualTo(CITY.intersection(r.from()).position());
            assertThat(r.points().get(r.points().size() - 1))
                    .isEqualTo(CITY.intersection(r.to()).position());
            assertThat(CITY.intersection(r.from()).virtual()
                            && CITY.intersection(r.to()).virtual())
                    .isFalse();
        }
        for (Intersection x : CITY.signalisedIntersections()) {
            assertThat(CITY.incomingRoads(x.id())).hasSize(4);
            assertThat(CITY.outgoingRoads(x.id())).hasSize(4);
        }
        for (Intersection x : CITY.virtualIntersections()) {
            assertThat(CITY.incomingRoads(x.id())).hasSize(1);
            assertThat(CITY.outgoingRoads(x.id())).hasSize(1);
        }
    }

    @Test
    void everyRoadIsReachableFromAnEntry() {
        Set<String> reached = new HashSet<>();
        Deque<String> queue = new ArrayDeque<>(List.of("road_0_1_0"));
        while (!queue.isEmpty()) {
            String road = queue.poll();
            if (reached.add(road)) {
                CITY.movementsFrom(road).forEach(m -> queue.add(m.toRoad()));
            }
        }
        Set<String> entries = CITY.virtualIntersections().stream()
                .flatMap(v -> CITY.outgoingRoads(v.id()).stream())
                .map(Road::id)
                .collect(Collectors.toSet());
        Set<String> all = CITY.roads().stream().map(Road::id).collect(Collectors.toSet());
        all.removeAll(entries);
        assertThat(reached).containsAll(all);
    }

    @Test
    void blocksAreRealisticAndVaried() {
        assertThat(CITY.roads()).allSatisfy(r -> assertThat(r.length()).isBetween(200.0, 450.0));
        assertThat(CITY.roads().stream().map(Road::length).distinct().count()).isGreaterThan(10);
    }

    @Test
    void arterialsHaveThreeLanesAt60AndLocalStreetsTwoAt40To50() {
        assertThat(CITY.roads()).allSatisfy(r -> {
            assertThat(r.lanes()).allSatisfy(l -> assertThat(l.maxSpeed()).isEqualTo(r.speedLimit()));
            if (r.laneCount() == 3) {
                assertThat(r.speedLimitKmh()).isCloseTo(60, within(1e-9));
            } else {
                assertThat(r.laneCount()).isEqualTo(2);
                assertThat(r.speedLimitKmh()).isBetween(40 - 1e-9, 50 + 1e-9);
            }
        });
        assertThat(CITY.road("road_9_7_0").name()).isEqualTo(new Name("南京西路", "Nanjing Road West"));
        assertThat(CITY.road("road_9_7_0").laneCount()).isEqualTo(3);
        assertThat(CITY.road("road_9_6_0").name()).isEqualTo(new Name("威海路", "Weihai Road"));
        assertThat(CITY.road("road_9_6_0").laneCount()).isEqualTo(2);
        assertThat(CITY.road("road_9_3_1").name()).isEqualTo(new Name("西藏中路", "Xizang Road Middle"));
    }

    @Test
    void intersectionsAreNamedAfterTheirTwoStreets() {
        assertThat(CITY.intersection("intersection_9_7").name())
                .isEqualTo(new Name("南京西路 / 西藏中路", "Nanjing Road West / Xizang Road Middle"));
        assertThat(CITY.intersection("intersection_0_5").name().en()).isEqualTo("Yan'an Road Middle, west edge");
        assertThat(CITY.intersections().stream()
                        .map(x -> x.name().zh())
                        .distinct()
                        .count())
                .isEqualTo(CITY.intersections().size());
        assertThat(CITY.signalisedIntersections())
                .extracting(x -> x.name().zh())
                .contains("淮海中路 / 陕西北路", "延安中路 / 成都北路", "北京西路 / 华山路", "建国西路 / 中山东一路");
    }

    @Test
    void isCentredOnPeoplesSquare() {
        double minX = CITY.signalisedIntersections().stream()
                .mapToDouble(x -> x.position().x())
                .min()
                .orElseThrow();
        double maxX = CITY.signalisedIntersections().stream()
                .mapToDouble(x -> x.position().x())
                .max()
                .orElseThrow();
        double minY = CITY.signalisedIntersections().stream()
                .mapToDouble(x -> x.position().y())
                .min()
                .orElseThrow();
        double maxY = CITY.signalisedIntersections().stream()
                .mapToDouble(x -> x.position().y())
                .max()
                .orElseThrow();
        assertThat((minX + maxX) / 2).isCloseTo(0, within(1e-9));
        assertThat((minY + maxY) / 2).isCloseTo(0, within(1e-9));
        assertThat(maxX - minX).as("15 blocks east-west").isBetween(15 * 200.0, 15 * 450.0);
        assertThat(maxY - minY).as("7 blocks north-south").isBetween(7 * 200.0, 7 * 450.0);

        GeoPoint square = LocalTangentPlane.PEOPLES_SQUARE.anchor();
        for (Intersection x : CITY.intersections()) {
            assertThat(x.location()).isEqualTo(CITY.toGeo(x.position()));
            assertThat(square.metresTo(x.location()))
                    .isCloseTo(Math.hypot(x.position().x(), x.position().y()), within(1.0));
        }
    }

    @Test
    void isTheSameCityEveryTime() {
        assertThat(DefaultCity.build()).isEqualTo(CITY);
        assertThat(CityFlowFormat.exportRoadnet(DefaultCity.build())).isEqualTo(CityFlowFormat.exportRoadnet(CITY));
    }

    @Test
    void exportReimportsAsTheSameCity() {
        String exported = CityFlowFormat.exportRoadnet(CITY);

        RoadNetwork reimported = CityFlowFormat.importRoadnet(exported);

        assertThat(reimported).isEqualTo(CITY);
        assertThat(exported).contains("\"南京西路 / 西藏中路\"");
    }
}
