package city.payments.internal.metro;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.jgrapht.Graph;
import org.jgrapht.alg.connectivity.ConnectivityInspector;
import org.jgrapht.alg.interfaces.ShortestPathAlgorithm.SingleSourcePaths;
import org.jgrapht.alg.shortestpath.DijkstraShortestPath;
import org.jgrapht.graph.DefaultWeightedEdge;
import org.jgrapht.graph.SimpleWeightedGraph;

/** The metro network as an immutable graph of stations, with the shortest track distance between every two. */
public final class MetroNetwork {

    private final List<Line> lines;
    private final Map<String, Integer> index;
    private final Set<String> stationCodes;
    private final int[][] meters;
    private final int[] farthest;
    private final int maxDistance;

    /**
     * Builds the network and computes every shortest distance once; fares are asked for far more often than the
     * network changes. Rejects a network with stations that cannot be reached from the others, since a trip between
     * them would have no fare.
     */
    public MetroNetwork(List<Line> lines) {
        this.lines = List.copyOf(lines);
        if (this.lines.isEmpty()) {
            throw new IllegalArgumentException("a metro network needs at least one line");
        }
        Graph<String, DefaultWeightedEdge> graph = new SimpleWeightedGraph<>(DefaultWeightedEdge.class);
        Set<String> lineCodes = new LinkedHashSet<>();
        for (Line line : this.lines) {
            if (!lineCodes.add(line.code())) {
                throw new IllegalArgumentException("metro line " + line.code() + " is given twice");
            }
            addLine(graph, line);
        }
        this.stationCodes = Collections.unmodifiableSet(new LinkedHashSet<>(graph.vertexSet()));
        ConnectivityInspector<String, DefaultWeightedEdge> connectivity = new ConnectivityInspector<>(graph);
        if (!connectivity.isConnected()) {
            throw new IllegalArgumentException("the metro network is not connected: " + describe(connectivity));
        }
        this.index = new HashMap<>();
        for (String code : stationCodes) {
            index.put(code, index.size());
        }
        int n = stationCodes.size();
        this.meters = new int[n][n];
        this.farthest = new int[n];
        DijkstraShortestPath<String, DefaultWeightedEdge> dijkstra = new DijkstraShortestPath<>(graph);
        int max = 0;
        for (String from : stationCodes) {
            int i = index.get(from);
            SingleSourcePaths<String, DefaultWeightedEdge> paths = dijkstra.getPaths(from);
            for (String to : stationCodes) {
                // sums of whole metres are exact in a double, so rounding only undoes the type
                int d = (int) Math.round(paths.getWeight(to));
                meters[i][index.get(to)] = d;
                farthest[i] = Math.max(farthest[i], d);
            }
            max = Math.max(max, farthest[i]);
        }
        this.maxDistance = max;
    }

    private static void addLine(Graph<String, DefaultWeightedEdge> graph, Line line) {
        List<String> stations = line.stationCodes();
        graph.addVertex(stations.get(0));
        for (int i = 1; i < stations.size(); i++) {
            String a = stations.get(i - 1);
            String b = stations.get(i);
            int m = line.metersBetween().get(i - 1);
            graph.addVertex(b);
            DefaultWeightedEdge existing = graph.getEdge(a, b);
            if (existing == null) {
                graph.setEdgeWeight(graph.addEdge(a, b), m);
            } else if (m < graph.getEdgeWeight(existing)) {
                // two lines (or tracks) between the same stations: a rider takes the shorter
                graph.setEdgeWeight(existing, m);
            }
        }
    }

    private static String describe(ConnectivityInspector<String, DefaultWeightedEdge> connectivity) {
        return connectivity.connectedSets().stream()
                .map(set -> set.stream()
                        .sorted()
                        .limit(5)
                        .collect(Collectors.joining(", ", "[", set.size() > 5 ? ", …]" : "]")))
                .collect(Collectors.joining(" "));
    }

    /** The shortest distance in metres along the tracks between two stations; 0 from a station to itself. */
    public int distanceMeters(String from, String to) {
        return meters[indexOf(from)][indexOf(to)];
    }

    /** The distance to the station farthest from this one: what a trip from here can cost at most. */
    public int maxDistanceMetersFrom(String from) {
        return farthest[indexOf(from)];
    }

    /** The longest shortest distance in the network (its diameter): the basis of the highest single fare. */
    public int maxDistanceMeters() {
        return maxDistance;
    }

    public boolean hasStation(String code) {
        return code != null && index.containsKey(code);
    }

    /** Every station code, in the order the lines first name them. */
    public Set<String> stationCodes() {
        return stationCodes;
    }

    public List<Line> lines() {
        return lines;
    }

    private int indexOf(String code) {
        Integer i = code == null ? null : index.get(code);
        if (i == null) {
            throw new IllegalArgumentException("unknown metro station: " + code);
        }
        return i;
    }

    /**
     * One line as the network is built from it: station codes in running order and the track distance in metres
     * from each station to the next. A loop line names its first station again at the end, so that the closing
     * section has a distance too.
     */
    public record Line(String code, List<String> stationCodes, List<Integer> metersBetween) {

        public Line {
            Objects.requireNonNull(code, "code");
            stationCodes = List.copyOf(stationCodes);
            metersBetween = List.copyOf(metersBetween);
            if (stationCodes.size() < 2) {
                throw new IllegalArgumentException("metro line " + code + " needs at least two stations");
            }
            if (metersBetween.size() != stationCodes.size() - 1) {
                throw new IllegalArgumentException("metro line " + code + " has " + stationCodes.size()
                        + " stations but " + metersBetween.size() + " distances between them");
            }
            for (int i = 1; i < stationCodes.size(); i++) {
                if (stationCodes.get(i).equals(stationCodes.get(i - 1))) {
                    throw new IllegalArgumentException(
                            "metro line " + code + " names " + stationCodes.get(i) + " twice in a row");
                }
                if (metersBetween.get(i - 1) <= 0) {
                    throw new IllegalArgumentException("metro line " + code + " has a distance of "
                            + metersBetween.get(i - 1) + " m before " + stationCodes.get(i));
                }
            }
        }

        /** A line with the distances between its stations in kilometres, as the network tables keep them. */
        public static Line ofKm(String code, List<String> stationCodes, double... kmBetween) {
            List<Integer> meters = new ArrayList<>(kmBetween.length);
            for (double km : kmBetween) {
                meters.add((int) Math.round(km * 1000));
            }
            return new Line(code, stationCodes, meters);
        }

        /** Whether the line runs round: it comes back to a station it has already served. */
        public boolean loop() {
            return new LinkedHashSet<>(stationCodes).size() < stationCodes.size();
        }
    }
}
