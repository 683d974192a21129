package city.traffic.internal.network;

import static city.traffic.internal.network.CityFlowJson.SMALL_NETWORK;
import static city.traffic.internal.network.CityFlowJson.essence;
import static city.traffic.internal.network.CityFlowJson.intersection;
import static city.traffic.internal.network.CityFlowJson.intersectionIndex;
import static city.traffic.internal.network.CityFlowJson.load;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;
import static org.assertj.core.api.Assertions.within;

import city.platform.geo.GeoPoint;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.function.Consumer;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Import and export of CityFlow roadnet files, on the small 2x2 network shipped with the tests. */
class CityFlowFormatTest {

    private static RoadNetwork small() {
        return CityFlowFormat.importRoadnet(load(SMALL_NETWORK).toString());
    }

    @Test
    void importsTheSmallNetwork() {
        RoadNetwork network = small();

        assertThat(network.intersections()).hasSize(12);
        assertThat(network.signalisedIntersections())
                .extracting(Intersection::id)
                .containsExactly("intersection_1_1", "intersection_1_2", "intersection_2_1", "intersection_2_2");
        assertThat(network.virtualIntersections()).hasSize(8).allSatisfy(x -> {
            assertThat(x.movements()).isEmpty();
            assertThat(x.signalised()).isFalse();
        });
        assertThat(network.roads()).hasSize(24);

        Road road = network.road("road_0_1_0");
        assertThat(road.from()).isEqualTo("intersection_0_1");
        assertThat(road.to()).isEqualTo("intersection_1_1");
        assertThat(road.length()).isEqualTo(200.0);
        assertThat(road.laneCount()).isEqualTo(3);
        assertThat(road.lanes()).containsOnly(new Lane(3.5, 13.889));
        assertThat(road.speedLimit()).isEqualTo(13.889);
        assertThat(road.freeFlowSeconds()).isCloseTo(14.4, within(0.01));
        assertThat(road.name()).isEqualTo(Name.of("road_0_1_0"));

        Intersection x = network.intersection("intersection_1_1");
        assertThat(x.name()).isEqualTo(Name.of("intersection_1_1"));
        assertThat(x.width()).isEqualTo(12.0);
        assertThat(x.movements()).hasSize(12);
        Movement first = x.movement(0);
        assertThat(first.type()).isEqualTo(MovementType.STRAIGHT);
        assertThat(first.fromRoad()).isEqualTo("road_0_1_0");
        assertThat(first.toRoad()).isEqualTo("road_1_1_0");
        assertThat(first.direction()).isZero();
        assertThat(first.fromLanes()).containsExactly(1, 2);
        assertThat(first.toLanes()).containsExactly(0, 1, 2);
        assertThat(first.laneLinks().get(0).points()).hasSize(3);
        assertThat(network.intersection("intersection_2_1")
                        .movement(0)
                        .laneLinks()
                        .get(0)
                        .points())
                .isEmpty();
    }

    @Test
    void recognisesAShortRightTurnsOnlyPhaseAsTheClearance() {
        SignalPlan jinanLike = small().intersection("intersection_1_1").signal();

        assertThat(jinanLike.phases())
                .hasSize(8)
                .allSatisfy(p -> assertThat(p.greenSeconds()).isEqualTo(30));
        assertThat(jinanLike.phases().get(0).movements()).containsExactly(0, 2, 3, 6, 7, 10);
        assertThat(jinanLike.clearance()).isEqualTo(new Clearance(3, 2, List.of(2, 3, 6, 10)));
        assertThat(jinanLike.clearanceSlots()).containsExactly(0);
        assertThat(jinanLike.minGreenSeconds()).isEqualTo(10);
        assertThat(jinanLike.cycleSeconds()).isEqualTo(245);
        assertThat(jinanLike.cyclePosition(jinanLike.phases().get(0))).isEqualTo(1);
    }

    @Test
    void keepsWhereEachClearanceStandsInTheCycle() {
        RoadNetwork network = small();

        SignalPlan afterEach = network.intersection("intersection_2_1").signal();
        assertThat(afterEach.phases()).hasSize(4);
        assertThat(afterEach.clearance()).isEqualTo(new Clearance(3, 1, List.of(2, 3, 6, 10)));
        assertThat(afterEach.clearanceSlots()).containsExactly(1, 3, 5, 7);
        assertThat(afterEach.cycle())
                .extracting(SignalPlan.Step::isClearance)
                .containsExactly(false, true, false, true, false, true, false, true);
        assertThat(afterEach.cyclePosition(afterEach.phases().get(2))).isEqualTo(4);

        SignalPlan allRed = network.intersection("intersection_2_2").signal();
        assertThat(allRed.phases()).extracting(Phase::greenSeconds).containsExactly(25, 15, 25, 15);
        assertThat(allRed.clearance()).isEqualTo(new Clearance(3, 2, List.of()));
        assertThat(allRed.clearanceSlots()).containsExactly(0);

        SignalPlan none = network.intersection("intersection_1_2").signal();
        assertThat(none.phases()).extracting(Phase::greenSeconds).containsExactly(40, 35);
        assertThat(none.clearance()).isEqualTo(Clearance.NONE);
        assertThat(none.clearanceSlots()).isEmpty();
        assertThat(none.minGreenSeconds()).isEqualTo(10);
    }

    @Test
    void answersTheLookupsOfControllerRouterAndMap() {
        RoadNetwork network = small();

        assertThat(network.incomingRoads("intersection_1_1"))
                .extracting(Road::id)
                .containsExactlyInAnyOrder("road_0_1_0", "road_1_0_1", "road_2_1_2", "road_1_2_3");
        assertThat(network.outgoingRoads("intersection_1_1"))
                .extracting(Road::id)
                .containsExactlyInAnyOrder("road_1_1_0", "road_1_1_1", "road_1_1_2", "road_1_1_3");
        assertThat(network.outgoingRoads("intersection_0_1"))
                .extracting(Road::id)
                .containsExactly("road_0_1_0");
        assertThat(network.movementsFrom("road_0_1_0"))
                .extracting(Movement::type, Movement::toRoad)
                .containsExactly(
                        tuple(MovementType.STRAIGHT, "road_1_1_0"),
                        tuple(MovementType.LEFT, "road_1_1_1"),
                        tuple(MovementType.RIGHT, "road_1_1_3"));
        assertThat(network.movementsFrom("road_1_1_0")).hasSize(3);
        assertThat(network.movementsFrom("road_2_1_0")).as("leaves the network").isEmpty();
        assertThat(network.movement("road_0_1_0", "road_1_1_1"))
                .get()
                .extracting(Movement::type)
                .isEqualTo(MovementType.LEFT);
        assertThat(network.movement("road_0_1_0", "road_2_1_0")).isEmpty();
        assertThat(network.findRoad("nope")).isEmpty();
        assertThatThrownBy(() -> network.intersection("nope")).isInstanceOf(NoSuchElementException.class);

        Intersection x = network.intersection("intersection_2_2");
        Phase northSouthThrough = x.signal().phases().get(0);
        assertThat(x.movementsOf(northSouthThrough))
                .extracting(Movement::fromRoad)
                .containsOnly("road_2_1_1", "road_2_3_3");

        assertThat(network.bounds()).isEqualTo(new RoadNetwork.Bounds(-200, -200, 500, 450));
    }

    @Test
    void placesTheNetworkOnTheAnchorsTangentPlane() {
        RoadNetwork atPeoplesSquare = small();
        Intersection x = atPeoplesSquare.intersection("intersection_2_2");
        GeoPoint origin = atPeoplesSquare.intersection("intersection_1_1").location();

        assertThat(origin).isEqualTo(new GeoPoint(31.2304, 121.4737));
        assertThat(x.location().lat()).isGreaterThan(origin.lat());
        assertThat(x.location().lon()).isGreaterThan(origin.lon());
        assertThat(origin.metresTo(x.location())).isCloseTo(Math.hypot(300, 250), within(0.1));

        LocalTangentPlane hangzhou = new LocalTangentPlane(new GeoPoint(30.2741, 120.1551));
        RoadNetwork elsewhere = CityFlowFormat.importRoadnet(load(SMALL_NETWORK).toString(), hangzhou);
        assertThat(elsewhere.intersection("intersection_1_1").location()).isEqualTo(hangzhou.anchor());
        assertThat(elsewhere.intersection("intersection_2_2").position()).isEqualTo(x.position());
        assertThat(elsewhere).isNotEqualTo(atPeoplesSquare);
    }

    @Test
    void exportThenImportGivesTheSameNetwork() {
        RoadNetwork network = small();

        String exported = CityFlowFormat.exportRoadnet(network);

        assertThat(CityFlowFormat.importRoadnet(exported)).isEqualTo(network);
    }

    @Test
    void exportOfTheImportIsEquivalentToTheFile() {
        ObjectNode file = load(SMALL_NETWORK);

        String exported = CityFlowFormat.exportRoadnet(CityFlowFormat.importRoadnet(file.toString()));

        assertThat(essence(CityFlowJson.parse(exported))).isEqualTo(essence(file));
        assertThat(exported)
                .as("nothing to add to a plain CityFlow file")
                .doesNotContain("\"name\"", "\"speedLimit\"", "\"yellow\"", "\"allRed\"", "\"minGreen\"");
    }

    @Test
    void readsAndWritesStreamsWithoutClosingThem() {
        byte[] bytes = load(SMALL_NETWORK).toString().getBytes(StandardCharsets.UTF_8);
        ByteArrayInputStream in = new ByteArrayInputStream(bytes);

        RoadNetwork network = CityFlowFormat.importRoadnet(in);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        CityFlowFormat.exportRoadnet(network, out);

        assertThat(CityFlowFormat.importRoadnet(new ByteArrayInputStream(out.toByteArray())))
                .isEqualTo(network);
    }

    @Test
    void keepsNamesSpeedLimitsAndSignalTimesThroughItsOwnFields() {
        ObjectNode file = load(SMALL_NETWORK);
        ObjectNode x = intersection(file, "intersection_2_2");
        x.putObject("name").put("zh", "南京西路 / 西藏中路").put("en", "Nanjing Road West / Xizang Road Middle");
        ((ObjectNode) x.get("trafficLight")).put("yellow", 4).put("allRed", 1).put("minGreen", 12);
        ObjectNode road = (ObjectNode) file.get("roads").get(0);
        road.putObject("name").put("zh", "南京西路").put("en", "Nanjing Road West");
        road.put("speedLimit", 11.0);

        RoadNetwork network = CityFlowFormat.importRoadnet(file.toString());

        Intersection named = network.intersection("intersection_2_2");
        assertThat(named.name().zh()).isEqualTo("南京西路 / 西藏中路");
        assertThat(named.signal().clearance()).isEqualTo(new Clearance(4, 1, List.of()));
        assertThat(named.signal().minGreenSeconds()).isEqualTo(12);
        Road first = network.roads().get(0);
        assertThat(first.name()).isEqualTo(new Name("南京西路", "Nanjing Road West"));
        assertThat(first.speedLimit()).isEqualTo(11.0);
        assertThat(CityFlowFormat.importRoadnet(CityFlowFormat.exportRoadnet(network)))
                .isEqualTo(network);
    }

    @Test
    void takesALightThatLetsEverythingGoForNoSignal() {
        ObjectNode file = load(SMALL_NETWORK);
        ObjectNode light = (ObjectNode) intersection(file, "intersection_1_2").get("trafficLight");
        ArrayNode phases = light.putArray("lightphases");
        ArrayNode all = phases.addObject().put("time", 60).putArray("availableRoadLinks");
        IntStream.range(0, 12).forEach(all::add);

        RoadNetwork network = CityFlowFormat.importRoadnet(file.toString());

        Intersection x = network.intersection("intersection_1_2");
        assertThat(x.virtual()).isFalse();
        assertThat(x.signalised()).isFalse();
        assertThat(x.movements()).hasSize(12);
        assertThat(network.signalisedIntersections()).hasSize(3);
        assertThat(CityFlowFormat.importRoadnet(CityFlowFormat.exportRoadnet(network)))
                .isEqualTo(network);
    }

    @Test
    void takesEveryPhaseForGreenWhenNoneServesMoreThanRightTurns() {
        ObjectNode file = load(SMALL_NETWORK);
        ObjectNode light = (ObjectNode) intersection(file, "intersection_1_2").get("trafficLight");
        ArrayNode phases = light.putArray("lightphases");
        phases.addObject().put("time", 5).putArray("availableRoadLinks").add(2).add(3);
        phases.addObject().put("time", 5).putArray("availableRoadLinks").add(6).add(10);

        SignalPlan plan = CityFlowFormat.importRoadnet(file.toString())
                .intersection("intersection_1_2")
                .signal();

        assertThat(plan.phases()).hasSize(2);
        assertThat(plan.clearanceSlots()).isEmpty();
        assertThat(plan.minGreenSeconds()).isEqualTo(5);
    }

    /** A way to break the small network, and the problem import must report for it. */
    record Breakage(String description, Consumer<ObjectNode> breakIt, String expected) {

        @Override
        public String toString() {
            return description;
        }
    }

    private static ObjectNode road(ObjectNode file, int index) {
        return (ObjectNode) file.get("roads").get(index);
    }

    private static ObjectNode link(ObjectNode file, String intersection, int index) {
        return (ObjectNode) intersection(file, intersection).get("roadLinks").get(index);
    }

    private static ObjectNode light(ObjectNode file, String intersection) {
        return (ObjectNode) intersection(file, intersection).get("trafficLight");
    }

    static Stream<Arguments> breakages() {
        ObjectNode file = load(SMALL_NETWORK);
        int x11 = intersectionIndex(file, "intersection_1_1");
        int x21 = intersectionIndex(file, "intersection_2_1");
        int x22 = intersectionIndex(file, "intersection_2_2");
        int v01 = intersectionIndex(file, "intersection_0_1");
        String at11 = "intersections[" + x11 + "]";
        String at21 = "intersections[" + x21 + "]";
        String at22 = "intersections[" + x22 + "]";
        String road0 = road(file, 0).get("id").asText();
        return Stream.of(
                        new Breakage(
                                "unknown start intersection",
                                f -> road(f, 3).put("startIntersection", "x"),
                                "roads[3].startIntersection: no intersection \"x\""),
                        new Breakage(
                                "unknown end intersection",
                                f -> road(f, 3).put("endIntersection", "nowhere"),
                                "roads[3].endIntersection: no intersection \"nowhere\""),
                        new Breakage(
                                "a road from an intersection to itself",
                                f -> road(f, 3)
                                        .put(
                                                "endIntersection",
                                                road(f, 3)
                                                        .get("startIntersection")
                                                        .asText()),
                                "roads[3].endIntersection: same as startIntersection: a road joins two intersections"),
                        new Breakage("missing lanes", f -> road(f, 0).remove("lanes"), "roads[0].lanes: missing"),
                        new Breakage(
                                "no lanes",
                                f -> road(f, 0).putArray("lanes"),
                                "roads[0].lanes: a road needs at least" + " one lane"),
                        new Breakage(
                                "lane width not a number",
                                f -> ((ObjectNode) road(f, 1).get("lanes").get(0)).put("width", "wide"),
                                "roads[1].lanes[0].width: must be a number, not \"wide\""),
                        new Breakage(
                                "negative lane speed",
                                f -> ((ObjectNode) road(f, 2).get("lanes").get(1)).put("maxSpeed", -1),
                                "roads[2].lanes[1].maxSpeed: must be positive, is -1"),
                        new Breakage(
                                "a road of one point",
                                f -> ((ArrayNode) road(f, 4).get("points")).remove(1),
                                "roads[4].points: a road needs at least two points, has 1"),
                        new Breakage(
                                "a point's x as a string",
                                f -> ((ObjectNode) road(f, 4).get("points").get(1)).put("x", "300"),
                                "roads[4].points[1].x: must be a number, not \"300\""),
                        new Breakage(
                                "duplicate road id",
                                f -> road(f, 5).put("id", road0),
                                "roads[5].id: duplicate id \"" + road0 + "\" (also roads[0])"),
                        new Breakage(
                                "duplicate intersection id",
                                f -> intersection(f, "intersection_2_2").put("id", "intersection_1_1"),
                                at22 + ".id: duplicate id \"intersection_1_1\" (also " + at11 + ")"),
                        new Breakage("missing road id", f -> road(f, 6).remove("id"), "roads[6].id: missing"),
                        new Breakage(
                                "virtual not a boolean",
                                f -> intersection(f, "intersection_1_1").put("virtual", "no"),
                                at11 + ".virtual: must be true or false, not \"no\""),
                        new Breakage(
                                "missing point",
                                f -> intersection(f, "intersection_0_1").remove("point"),
                                "intersections[" + v01 + "].point: missing"),
                        new Breakage(
                                "an intersection's road that does not exist",
                                f -> ((ArrayNode) intersection(f, "intersection_0_1")
                                                .get("roads"))
                                        .add("road_9_9_9"),
                                "intersections[" + v01 + "].roads[2]: no road \"road_9_9_9\""),
                        new Breakage(
                                "an intersection's road list missing one",
                                f -> ((ArrayNode) intersection(f, "intersection_0_1")
                                                .get("roads"))
                                        .remove(0),
                                "intersections[" + v01 + "].roads: road \"road_1_1_2\" ends here but is not listed"),
                        new Breakage(
                                "a non-virtual intersection without width",
                                f -> intersection(f, "intersection_1_1").remove("width"),
                                at11 + ".width: missing"),
                        new Breakage(
                                "a non-virtual intersection without road links",
                                f -> intersection(f, "intersection_1_1").remove("roadLinks"),
                                at11 + ".roadLinks: missing"),
                        new Breakage(
                                "an unknown movement type",
                                f -> link(f, "intersection_1_1", 4).put("type", "u_turn"),
                                at11 + ".roadLinks[4].type: must be go_straight, turn_left or turn_right, not"
                                        + " \"u_turn\""),
                        new Breakage(
                                "a link from an unknown road",
                                f -> link(f, "intersection_1_1", 0).put("startRoad", "road_x"),
                                at11 + ".roadLinks[0].startRoad: no road \"road_x\""),
                        new Breakage(
                                "a link from a road that ends elsewhere",
                                f -> link(f, "intersection_1_1", 0).put("startRoad", "road_1_1_0"),
                                at11 + ".roadLinks[0].startRoad: road \"road_1_1_0\" does not end at this"
                                        + " intersection (it ends at \"intersection_2_1\")"),
                        new Breakage(
                                "a link into a road that starts elsewhere",
                                f -> link(f, "intersection_1_1", 0).put("endRoad", "road_0_1_0"),
                                at11 + ".roadLinks[0].endRoad: road \"road_0_1_0\" does not start at this"
                                        + " intersection (it starts at \"intersection_0_1\")"),
                        new Breakage(
                                "two links for one pair of roads",
                                f -> link(f, "intersection_1_1", 1).put("endRoad", "road_1_1_0"),
                                at11 + ".roadLinks[1]: a second link from \"road_0_1_0\" to \"road_1_1_0\" (also"
                                        + " roadLinks[0])"),
                        new Breakage(
                                "a start lane out of range",
                                f -> ((ObjectNode) link(f, "intersection_1_1", 0)
                                                .get("laneLinks")
                                                .get(0))
                                        .put("startLaneIndex", 7),
                                at11 + ".roadLinks[0].laneLinks[0].startLaneIndex: road \"road_0_1_0\" has 3 lanes"
                                        + " (0..2), not 7"),
                        new Breakage(
                                "an end lane out of range",
                                f -> ((ObjectNode) link(f, "intersection_1_1", 1)
                                                .get("laneLinks")
                                                .get(1))
                                        .put("endLaneIndex", 2),
                                at11 + ".roadLinks[1].laneLinks[1].endLaneIndex: road \"road_1_1_1\" has 2 lanes"
                                        + " (0..1), not 2"),
                        new Breakage(
                                "a lane index that is not whole",
                                f -> ((ObjectNode) link(f, "intersection_1_1", 0)
                                                .get("laneLinks")
                                                .get(0))
                                        .put("endLaneIndex", 0.5),
                                at11 + ".roadLinks[0].laneLinks[0].endLaneIndex: must be a whole number, is 0.5"),
                        new Breakage(
                                "a link without lane links",
                                f -> link(f, "intersection_1_1", 0).putArray("laneLinks"),
                                at11 + ".roadLinks[0].laneLinks: no lane link: the movement could carry no traffic"),
                        new Breakage(
                                "a missing traffic light",
                                f -> intersection(f, "intersection_2_1").remove("trafficLight"),
                                at21 + ".trafficLight: missing"),
                        new Breakage(
                                "a road link index out of range",
                                f -> ((ArrayNode) light(f, "intersection_1_1").get("roadLinkIndices")).add(12),
                                at11 + ".trafficLight.roadLinkIndices[12]: road link 12 is out of range: this"
                                        + " intersection has 12 road links (0..11)"),
                        new Breakage(
                                "an available road link out of range",
                                f -> ((ArrayNode) light(f, "intersection_1_1")
                                                .get("lightphases")
                                                .get(1)
                                                .get("availableRoadLinks"))
                                        .set(0, 40),
                                at11 + ".trafficLight.lightphases[1].availableRoadLinks[0]: road link 40 is out of"
                                        + " range: this intersection has 12 road links (0..11)"),
                        new Breakage(
                                "a phase time as a string",
                                f -> ((ObjectNode) light(f, "intersection_1_1")
                                                .get("lightphases")
                                                .get(2))
                                        .put("time", "30"),
                                at11 + ".trafficLight.lightphases[2].time: must be a number, not \"30\""),
                        new Breakage(
                                "a phase time in tenths",
                                f -> ((ObjectNode) light(f, "intersection_1_1")
                                                .get("lightphases")
                                                .get(2))
                                        .put("time", 29.5),
                                at11 + ".trafficLight.lightphases[2].time: must be whole seconds (at most a day), is"
                                        + " 29.5"),
                        new Breakage(
                                "a phase of no time",
                                f -> ((ObjectNode) light(f, "intersection_1_1")
                                                .get("lightphases")
                                                .get(2))
                                        .put("time", 0),
                                at11 + ".trafficLight.lightphases[2].time: must be at least 1 s, is 0"),
                        new Breakage(
                                "a light without phases",
                                f -> light(f, "intersection_1_1").putArray("lightphases"),
                                at11 + ".trafficLight.lightphases: a signal needs at least one phase"),
                        new Breakage(
                                "two kinds of clearance",
                                f -> ((ObjectNode) light(f, "intersection_2_1")
                                                .get("lightphases")
                                                .get(3))
                                        .put("time", 3),
                                at21 + ".trafficLight.lightphases[3]: a second kind of clearance phase (3 s, links [2,"
                                        + " 3, 6, 10]) besides lightphases[1] (4 s, links [2, 3, 6, 10]): a signal has"
                                        + " one clearance"),
                        new Breakage(
                                "yellow without all red",
                                f -> light(f, "intersection_2_1").put("yellow", 3),
                                at21 + ".trafficLight.allRed: yellow and allRed go together"),
                        new Breakage(
                                "yellow and all red that do not add up to the clearance",
                                f -> light(f, "intersection_2_1")
                                        .put("yellow", 3)
                                        .put("allRed", 2),
                                at21 + ".trafficLight.yellow: yellow + allRed = 5 s, but the clearance phase"
                                        + " (lightphases[1]) lasts 4 s"),
                        new Breakage(
                                "a minimum green longer than a planned one",
                                f -> light(f, "intersection_2_2").put("minGreen", 20),
                                at22 + ".trafficLight.minGreen: 20 s is longer than the shortest planned green (15"
                                        + " s)"),
                        new Breakage(
                                "a name without English",
                                f -> road(f, 2).putObject("name").put("zh", "南京西路"),
                                "roads[2].name.en: missing"),
                        new Breakage(
                                "a position a continent away",
                                f -> ((ObjectNode) intersection(f, "intersection_0_1")
                                                .get("point"))
                                        .put("x", 5e6),
                                "intersections[" + v01 + "].point: more than 1000 km from the anchor: not metres on"
                                        + " a city's plane"))
                .map(Arguments::of);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("breakages")
    void namesTheProblemWithItsPath(Breakage breakage) {
        ObjectNode file = load(SMALL_NETWORK);
        breakage.breakIt().accept(file);

        InvalidRoadNetworkException e = catchThrowableOfType(
                InvalidRoadNetworkException.class, () -> CityFlowFormat.importRoadnet(file.toString()));

        assertThat(e).as("import must fail").isNotNull();
        assertThat(e.problems()).extracting(NetworkProblem::toString).contains(breakage.expected());
    }

    @Test
    void collectsEveryProblemOfAFileAtOnce() {
        ObjectNode file = load(SMALL_NETWORK);
        road(file, 3).put("startIntersection", "x");
        ((ObjectNode) road(file, 1).get("lanes").get(0)).put("width", "wide");
        ((ObjectNode) link(file, "intersection_1_1", 0).get("laneLinks").get(0)).put("startLaneIndex", 7);
        ((ArrayNode) light(file, "intersection_2_2").get("lightphases").get(1).get("availableRoadLinks")).add(99);
        intersection(file, "intersection_1_2").remove("trafficLight");

        InvalidRoadNetworkException e = catchThrowableOfType(
                InvalidRoadNetworkException.class, () -> CityFlowFormat.importRoadnet(file.toString()));

        assertThat(e.problems())
                .extracting(NetworkProblem::path)
                .contains(
                        "roads[3].startIntersection",
                        "roads[1].lanes[0].width",
                        "intersections[" + intersectionIndex(file, "intersection_1_1")
                                + "].roadLinks[0].laneLinks[0].startLaneIndex",
                        "intersections[" + intersectionIndex(file, "intersection_2_2")
                                + "].trafficLight.lightphases[1].availableRoadLinks[4]",
                        "intersections[" + intersectionIndex(file, "intersection_1_2") + "].trafficLight");
        assertThat(e.getMessage()).startsWith("invalid road network, ");
    }

    @Test
    void rejectsAnEmptyNetwork() {
        InvalidRoadNetworkException e = catchThrowableOfType(
                InvalidRoadNetworkException.class,
                () -> CityFlowFormat.importRoadnet("{\"intersections\": [], \"roads\": []}"));

        assertThat(e.problems())
                .extracting(NetworkProblem::toString)
                .containsExactly("intersections: the network has no intersections", "roads: the network has no roads");
    }

    @Test
    void rejectsWhatIsNotARoadnet() {
        assertThat(problemsOf("{\"intersections\": [], \"roads\": ["))
                .singleElement()
                .asString()
                .startsWith("$: not a JSON document");
        assertThat(problemsOf("")).containsExactly("$: the document is empty");
        assertThat(problemsOf("[1, 2]")).containsExactly("$: must be an object with intersections and roads");
        assertThat(problemsOf("{\"roads\": {}}"))
                .containsExactly("intersections: missing", "roads: must be an array, not {}");
        assertThat(problemsOf("{\"intersections\": [1], \"roads\": [\"r\"]}"))
                .containsExactly("intersections[0]: must be an object", "roads[0]: must be an object");
        assertThat(problemsOf("{\"intersections\": [], \"intersections\": [], \"roads\": []}"))
                .singleElement()
                .asString()
                .contains("Duplicate field 'intersections'");
    }

    private static List<String> problemsOf(String json) {
        InvalidRoadNetworkException e =
                catchThrowableOfType(InvalidRoadNetworkException.class, () -> CityFlowFormat.importRoadnet(json));
        assertThat(e).as("import must fail").isNotNull();
        return e.problems().stream().map(NetworkProblem::toString).toList();
    }
}
