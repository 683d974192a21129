package city.payments.internal;

import city.platform.rest.Problem;
import city.platform.rest.ProblemException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.Response;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.function.Supplier;
import javax.sql.DataSource;

/**
 * Runs a money-moving call at most once per (caller, key), Stripe's way: the key is claimed in the same transaction
 * that moves the money, so a concurrent retry waits for the first call and then replays its answer. Answers that
 * are problems the caller caused (4xx) are kept and replayed too; server failures are not, so a retry can succeed.
 * Keys are kept {@value #KEEP_HOURS} hours.
 */
@ApplicationScoped
public class Idempotency {

    static final int KEEP_HOURS = 24;
    public static final String REUSED_KEY = "https://city.example/problems/idempotency-key-reused";

    private final DataSource dataSource;
    private final Clock clock;
    private final ObjectMapper json;
    private final ObjectMapper canonical;

    Idempotency(DataSource dataSource, Clock clock, ObjectMapper json) {
        this.dataSource = dataSource;
        this.clock = clock;
        this.json = json;
        this.canonical = JsonMapper.builder()
                .enable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
                .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
                .findAndAddModules()
                .build();
    }

    /** The result of a call, and whether it is the replay of an earlier one. */
    public record Outcome<T>(T value, boolean replayed) {}

    /**
     * Runs {@code action} in a new transaction unless this caller already used this key.
     *
     * @throws ProblemException 400 for a missing or too long key, 409 when the key was used for another request,
     *     or the problem the first call answered
     */
    public <T> Outcome<T> run(
            String caller, String key, String operation, Object request, Class<T> type, Supplier<T> action) {
        validateKey(key);
        String hash = fingerprint(operation, request);
        try {
            return QuarkusTransaction.requiringNew().call(() -> {
                Stored stored = claim(caller, key, operation, hash);
                if (stored != null) {
                    return new Outcome<>(replay(stored, type), true);
                }
                T value = action.get();
                save(caller, key, 200, json.writeValueAsString(value));
                return new Outcome<>(value, false);
            });
        } catch (ProblemException problem) {
            if (problem.status().getStatusCode() >= 500 || REUSED_KEY.equals(problem.type())) {
                throw problem;
            }
            // remember the refusal, then answer it: throwing inside the transaction would roll the record back
            Stored earlier = QuarkusTransaction.requiringNew().call(() -> {
                Stored stored = claim(caller, key, operation, hash);
                if (stored == null) {
                    save(
                            caller,
                            key,
                            problem.status().getStatusCode(),
                            json.writeValueAsString(problem.toProblem(null)));
                }
                return stored;
            });
            if (earlier == null) {
                throw problem;
            }
            try {
                return new Outcome<>(replay(earlier, type), true);
            } catch (JsonProcessingException e) {
                throw new IllegalStateException("cannot read a stored answer", e);
            }
        }
    }

    /** Deletes keys older than the retention period; returns how many. */
    public int purgeExpired() {
        return QuarkusTransaction.requiringNew().call(() -> {
            try (Connection c = dataSource.getConnection();
                    PreparedStatement ps =
                            c.prepareStatement("delete from payments.idempotency_key where expires_at < ?")) {
                ps.setTimestamp(1, Timestamp.from(clock.instant()));
                return ps.executeUpdate();
            }
        });
    }

    static void validateKey(String key) {
        if (key == null || key.isBlank()) {
            throw ProblemException.invalidField(
                    "Idempotency-Key", "is required: send a unique key (such as a UUID) and reuse it for retries");
        }
        if (key.length() > 255) {
            throw ProblemException.invalidField("Idempotency-Key", "must be at most 255 characters");
        }
    }

    private String fingerprint(String operation, Object request) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(operation.getBytes(StandardCharsets.UTF_8));
            sha.update((byte) 0);
            sha.update(canonical.writeValueAsBytes(request));
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException | JsonProcessingException e) {
            throw new IllegalStateException("cannot fingerprint the request", e);
        }
    }

    private record Stored(String operation, String hash, int status, String response) {}

    /** Claims the key for this call (null), or returns what an earlier call with it stored. */
    private Stored claim(String caller, String key, String operation, String hash) throws SQLException {
        Instant now = clock.instant();
        try (Connection c = dataSource.getConnection()) {
            try (PreparedStatement expired = c.prepareStatement(
                    "delete from payments.idempotency_key where caller = ? and key = ? and expires_at < ?")) {
                expired.setString(1, caller);
                expired.setString(2, key);
                expired.setTimestamp(3, Timestamp.from(now));
                expired.executeUpdate();
            }
            try (PreparedStatement insert = c.prepareStatement("""
                    insert into payments.idempotency_key
                        (caller, key, operation, request_hash, status, created_at, expires_at)
                    values (?, ?, ?, ?, 0, ?, ?) on conflict do nothing""")) {
                insert.setString(1, caller);
                insert.setString(2, key);
                insert.setString(3, operation);
                insert.setString(4, hash);
                insert.setTimestamp(5, Timestamp.from(now));
                insert.setTimestamp(6, Timestamp.from(now.plus(Duration.ofHours(KEEP_HOURS))));
                if (insert.executeUpdate() == 1) {
                    return null;
                }
            }
            try (PreparedStatement select = c.prepareStatement("select operation, request_hash, status, response"
                    + " from payments.idempotency_key where caller = ? and key = ?")) {
                select.setString(1, caller);
                select.setString(2, key);
                try (ResultSet rs = select.executeQuery()) {
                    if (!rs.next()) {
                        throw new IllegalStateException("idempotency key vanished: " + key);
                    }
                    Stored stored = new Stored(rs.getString(1), rs.getString(2), rs.getInt(3), rs.getString(4));
                    if (!stored.operation().equals(operation) || !stored.hash().equals(hash)) {
                        throw new ProblemException(
                                Response.Status.CONFLICT,
                                REUSED_KEY,
                                "This Idempotency-Key was already used for a different request; use a new key.",
                                List.of());
                    }
                    return stored;
                }
            }
        }
    }

    private void save(String caller, String key, int status, String response) throws SQLException {
        try (Connection c = dataSource.getConnection();
                PreparedStatement ps = c.prepareStatement(
                        "update payments.idempotency_key set status = ?, response = ? where caller = ? and key = ?")) {
            ps.setInt(1, status);
            ps.setString(2, response);
            ps.setString(3, caller);
            ps.setString(4, key);
            ps.executeUpdate();
        }
    }

    private <T> T replay(Stored stored, Class<T> type) throws JsonProcessingException {
        if (stored.status() >= 400) {
            Problem problem = json.readValue(stored.response(), Problem.class);
            throw new ProblemException(
                    Response.Status.fromStatusCode(stored.status()),
                    problem.type() == null ? "about:blank" : problem.type(),
                    problem.code(),
                    problem.detail(),
                    problem.errors() == null ? List.of() : problem.errors());
        }
        return json.readValue(stored.response(), type);
    }
}
