package city.traffic.internal.network;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.IntStream;

/**
 * The default city: a signalised grid of 16 north-south streets by 8 east-west streets (128 intersections, as many
 * as City Brain's first district) around People's Square, named after the real streets in their real order, with a
 * virtual intersection at each end of every street (48) where traffic enters and leaves. Blocks are 200 to 450 m,
 * drawn from a fixed seed, so the city is the same on every run. Arterials have 3 lanes each way at 60 km/h, local
 * streets 2 lanes at 40 or 50 km/h. Every approach can go straight, left and right (no U-turns). Every signal runs
 * the usual four phases (north-south through and right, north-south left, east-west through and right, east-west
 * left) of 30 s planned green, 10 s minimum green, each followed by 3 s of yellow and 2 s of all red during which
 * nothing moves: right turns go only with their through movement.
 *
 * <p>Ids follow CityFlow's grid generator: {@code intersection_<column>_<row>} with column 0 and 17, row 0 and 9 the
 * virtual ones; {@code road_<column>_<row>_<heading>} for the road leaving that intersection heading 0 east, 1 north,
 * 2 west, 3 south. Lanes: 0 is the inner lane (left turns, and straight on a two-lane road), the kerb lane takes right
 * turns and straight.
 */
public final class DefaultCity {

    public static final int COLUMNS = 16;
    public static final int ROWS = 8;
    public static final int MIN_BLOCK_METRES = 200;
    public static final int MAX_BLOCK_METRES = 450;
    public static final int PLANNED_GREEN_SECONDS = 30;
    public static final int MIN_GREEN_SECONDS = 10;
    public static final int YELLOW_SECONDS = 3;
    public static final int ALL_RED_SECONDS = 2;

    private static final long SEED = 20_160_101L;
    private static final int[][] STEPS = {{1, 0}, {0, 1}, {-1, 0}, {0, -1}};

    /** A street of the grid; arterials have 3 lanes. */
    record Street(String zh, String en, int lanes, int speedKmh) {

        double laneWidth() {
            return lanes >= 3 ? 3.5 : 3.25;
        }

        double carriagewayWidth() {
            return lanes * laneWidth();
        }
    }

    private static Street arterial(String zh, String en) {
        return new Street(zh, en, 3, 60);
    }

    private static Street local(String zh, String en, int speedKmh) {
        return new Street(zh, en, 2, speedKmh);
    }

    /** East-west streets, south to north. */
    static final List<Street> ROW_STREETS = List.of(
            local("建国西路", "Jianguo Road West", 40),
            arterial("复兴中路", "Fuxing Road Middle"),
            arterial("淮海中路", "Huaihai Road Middle"),
            local("长乐路", "Changle Road", 40),
            arterial("延安中路", "Yan'an Road Middle"),
            local("威海路", "Weihai Road", 50),
            arterial("南京西路", "Nanjing Road West"),
            local("北京西路", "Beijing Road West", 50));

    /** North-south streets, west to east; People's Square lies between Huangpi Road North and Xizang Road Middle. */
    static final List<Street> COLUMN_STREETS = List.of(
            arterial("华山路", "Huashan Road"),
            local("常德路", "Changde Road", 40),
            local("江宁路", "Jiangning Road", 50),
            arterial("陕西北路", "Shaanxi Road North"),
            local("茂名北路", "Maoming Road North", 40),
            local("石门一路", "Shimen Road No.1", 50),
            arterial("成都北路", "Chengdu Road North"),
            local("黄陂北路", "Huangpi Road North", 40),
            arterial("西藏中路", "Xizang Road Middle"),
            local("浙江中路", "Zhejiang Road Middle", 40),
            local("福建中路", "Fujian Road Middle", 50),
            local("山东中路", "Shandong Road Middle", 40),
            arterial("河南中路", "Henan Road Middle"),
            local("四川中路", "Sichuan Road Middle", 40),
            local("江西中路", "Jiangxi Road Middle", 50),
            arterial("中山东一路", "Zhongshan Road East No.1"));

    private DefaultCity() {}

    /** The default city centred on People's Square. */
    public static RoadNetwork build() {
        return build(LocalTangentPlane.PEOPLES_SQUARE);
    }

    /** The default city centred on another anchor (same streets, same shape). */
    public static RoadNetwork build(LocalTangentPlane plane) {
        Random random = new Random(SEED);
        double[] xs = offsets(COLUMNS + 2, random);
        double[] ys = offsets(ROWS + 2, random);
        Map<String, Intersection> intersections = new LinkedHashMap<>();
        List<Road> roads = new ArrayList<>();
        for (int c = 0; c <= COLUMNS + 1; c++) {
            for (int r = 0; r <= ROWS + 1; r++) {
                if (exists(c, r)) {
                    for (int heading = 0; heading < 4; heading++) {
                        int nc = c + STEPS[heading][0];
                        int nr = r + STEPS[heading][1];
                        if (exists(nc, nr) && (isReal(c, r) || isReal(nc, nr))) {
                            roads.add(road(c, r, heading, xs, ys));
                        }
                    }
                }
            }
        }
        for (int c = 0; c <= COLUMNS + 1; c++) {
            for (int r = 0; r <= ROWS + 1; r++) {
                if (exists(c, r)) {
                    Intersection x = isReal(c, r) ? signalised(c, r, xs, ys, plane) : boundary(c, r, xs, ys, plane);
                    intersections.put(x.id(), x);
                }
            }
        }
        return new RoadNetwork(plane, List.copyOf(intersections.values()), roads);
    }

    /** Positions along one axis, 0 and n-1 being the boundary, centred so the real intersections' middle is 0. */
    private static double[] offsets(int n, Random random) {
        double[] at = new double[n];
        for (int i = 1; i < n; i++) {
            int steps = (MAX_BLOCK_METRES - MIN_BLOCK_METRES) / 10 + 1;
            at[i] = at[i - 1] + MIN_BLOCK_METRES + 10 * random.nextInt(steps);
        }
        double middle = (at[1] + at[n - 2]) / 2;
        for (int i = 0; i < n; i++) {
            at[i] -= middle;
        }
        return at;
    }

    private static boolean isReal(int c, int r) {
        return c >= 1 && c <= COLUMNS && r >= 1 && r <= ROWS;
    }

    private static boolean exists(int c, int r) {
        boolean edgeColumn = c == 0 || c == COLUMNS + 1;
        boolean edgeRow = r == 0 || r == ROWS + 1;
        return c >= 0 && c <= COLUMNS + 1 && r >= 0 && r <= ROWS + 1 && !(edgeColumn && edgeRow);
    }

    static String intersectionId(int c, int r) {
        return "intersection_" + c + "_" + r;
    }

    static String roadId(int c, int r, int heading) {
        return "road_" + c + "_" + r + "_" + heading;
    }

    /** The street a road runs along: its row's for east-west headings, its column's for north-south ones. */
    private static Street streetOf(int c, int r, int heading) {
        if (heading % 2 == 0) {
            return ROW_STREETS.get(r - 1);
        }
        return COLUMN_STREETS.get(c - 1);
    }

    private static Road road(int c, int r, int heading, double[] xs, double[] ys) {
        int nc = c + STEPS[heading][0];
        int nr = r + STEPS[heading][1];
        Street street = streetOf(c, r, heading);
        double speed = street.speedKmh() / 3.6;
        List<Lane> lanes = IntStream.range(0, street.lanes())
                .mapToObj(i -> new Lane(street.laneWidth(), speed))
                .toList();
        return new Road(
                roadId(c, r, heading),
                new Name(street.zh(), street.en()),
                intersectionId(c, r),
                intersectionId(nc, nr),
                List.of(new Point(xs[c], ys[r]), new Point(xs[nc], ys[nr])),
                lanes,
                speed);
    }

    private static Intersection boundary(int c, int r, double[] xs, double[] ys, LocalTangentPlane plane) {
        Name name;
        if (c == 0 || c == COLUMNS + 1) {
            Street street = ROW_STREETS.get(r - 1);
            boolean west = c == 0;
            name = new Name(
                    street.zh() + (west ? " 西侧边界" : " 东侧边界"), street.en() + (west ? ", west edge" : ", east edge"));
        } else {
            Street street = COLUMN_STREETS.get(c - 1);
            boolean south = r == 0;
            name = new Name(
                    street.zh() + (south ? " 南侧边界" : " 北侧边界"), street.en() + (south ? ", south edge" : ", north edge"));
        }
        Point at = new Point(xs[c], ys[r]);
        return new Intersection(intersectionId(c, r), name, at, plane.toGeo(at), 0, true, List.of(), null);
    }

    private static Intersection signalised(int c, int r, double[] xs, double[] ys, LocalTangentPlane plane) {
        Street row = ROW_STREETS.get(r - 1);
        Street column = COLUMN_STREETS.get(c - 1);
        List<Movement> movements = new ArrayList<>();
        List<List<Integer>> throughAndRight = List.of(new ArrayList<>(), new ArrayList<>());
        List<List<Integer>> left = List.of(new ArrayList<>(), new ArrayList<>());
        for (int heading = 0; heading < 4; heading++) {
            int fc = c - STEPS[heading][0];
            int fr = r - STEPS[heading][1];
            String fromRoad = roadId(fc, fr, heading);
            int fromLanes = streetOf(c, r, heading).lanes();
            for (int exit = 0; exit < 4; exit++) {
                if (exit == (heading + 2) % 4) {
                    continue;
                }
                MovementType type = exit == heading
                        ? MovementType.STRAIGHT
                        : exit == (heading + 1) % 4 ? MovementType.LEFT : MovementType.RIGHT;
                int toLanes = streetOf(c, r, exit).lanes();
                List<LaneLink> laneLinks = new ArrayList<>();
                for (int from : lanesFor(type, fromLanes)) {
                    for (int to = 0; to < toLanes; to++) {
                        laneLinks.add(new LaneLink(from, to));
                    }
                }
                int index = movements.size();
                movements.add(new Movement(index, type, fromRoad, roadId(c, r, exit), heading, laneLinks));
                int axis = heading % 2 == 1 ? 0 : 1;
                (type == MovementType.LEFT ? left : throughAndRight).get(axis).add(index);
            }
        }
        List<Phase> phases = List.of(
                new Phase(0, PLANNED_GREEN_SECONDS, throughAndRight.get(0)),
                new Phase(1, PLANNED_GREEN_SECONDS, left.get(0)),
                new Phase(2, PLANNED_GREEN_SECONDS, throughAndRight.get(1)),
                new Phase(3, PLANNED_GREEN_SECONDS, left.get(1)));
        SignalPlan plan = SignalPlan.withClearanceAfterEachPhase(
                phases, new Clearance(YELLOW_SECONDS, ALL_RED_SECONDS, List.of()), MIN_GREEN_SECONDS);
        Point at = new Point(xs[c], ys[r]);
        double width = Math.max(row.carriagewayWidth(), column.carriagewayWidth()) + 3;
        return new Intersection(
                intersectionId(c, r),
                new Name(row.zh() + " / " + column.zh(), row.en() + " / " + column.en()),
                at,
                plane.toGeo(at),
                width,
                false,
                movements,
                plan);
    }

    /** Lane 0 is the inner lane: left turns leave from it, right turns from the kerb lane, through traffic from both. */
    private static List<Integer> lanesFor(MovementType type, int lanes) {
        return switch (type) {
            case LEFT -> List.of(0);
            case RIGHT -> List.of(lanes - 1);
            case STRAIGHT -> IntStream.range(lanes > 2 ? 1 : 0, lanes).boxed().toList();
        };
    }
}
