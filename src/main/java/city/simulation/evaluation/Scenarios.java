package city.simulation.evaluation;

import city.platform.rest.Problem;
import city.platform.rest.ProblemException;
import city.simulation.traffic.CityFlowReader;
import city.simulation.traffic.Demand;
import city.simulation.traffic.Network;
import city.simulation.traffic.Scenario;
import city.simulation.traffic.ScenarioException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.Response;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * The scenarios evaluations run: a CityFlow roadnet and flow, kept as the text sent, with names in both languages. A
 * file is checked whole before anything is stored (the engine must be able to run it: every route drivable lane by
 * lane, at least one signalised intersection, at least one flow), and every problem is named by its place in the
 * file; an invalid upload stores nothing.
 */
@ApplicationScoped
public class Scenarios {

    /** The most a scenario's two files may weigh together. */
    public static final long MAX_UPLOAD_BYTES = 20L * 1024 * 1024;

    static final int MAX_PROBLEMS = 200;
    static final int MAX_NAME = 200;

    private static final String COLUMNS =
            "id, builtin_key, name_zh, name_en, intersections, signalised, roads, flows, created_at, created_by";

    private final DataSource dataSource;
    private final Clock clock;

    Scenarios(DataSource dataSource, Clock clock) {
        this.dataSource = dataSource;
        this.clock = clock;
    }

    /** A scenario's files. */
    public record Files(String roadnet, String flow) {}

    /**
     * Checks and stores an uploaded scenario. A name missing in one language takes the other's.
     *
     * @throws ProblemException 400 naming every invalid field, and every problem of the files by its JSON path
     *     ({@code roadnet.roads[3].lanes}, {@code flow[12].route[2]}); nothing is stored
     */
    public ScenarioInfo upload(String nameZh, String nameEn, String roadnet, String flow, String userId) {
        String zh = nameZh == null ? "" : nameZh.strip();
        String en = nameEn == null ? "" : nameEn.strip();
        List<Problem.FieldError> errors = new ArrayList<>();
        if (zh.isEmpty() && en.isEmpty()) {
            errors.add(new Problem.FieldError("nameZh", "a name (in Chinese or English) is required"));
        }
        if (zh.length() > MAX_NAME) {
            errors.add(new Problem.FieldError("nameZh", "at most " + MAX_NAME + " characters"));
        }
        if (en.length() > MAX_NAME) {
            errors.add(new Problem.FieldError("nameEn", "at most " + MAX_NAME + " characters"));
        }
        if (roadnet == null || roadnet.isBlank()) {
            errors.add(new Problem.FieldError("roadnet", "a CityFlow roadnet.json file is required"));
        }
        if (flow == null || flow.isBlank()) {
            errors.add(new Problem.FieldError("flow", "a CityFlow flow.json file is required"));
        }
        Checked checked = null;
        if (errors.isEmpty()) {
            try {
                checked = check(roadnet, flow);
            } catch (ProblemException e) {
                errors.addAll(e.errors());
            }
        }
        if (!errors.isEmpty()) {
            throw new ProblemException(
                    Response.Status.BAD_REQUEST,
                    "https://city.example/problems/invalid-scenario",
                    "The scenario is not valid; nothing was stored.",
                    errors.size() > MAX_PROBLEMS ? errors.subList(0, MAX_PROBLEMS) : errors);
        }
        return insert(null, zh.isEmpty() ? en : zh, en.isEmpty() ? zh : en, roadnet, flow, checked, userId);
    }

    /** A scenario the engine can run, and its figures. */
    record Checked(Scenario scenario, int intersections, int signalised, int roads, int flows) {}

    /**
     * Reads both files as the engine will.
     *
     * @throws ProblemException 400 with one error per problem of the files
     */
    static Checked check(String roadnet, String flow) {
        Network network;
        try {
            network = CityFlowReader.readRoadnet(roadnet);
        } catch (ScenarioException e) {
            throw invalid(problems("roadnet", e));
        }
        Scenario scenario;
        try {
            Demand demand = CityFlowReader.readFlow(flow, network);
            scenario = new Scenario(network, demand);
        } catch (ScenarioException e) {
            throw invalid(problems("flow", e));
        }
        List<Problem.FieldError> errors = new ArrayList<>();
        int signalised = (int) network.intersections().stream()
                .filter(Network.Intersection::signalised)
                .count();
        if (signalised == 0) {
            errors.add(new Problem.FieldError("roadnet", "no signalised intersection: there is nothing to control"));
        }
        if (scenario.demand().flows().isEmpty()) {
            errors.add(new Problem.FieldError("flow", "no flows: no vehicle would drive"));
        }
        if (!errors.isEmpty()) {
            throw invalid(errors);
        }
        int real =
                (int) network.intersections().stream().filter(x -> !x.virtual()).count();
        return new Checked(
                scenario,
                real,
                signalised,
                network.roads().size(),
                scenario.demand().flows().size());
    }

    private static ProblemException invalid(List<Problem.FieldError> errors) {
        return new ProblemException(
                Response.Status.BAD_REQUEST,
                "The scenario is not valid.",
                errors.size() > MAX_PROBLEMS ? errors.subList(0, MAX_PROBLEMS) : errors);
    }

    /**
     * The engine's problems as field errors: {@code roads[3].lanes: missing} in the roadnet becomes field {@code
     * roadnet.roads[3].lanes}; flow problems already start with {@code flow[i]}; one without a place names the file.
     */
    static List<Problem.FieldError> problems(String file, ScenarioException e) {
        List<Problem.FieldError> out = new ArrayList<>();
        for (String p : e.problems()) {
            int colon = p.indexOf(": ");
            String path = colon > 0 ? p.substring(0, colon) : "";
            String message = colon > 0 ? p.substring(colon + 2) : p;
            if (path.contains(" ")) {
                path = "";
                message = p;
            }
            String field = path.isEmpty() ? file : path.startsWith(file) ? path : file + "." + path;
            out.add(new Problem.FieldError(field, message));
        }
        return out;
    }

    ScenarioInfo insert(
            String builtinKey, String nameZh, String nameEn, String roadnet, String flow, Checked c, String userId) {
        Instant now = clock.instant();
        try (Connection con = dataSource.getConnection();
                PreparedStatement ps = con.prepareStatement(
                        "insert into simulation.scenario (builtin_key, name_zh,"
                                + " name_en, roadnet, flow, intersections, signalised, roads, flows, created_at, created_by)"
                                + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) on conflict (builtin_key) do nothing returning id")) {
            ps.setString(1, builtinKey);
            ps.setString(2, nameZh);
            ps.setString(3, nameEn);
            ps.setString(4, roadnet);
            ps.setString(5, flow);
            ps.setInt(6, c.intersections());
            ps.setInt(7, c.signalised());
            ps.setInt(8, c.roads());
            ps.setInt(9, c.flows());
            ps.setTimestamp(10, Timestamp.from(now));
            ps.setString(11, userId);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    // another start seeded the same built-in meanwhile
                    return findByKey(builtinKey).orElseThrow();
                }
                return new ScenarioInfo(
                        rs.getLong(1),
                        builtinKey,
                        nameZh,
                        nameEn,
                        c.intersections(),
                        c.signalised(),
                        c.roads(),
                        c.flows(),
                        now,
                        userId);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot store the scenario", e);
        }
    }

    /** Every scenario, the built-in ones first, then uploads newest first. */
    public List<ScenarioInfo> all() {
        return query("select " + COLUMNS + " from simulation.scenario order by builtin_key is null, id desc", null);
    }

    public Optional<ScenarioInfo> find(long id) {
        return query("select " + COLUMNS + " from simulation.scenario where id = ?", id).stream()
                .findFirst();
    }

    Optional<ScenarioInfo> findByKey(String key) {
        return query("select " + COLUMNS + " from simulation.scenario where builtin_key = ?", key).stream()
                .findFirst();
    }

    /** A scenario's roadnet and flow, as they were sent. */
    public Optional<Files> files(long id) {
        try (Connection con = dataSource.getConnection();
                PreparedStatement ps =
                        con.prepareStatement("select roadnet, flow from simulation.scenario where id = ?")) {
            ps.setLong(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(new Files(rs.getString(1), rs.getString(2))) : Optional.empty();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read scenario " + id, e);
        }
    }

    private List<ScenarioInfo> query(String sql, Object parameter) {
        List<ScenarioInfo> out = new ArrayList<>();
        try (Connection con = dataSource.getConnection();
                PreparedStatement ps = con.prepareStatement(sql)) {
            if (parameter != null) {
                ps.setObject(1, parameter);
            }
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new ScenarioInfo(
                            rs.getLong(1),
                            rs.getString(2),
                            rs.getString(3),
                            rs.getString(4),
                            rs.getInt(5),
                            rs.getInt(6),
                            rs.getInt(7),
                            rs.getInt(8),
                            rs.getTimestamp(9).toInstant(),
                            rs.getString(10)));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the scenarios", e);
        }
        return out;
    }
}
