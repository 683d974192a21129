package city.traffic.internal;

import city.platform.rest.ProblemException;
import city.traffic.internal.network.Intersection;
import city.traffic.internal.network.Road;
import city.traffic.internal.network.RoadNetwork;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;

/** The recent past of an intersection's approaches, from the 5-minute roll-up of their lanes. */
@ApplicationScoped
public class IntersectionHistory {

    public static final int MIN_MINUTES = 5;
    public static final int MAX_MINUTES = 1440;
    static final int BUCKET_SECONDS = 300;

    /**
     * Five minutes of one incoming road: {@code vehicles} counted over its lanes, as {@code flowPerHour}; {@code queue}
     * the sum over its lanes of each lane's longest queue in the interval (null when no lane measured one).
     */
    public record Bucket(Instant start, int readings, int vehicles, double flowPerHour, Double queue) {}

    /** One incoming road and its intervals that have readings, oldest first. */
    public record RoadHistory(String roadId, String nameZh, String nameEn, String bound, List<Bucket> buckets) {}

    /** The intervals {@code from} (inclusive) to {@code to} (exclusive) of every incoming road of an intersection. */
    public record HistoryView(
            String intersectionId, int minutes, int bucketSeconds, Instant from, Instant to, List<RoadHistory> roads) {}

    private final TrafficNetworks networks;
    private final DataSource dataSource;

    IntersectionHistory(TrafficNetworks networks, DataSource dataSource) {
        this.networks = networks;
        this.dataSource = dataSource;
    }

    /**
     * The last {@code minutes} before {@code now}, in whole 5-minute intervals (the one under way included).
     *
     * @throws ProblemException 400 when minutes is outside 5..1440, 404 when there is no such intersection
     */
    public HistoryView history(String intersectionId, int minutes, Instant now) {
        if (minutes < MIN_MINUTES || minutes > MAX_MINUTES) {
            throw ProblemException.invalidField(
                    "minutes", "from " + MIN_MINUTES + " to " + MAX_MINUTES + " minutes, not " + minutes);
        }
        RoadNetwork network = networks.current();
        Intersection x = network.findIntersection(intersectionId)
                .orElseThrow(() -> ProblemException.notFound("No intersection " + intersectionId + "."));
        Instant to = TrafficJournal.bucket(now).plusSeconds(BUCKET_SECONDS);
        Instant from = to.minusSeconds((long) Math.ceil(minutes * 60.0 / BUCKET_SECONDS) * BUCKET_SECONDS);
        List<Road> incoming = network.incomingRoads(x.id());
        Map<String, List<Bucket>> byRoad = new HashMap<>();
        if (!incoming.isEmpty()) {
            try (Connection c = dataSource.getConnection();
                    PreparedStatement ps = c.prepareStatement("select road_id, bucket, sum(readings), sum(vehicles),"
                            + " sum(max_queue) from traffic.lane_rollup where road_id = any(?) and bucket >= ?"
                            + " and bucket < ? group by road_id, bucket order by road_id, bucket")) {
                ps.setArray(
                        1,
                        c.createArrayOf("text", incoming.stream().map(Road::id).toArray()));
                ps.setTimestamp(2, Timestamp.from(from));
                ps.setTimestamp(3, Timestamp.from(to));
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        int vehicles = rs.getInt(4);
                        Object queue = rs.getObject(5);
                        byRoad.computeIfAbsent(rs.getString(1), k -> new ArrayList<>())
                                .add(new Bucket(
                                        rs.getTimestamp(2).toInstant(),
                                        rs.getInt(3),
                                        vehicles,
                                        vehicles * 3600.0 / BUCKET_SECONDS,
                                        queue == null ? null : TrafficMap.round(((Number) queue).doubleValue(), 1)));
                    }
                }
            } catch (SQLException e) {
                throw new IllegalStateException("cannot read the roll-up of " + intersectionId, e);
            }
        }
        Map<String, RoadHistory> roads = new LinkedHashMap<>();
        for (Road r : incoming) {
            roads.put(
                    r.id(),
                    new RoadHistory(
                            r.id(),
                            r.name().zh(),
                            r.name().en(),
                            IntersectionDetails.bound(IntersectionDetails.bearing(r)),
                            List.copyOf(byRoad.getOrDefault(r.id(), List.of()))));
        }
        return new HistoryView(x.id(), minutes, BUCKET_SECONDS, from, to, List.copyOf(roads.values()));
    }
}
