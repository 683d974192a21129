package city.traffic.internal;

import city.traffic.internal.control.Weather;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import javax.sql.DataSource;

/**
 * The weather the signals work with. Stations report FIWARE WeatherObserved; the city's weather is the worst of the
 * stations' latest observations from the last 30 minutes (the heaviest rain, the lowest visibility), because a
 * clearance must be long enough wherever the rain falls. A station silent for longer no longer counts; with none
 * left the weather is clear. Each change reaches the control loop at once.
 */
@ApplicationScoped
public class CityWeather {

    static final Duration FRESH = Duration.ofMinutes(30);

    /** One observation of one station; temperature in °C, precipitation in mm/h, humidity 0..1, wind m/s, m. */
    public record Observation(
            String stationId,
            Instant observedAt,
            Double temperature,
            double precipitation,
            Double relativeHumidity,
            Double windSpeed,
            Double visibility) {}

    /** The city's weather now, the stations that make it, and whether clearances are lengthened. */
    public record View(
            double precipitation,
            Double visibility,
            boolean adverse,
            int extraClearanceSeconds,
            List<Observation> stations) {}

    private final DataSource dataSource;
    private final SignalControl signals;
    private final Clock clock;
    private final Map<String, Observation> latest = new ConcurrentHashMap<>();

    CityWeather(DataSource dataSource, SignalControl signals, Clock clock) {
        this.dataSource = dataSource;
        this.signals = signals;
        this.clock = clock;
    }

    /** Applies observations (a station's older one than it last sent changes nothing), stores them, updates signals. */
    public void apply(List<Observation> observations) {
        for (Observation o : observations) {
            latest.merge(o.stationId(), o, (old, now) -> now.observedAt().isAfter(old.observedAt()) ? now : old);
        }
        refresh();
        store(observations);
    }

    /** Recomputes the city's weather from the fresh observations and hands it to the signals if it changed. */
    public Weather refresh() {
        Weather w = current(clock.instant());
        if (!w.equals(signals.weather())) {
            signals.setWeather(w);
        }
        return w;
    }

    private Weather current(Instant now) {
        double rain = 0;
        double visibility = Double.POSITIVE_INFINITY;
        for (Observation o : fresh(now)) {
            rain = Math.max(rain, o.precipitation());
            if (o.visibility() != null) {
                visibility = Math.min(visibility, o.visibility());
            }
        }
        return new Weather(rain, visibility);
    }

    private List<Observation> fresh(Instant now) {
        Instant since = now.minus(FRESH);
        List<Observation> out = new ArrayList<>();
        for (Observation o : latest.values()) {
            if (o.observedAt().isAfter(since)) {
                out.add(o);
            }
        }
        out.sort(Comparator.comparing(Observation::stationId));
        return out;
    }

    public View view() {
        Instant now = clock.instant();
        Weather w = current(now);
        return new View(
                w.precipitationMmPerHour(),
                Double.isInfinite(w.visibilityMetres()) ? null : w.visibilityMetres(),
                w.adverse(),
                w.adverse() ? 2 : 0,
                fresh(now));
    }

    private void store(List<Observation> observations) {
        String sql = "insert into traffic.weather_observation (station_id, observed_at, temperature, precipitation,"
                + " humidity, wind_speed, visibility, received_at) values (?, ?, ?, ?, ?, ?, ?, ?)"
                + " on conflict do nothing";
        try (Connection c = dataSource.getConnection();
                PreparedStatement ps = c.prepareStatement(sql)) {
            Timestamp received = Timestamp.from(clock.instant());
            for (Observation o : observations) {
                ps.setString(1, o.stationId());
                ps.setTimestamp(2, Timestamp.from(o.observedAt()));
                setNullable(ps, 3, o.temperature());
                ps.setDouble(4, o.precipitation());
                setNullable(ps, 5, o.relativeHumidity());
                setNullable(ps, 6, o.windSpeed());
                setNullable(ps, 7, o.visibility());
                ps.setTimestamp(8, received);
                ps.addBatch();
            }
            ps.executeBatch();
        } catch (SQLException e) {
            throw new IllegalStateException("weather observations could not be stored", e);
        }
    }

    private static void setNullable(PreparedStatement ps, int i, Double v) throws SQLException {
        if (v == null) {
            ps.setNull(i, Types.REAL);
        } else {
            ps.setDouble(i, v);
        }
    }

    /** Deletes observations older than {@code before}. */
    public int purge(Instant before) {
        try (Connection c = dataSource.getConnection();
                PreparedStatement ps =
                        c.prepareStatement("delete from traffic.weather_observation where observed_at < ?")) {
            ps.setTimestamp(1, Timestamp.from(before));
            return ps.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("weather observations could not be purged", e);
        }
    }

    /** Forgets every station (tests). */
    public void reset() {
        latest.clear();
        refresh();
    }
}
