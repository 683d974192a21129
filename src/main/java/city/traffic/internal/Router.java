package city.traffic.internal;

import city.traffic.internal.network.Road;
import city.traffic.internal.network.RoadNetwork;
import java.util.List;
import java.util.function.ToDoubleFunction;
import org.jgrapht.GraphPath;
import org.jgrapht.alg.shortestpath.DijkstraShortestPath;
import org.jgrapht.graph.DirectedWeightedMultigraph;

/** Shortest routes over a road network by travel time, with the weights of the moment. */
public final class Router {

    /** A route: the roads in order and the travel time in seconds. */
    public record Route(List<Road> roads, double seconds) {}

    private final RoadNetwork network;

    public Router(RoadNetwork network) {
        this.network = network;
    }

    /** The fastest route between two intersections, each road costing {@code seconds(road)}; null if none. */
    public Route fastest(String from, String to, ToDoubleFunction<Road> seconds) {
        DirectedWeightedMultigraph<String, Road> graph = new DirectedWeightedMultigraph<>(null, null);
        network.intersections().forEach(i -> graph.addVertex(i.id()));
        for (Road r : network.roads()) {
            graph.addEdge(r.from(), r.to(), r);
            graph.setEdgeWeight(r, Math.max(0.1, seconds.applyAsDouble(r)));
        }
        if (!graph.containsVertex(from) || !graph.containsVertex(to)) {
            return null;
        }
        if (from.equals(to)) {
            return new Route(List.of(), 0);
        }
        GraphPath<String, Road> path = new DijkstraShortestPath<>(graph).getPath(from, to);
        return path == null ? null : new Route(path.getEdgeList(), path.getWeight());
    }
}
