package city.simulation.traffic;

import city.simulation.traffic.Demand.Flow;
import city.simulation.traffic.Network.LaneLink;
import city.simulation.traffic.Network.Road;
import city.simulation.traffic.Network.RoadLink;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A network and the demand on it, checked to be runnable: every route can be driven lane by lane. Vehicles do not
 * change lanes (as in CityFlow with lane changing off): each picks its lane when it enters, at random among the lanes
 * of its first road from which the rest of its route can be driven, and at every intersection takes the lane link
 * into a lane from which the rest can be driven, the one nearest its current lane's index (CityFlow's rule). Immutable
 * and shareable between simulations.
 */
public final class Scenario {

    private final Network network;
    private final Demand demand;
    /** Per flow: its roads, and per road of the route the lanes from which the rest of it can be driven. */
    private final int[][] routes;

    private final int[][][] usable;

    /** @throws ScenarioException when a route cannot be driven lane by lane */
    public Scenario(Network network, Demand demand) {
        this.network = network;
        this.demand = demand;
        routes = new int[demand.flows().size()][];
        usable = new int[demand.flows().size()][][];
        Map<List<String>, Integer> seen = new HashMap<>();
        List<String> problems = new ArrayList<>();
        for (int i = 0; i < routes.length; i++) {
            Flow flow = demand.flows().get(i);
            Integer same = seen.putIfAbsent(flow.route(), i);
            if (same != null) {
                routes[i] = routes[same];
                usable[i] = usable[same];
                continue;
            }
            routes[i] = flow.route().stream().mapToInt(network::roadIndex).toArray();
            for (int k = 0; k < routes[i].length; k++) {
                if (routes[i][k] < 0) {
                    problems.add("flow[" + i + "].route[" + k + "]: no road \""
                            + flow.route().get(k) + "\"");
                }
                if (k > 0 && routes[i][k] >= 0 && routes[i][k - 1] >= 0) {
                    String why = FlowReader.connection(network, routes[i][k - 1], routes[i][k]);
                    if (why != null) {
                        problems.add("flow[" + i + "].route[" + k + "]: " + why);
                    }
                }
            }
            if (problems.isEmpty()) {
                usable[i] = usableLanes(routes[i]);
                if (usable[i][0].length == 0) {
                    problems.add("flow[" + i + "].route: cannot be driven without changing lanes (no lane of "
                            + flow.route().get(0) + " leads through the whole route)");
                }
            }
        }
        if (!problems.isEmpty()) {
            throw new ScenarioException("scenario", problems);
        }
    }

    /**
     * The roads of a flow that is not part of the demand (one a running simulation adds, see {@link Simulation#add}),
     * and per road the lanes from which the rest of it can be driven.
     *
     * @throws ScenarioException when its route cannot be driven lane by lane
     */
    Route compile(Flow flow) {
        Scenario one = new Scenario(network, new Demand(List.of(flow)));
        return new Route(one.routes[0], one.usable[0]);
    }

    /** A compiled route: road indexes, and per road the usable lanes. */
    record Route(int[] roads, int[][] usable) {}

    /** Reads both files. @throws ScenarioException when either cannot be run */
    public static Scenario read(Path roadnet, Path flow) {
        Network network = CityFlowReader.readRoadnet(roadnet);
        return new Scenario(network, CityFlowReader.readFlow(flow, network));
    }

    public Network network() {
        return network;
    }

    public Demand demand() {
        return demand;
    }

    /** Backwards from the last road: the lanes of each road with a lane link into a usable lane of the next. */
    private int[][] usableLanes(int[] route) {
        int n = route.length;
        int[][] out = new int[n][];
        Road last = network.road(route[n - 1]);
        out[n - 1] = lanesOf(last);
        for (int k = n - 2; k >= 0; k--) {
            Road road = network.road(route[k]);
            List<Integer> lanes = new ArrayList<>();
            for (int lane : lanesOf(road)) {
                if (!linksInto(lane, route[k + 1], out[k + 1]).isEmpty()) {
                    lanes.add(lane);
                }
            }
            out[k] = lanes.stream().mapToInt(Integer::intValue).toArray();
        }
        return out;
    }

    private static int[] lanesOf(Road road) {
        int[] lanes = new int[road.laneCount()];
        for (int l = 0; l < lanes.length; l++) {
            lanes[l] = road.firstLane() + l;
        }
        return lanes;
    }

    /** The lane links (as {road link, lane link index}) from {@code lane} into one of {@code targets} of {@code road}. */
    List<int[]> linksInto(int lane, int road, int[] targets) {
        List<int[]> out = new ArrayList<>();
        Network.Intersection x =
                network.intersection(network.road(network.lane(lane).road()).to());
        for (RoadLink link : x.roadLinks()) {
            if (link.endRoad() != road) {
                continue;
            }
            for (int j = 0; j < link.laneLinks().size(); j++) {
                LaneLink ll = link.laneLinks().get(j);
                if (ll.startLane() == lane && contains(targets, ll.endLane())) {
                    out.add(new int[] {network.globalRoadLink(x.index(), link.index()), j, ll.endLane()});
                }
            }
        }
        return out;
    }

    private static boolean contains(int[] values, int value) {
        for (int v : values) {
            if (v == value) {
                return true;
            }
        }
        return false;
    }

    /** The roads of flow {@code flow}'s route. */
    int[] route(int flow) {
        return routes[flow];
    }

    /** Per road of flow {@code flow}'s route, the lanes from which the rest of the route can be driven. */
    int[][] usableLanes(int flow) {
        return usable[flow];
    }

    /** The lanes of road {@code k} of flow {@code flow}'s route from which the rest of the route can be driven. */
    int[] usable(int flow, int k) {
        return usable[flow][k];
    }
}
