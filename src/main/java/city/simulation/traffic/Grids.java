package city.simulation.traffic;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;

/**
 * Generated CityFlow scenarios, for the tests and as the scenarios the twin ships: a grid of {@code cols} x {@code rows} signalised intersections, {@code
 * spacing} metres apart, each with four approaches of three lanes (0 left, 1 through, 2 right) and a virtual
 * intersection beyond each boundary approach, laid out like the Jinan file: intersection {@code intersection_i_j} at
 * {@code (i * spacing, j * spacing)}, roads {@code road_i_j_d} leaving it heading east (d = 0), north, west, south.
 * The light has nine phases as in Jinan: 0 the right turns for {@code clearance} s, 1-4 through and left pairs, 5-8
 * one approach's through and left, {@code green} s each.
 */
public final class Grids {

    static final ObjectMapper JSON = new ObjectMapper();
    static final double WIDTH = 15;
    static final double LANE_WIDTH = 4;
    static final double SPEED = 11.111;
    private static final int[][] STEP = {{1, 0}, {0, 1}, {-1, 0}, {0, -1}};

    private Grids() {}

    static String intersection(int i, int j) {
        return "intersection_" + i + "_" + j;
    }

    public static String road(int i, int j, int d) {
        return "road_" + i + "_" + j + "_" + d;
    }

    static boolean real(int i, int j, int cols, int rows) {
        return i >= 1 && i <= cols && j >= 1 && j <= rows;
    }

    static boolean exists(int i, int j, int cols, int rows) {
        boolean corner = (i == 0 || i == cols + 1) && (j == 0 || j == rows + 1);
        return i >= 0 && i <= cols + 1 && j >= 0 && j <= rows + 1 && !corner;
    }

    /** Roadnet JSON text; lane links get explicit points when {@code points} is true, CityFlow's default curve if not. */
    public static String roadnet(int cols, int rows, double spacing, double clearance, double green, boolean points) {
        ObjectNode root = JSON.createObjectNode();
        ArrayNode intersections = root.putArray("intersections");
        ArrayNode roads = root.putArray("roads");
        for (int i = 0; i <= cols + 1; i++) {
            for (int j = 0; j <= rows + 1; j++) {
                if (!exists(i, j, cols, rows)) {
                    continue;
                }
                for (int d = 0; d < 4; d++) {
                    int ti = i + STEP[d][0];
                    int tj = j + STEP[d][1];
                    if (exists(ti, tj, cols, rows) && (real(i, j, cols, rows) || real(ti, tj, cols, rows))) {
                        ObjectNode r = roads.addObject();
                        r.put("id", road(i, j, d));
                        ArrayNode ps = r.putArray("points");
                        ps.addObject().put("x", i * spacing).put("y", j * spacing);
                        ps.addObject().put("x", ti * spacing).put("y", tj * spacing);
                        ArrayNode lanes = r.putArray("lanes");
                        for (int l = 0; l < 3; l++) {
                            lanes.addObject().put("width", LANE_WIDTH).put("maxSpeed", SPEED);
                        }
                        r.put("startIntersection", intersection(i, j));
                        r.put("endIntersection", intersection(ti, tj));
                    }
                }
                ObjectNode x = intersections.addObject();
                x.put("id", intersection(i, j));
                x.putObject("point").put("x", i * spacing).put("y", j * spacing);
                boolean real = real(i, j, cols, rows);
                x.put("width", real ? WIDTH : 0);
                x.put("virtual", !real);
                if (real) {
                    links(x, i, j, spacing, clearance, green, points);
                }
            }
        }
        return root.toString();
    }

    /** Road links of a real intersection: per approach (heading d) through, left, right; and its light. */
    private static void links(
            ObjectNode x, int i, int j, double spacing, double clearance, double green, boolean points) {
        ArrayNode links = x.putArray("roadLinks");
        int[][] index = new int[4][3];
        int k = 0;
        for (int d = 0; d < 4; d++) {
            int fi = i - STEP[d][0];
            int fj = j - STEP[d][1];
            String in = road(fi, fj, d);
            int[] turns = {d, (d + 1) % 4, (d + 3) % 4};
            String[] types = {"go_straight", "turn_left", "turn_right"};
            for (int t = 0; t < 3; t++) {
                ObjectNode link = links.addObject();
                link.put("type", types[t]);
                link.put("startRoad", in);
                link.put("endRoad", road(i, j, turns[t]));
                link.put("direction", d);
                ArrayNode lls = link.putArray("laneLinks");
                int startLane = t == 0 ? 1 : t == 1 ? 0 : 2;
                for (int endLane = 0; endLane < 3; endLane++) {
                    ObjectNode ll = lls.addObject();
                    ll.put("startLaneIndex", startLane);
                    ll.put("endLaneIndex", endLane);
                    if (points) {
                        double[] a = laneEnd(i, j, spacing, d, startLane, true);
                        double[] b = laneEnd(i, j, spacing, turns[t], endLane, false);
                        ArrayNode ps = ll.putArray("points");
                        ps.addObject().put("x", a[0]).put("y", a[1]);
                        ps.addObject().put("x", b[0]).put("y", b[1]);
                    }
                }
                index[d][t] = k++;
            }
        }
        List<List<Integer>> phases = new ArrayList<>();
        List<Integer> rights = List.of(index[0][2], index[1][2], index[2][2], index[3][2]);
        phases.add(rights);
        int[][] pairs = {
            {0, 0, 2, 0},
            {1, 0, 3, 0},
            {0, 1, 2, 1},
            {1, 1, 3, 1},
            {0, 0, 0, 1},
            {2, 0, 2, 1},
            {1, 0, 1, 1},
            {3, 0, 3, 1}
        };
        for (int[] p : pairs) {
            List<Integer> phase = new ArrayList<>(rights);
            phase.add(index[p[0]][p[1]]);
            phase.add(index[p[2]][p[3]]);
            phases.add(phase);
        }
        ObjectNode light = x.putObject("trafficLight");
        ArrayNode indices = light.putArray("roadLinkIndices");
        for (int l = 0; l < k; l++) {
            indices.add(l);
        }
        ArrayNode lps = light.putArray("lightphases");
        for (int p = 0; p < phases.size(); p++) {
            ObjectNode phase = lps.addObject();
            phase.put("time", p == 0 ? clearance : green);
            ArrayNode available = phase.putArray("availableRoadLinks");
            phases.get(p).forEach(available::add);
        }
    }

    /** Where lane {@code lane} of the road heading {@code d} ends at (in) or starts from (out) intersection (i, j). */
    private static double[] laneEnd(int i, int j, double spacing, int d, int lane, boolean in) {
        double cx = i * spacing;
        double cy = j * spacing;
        double back = in ? -WIDTH : WIDTH;
        double side = LANE_WIDTH * lane + LANE_WIDTH / 2;
        double ux = STEP[d][0];
        double uy = STEP[d][1];
        return new double[] {cx + ux * back + uy * side, cy + uy * back - ux * side};
    }

    /** A flow entry: vehicles of the Jinan car along {@code route} every {@code interval} s in [start, end]. */
    static ObjectNode flow(List<String> route, double interval, double start, double end) {
        ObjectNode f = JSON.createObjectNode();
        ObjectNode v = f.putObject("vehicle");
        v.put("length", 5.0).put("width", 2.0).put("maxPosAcc", 2.0).put("maxNegAcc", 4.5);
        v.put("usualPosAcc", 2.0).put("usualNegAcc", 4.5).put("minGap", 2.5).put("maxSpeed", SPEED);
        v.put("headwayTime", 2);
        ArrayNode r = f.putArray("route");
        route.forEach(r::add);
        f.put("interval", interval).put("startTime", start).put("endTime", end);
        return f;
    }

    /** The roads straight across the grid along row {@code j}, eastwards ({@code d = 0}) or westwards (2). */
    static List<String> row(int j, int cols, int d) {
        List<String> route = new ArrayList<>();
        if (d == 0) {
            for (int i = 0; i <= cols; i++) {
                route.add(road(i, j, 0));
            }
        } else {
            for (int i = cols + 1; i >= 1; i--) {
                route.add(road(i, j, 2));
            }
        }
        return route;
    }

    /** The roads straight across the grid along column {@code i}, northwards ({@code d = 1}) or southwards (3). */
    static List<String> column(int i, int rows, int d) {
        List<String> route = new ArrayList<>();
        if (d == 1) {
            for (int j = 0; j <= rows; j++) {
                route.add(road(i, j, 1));
            }
        } else {
            for (int j = rows + 1; j >= 1; j--) {
                route.add(road(i, j, 3));
            }
        }
        return route;
    }

    static Scenario scenario(String roadnet, List<ObjectNode> flows) {
        Network network = CityFlowReader.readRoadnet(roadnet);
        ArrayNode array = JSON.createArrayNode();
        flows.forEach(array::add);
        return new Scenario(network, CityFlowReader.readFlow(array.toString(), network));
    }

    /**
     * A saturated grid: every row carries heavy through traffic both ways and every column light traffic, plus turning
     * vehicles, for {@code seconds}.
     */
    static Scenario saturated(int cols, int rows, double seconds) {
        String roadnet = roadnet(cols, rows, 300, 5, 30, true);
        Network network = CityFlowReader.readRoadnet(roadnet);
        return new Scenario(network, CityFlowReader.readFlow(saturatedFlow(cols, rows, seconds), network));
    }

    /** The roadnet of {@link #saturated}: 300 m blocks, 5 s of right turns and 30 s per pair in the file's plan. */
    public static String saturatedRoadnet(int cols, int rows) {
        return roadnet(cols, rows, 300, 5, 30, true);
    }

    /** The flow.json text of {@link #saturated}. */
    public static String saturatedFlow(int cols, int rows, double seconds) {
        List<ObjectNode> flows = new ArrayList<>();
        for (int j = 1; j <= rows; j++) {
            flows.add(flow(row(j, cols, 0), 3, 0, seconds));
            flows.add(flow(row(j, cols, 2), 3.5, 1, seconds));
        }
        for (int i = 1; i <= cols; i++) {
            flows.add(flow(column(i, rows, 1), 12, 2, seconds));
            flows.add(flow(column(i, rows, 3), 15, 3, seconds));
        }
        // turning traffic: in from the west on row 1, left at column 1, out to the north
        List<String> turning = new ArrayList<>(List.of(road(0, 1, 0)));
        for (int j = 1; j <= rows; j++) {
            turning.add(road(1, j, 1));
        }
        flows.add(flow(turning, 20, 4, seconds));
        ArrayNode array = JSON.createArrayNode();
        flows.forEach(array::add);
        return array.toString();
    }
}
