package city.payments.internal.metro;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The metro network and its map views, read from the {@code payments.metro_*} tables on first use and kept until
 * {@link #reload()}: the network changes a few times a year, fares are computed on every trip.
 */
@ApplicationScoped
public class MetroNetworkLoader {

    private final EntityManager em;
    private final Object lock = new Object();
    private volatile Snapshot snapshot;

    MetroNetworkLoader(EntityManager em) {
        this.em = em;
    }

    public MetroNetwork network() {
        return snapshot().network();
    }

    /** Every line in display order, with its stations in running order. */
    public List<MetroLineView> lines() {
        return snapshot().lines();
    }

    /** Every station by code, with the lines that serve it. */
    public List<MetroStationView> stations() {
        return List.copyOf(snapshot().stations().values());
    }

    public Optional<MetroStationView> station(String code) {
        return Optional.ofNullable(snapshot().stations().get(code));
    }

    /** Reads the tables again, after the network was edited; trips priced meanwhile keep the network they saw. */
    public MetroNetwork reload() {
        synchronized (lock) {
            Snapshot fresh = load();
            snapshot = fresh;
            return fresh.network();
        }
    }

    private Snapshot snapshot() {
        Snapshot s = snapshot;
        if (s == null) {
            synchronized (lock) {
                s = snapshot;
                if (s == null) {
                    s = load();
                    snapshot = s;
                }
            }
        }
        return s;
    }

    private Snapshot load() {
        // joins the caller's transaction, or opens one when called from outside any (a timer, startup), so that the
        // entity manager can be used without a request context
        return QuarkusTransaction.joiningExisting().call(this::read);
    }

    private Snapshot read() {
        List<Object[]> lineRows = rows("select code, name_zh, name_en, color, sort_order from payments.metro_line"
                + " order by sort_order, code");
        List<Object[]> stationRows =
                rows("select code, name_zh, name_en, lat, lon from payments.metro_station order by code");
        List<Object[]> stopRows = rows("select line_code, station_code, km_from_previous"
                + " from payments.metro_line_station order by line_code, seq");

        Map<String, List<Object[]>> stopsByLine = new LinkedHashMap<>();
        for (Object[] r : stopRows) {
            stopsByLine.computeIfAbsent((String) r[0], k -> new ArrayList<>()).add(r);
        }
        Map<String, List<String>> linesByStation = new LinkedHashMap<>();
        for (Object[] r : lineRows) {
            String line = (String) r[0];
            for (Object[] stop : stopsByLine.getOrDefault(line, List.of())) {
                List<String> served = linesByStation.computeIfAbsent((String) stop[1], k -> new ArrayList<>());
                if (!served.contains(line)) {
                    served.add(line);
                }
            }
        }
        Map<String, MetroStationView> stations = new LinkedHashMap<>();
        for (Object[] r : stationRows) {
            String code = (String) r[0];
            stations.put(
                    code,
                    new MetroStationView(
                            code,
                            (String) r[1],
                            (String) r[2],
                            ((Number) r[3]).doubleValue(),
                            ((Number) r[4]).doubleValue(),
                            linesByStation.getOrDefault(code, List.of())));
        }

        List<MetroNetwork.Line> networkLines = new ArrayList<>();
        List<MetroLineView> lineViews = new ArrayList<>();
        for (Object[] r : lineRows) {
            String code = (String) r[0];
            List<String> codes = new ArrayList<>();
            List<Integer> meters = new ArrayList<>();
            List<MetroStationView> views = new ArrayList<>();
            for (Object[] stop : stopsByLine.getOrDefault(code, List.of())) {
                String station = (String) stop[1];
                codes.add(station);
                views.add(stations.get(station));
                if (stop[2] != null) {
                    meters.add(meters(stop[2]));
                }
            }
            networkLines.add(new MetroNetwork.Line(code, codes, meters));
            int length = meters.stream().mapToInt(Integer::intValue).sum();
            lineViews.add(new MetroLineView(
                    code, (String) r[1], (String) r[2], (String) r[3], ((Number) r[4]).intValue(), views, length));
        }
        return new Snapshot(
                new MetroNetwork(networkLines), List.copyOf(lineViews), Collections.unmodifiableMap(stations));
    }

    /** Kilometres as numeric(5,2) are whole metres, so the conversion is exact. */
    private static int meters(Object km) {
        return new BigDecimal(km.toString())
                .movePointRight(3)
                .setScale(0, RoundingMode.HALF_UP)
                .intValueExact();
    }

    @SuppressWarnings("unchecked")
    private List<Object[]> rows(String sql) {
        return em.createNativeQuery(sql).getResultList();
    }

    private record Snapshot(MetroNetwork network, List<MetroLineView> lines, Map<String, MetroStationView> stations) {}
}
