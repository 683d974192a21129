package city.platform.security;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import city.testing.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Who may call what, as a table people review: {@code access-matrix.tsv} declares for every operation of the OpenAPI
 * document which identities pass its access check. Every operation is called as anonymous, as a device and as the demo
 * user of every realm role; a declared identity must get past the check (no 401/403), every other one must be refused
 * (401 anonymous, 403 signed in). An operation the table does not declare fails the test, so that a new module's
 * operations are reviewed the day they land. Calls carry dummy ids and an empty body: they reach the access check and
 * at most a 4xx behind it, never a change.
 */
@QuarkusTest
public class AccessMatrixTest {

    static final Path MATRIX = Path.of("src/test/resources/access-matrix.tsv");
    static final String ANONYMOUS = "anonymous";
    static final String DEVICE = "device";

    /** One operation of the OpenAPI document, such as {@code POST /api/v1/payments/pay-codes}. */
    public record Operation(String method, String path) {
        public String key() {
            return method.toUpperCase() + " " + path;
        }

        public String concretePath() {
            return path.replaceAll("\\{[^}]+}", "00000000-0000-0000-0000-000000000000");
        }
    }

    /** Every operation of the JSON API and the standard interfaces (the OpenAPI document lists them all). */
    @SuppressWarnings("unchecked")
    public static List<Operation> operations() {
        Map<String, Map<String, Object>> paths = given().accept("application/json")
                .get("/q/openapi")
                .then()
                .statusCode(200)
                .extract()
                .path("paths");
        List<Operation> operations = new ArrayList<>();
        for (var path : new TreeMap<>(paths).entrySet()) {
            if (!path.getKey().matches("^/(api|fhir|ims)/.*")) {
                continue; // pages sign in through the code flow and answer a redirect, not 401
            }
            for (String method : path.getValue().keySet()) {
                if (List.of("get", "post", "put", "delete", "patch").contains(method)) {
                    operations.add(new Operation(method, path.getKey()));
                }
            }
        }
        return operations;
    }

    /** The declared table: operation to the identities that pass its access check. */
    public static Map<String, Set<String>> declared() throws IOException {
        Map<String, Set<String>> table = new LinkedHashMap<>();
        for (String line : Files.readAllLines(MATRIX, StandardCharsets.UTF_8)) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] cells = line.split("\t");
            table.put(
                    cells[0].trim(), new LinkedHashSet<>(List.of(cells[1].trim().split(","))));
        }
        return table;
    }

    /** Anonymous, the device client and one demo user per realm role, with their bearer tokens (null: none). */
    static Map<String, String> identities() {
        Map<String, String> identities = new LinkedHashMap<>();
        identities.put(ANONYMOUS, null);
        identities.put(DEVICE, Tokens.device());
        for (String role : Roles.ALL) {
            identities.put(role, Tokens.of(role));
        }
        return identities;
    }

    private static final HttpClient HTTP = HttpClient.newBuilder()
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(5))
            .build();

    /** The status of one call; the body is not waited for (event streams never end). */
    static int call(Operation op, String token) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:8081" + op.concretePath()))
                .timeout(Duration.ofSeconds(30))
                .header("Idempotency-Key", UUID.randomUUID().toString());
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        boolean body = !op.method().equals("get") && !op.method().equals("delete");
        request.header("Content-Type", "application/json")
                .method(
                        op.method().toUpperCase(),
                        body ? HttpRequest.BodyPublishers.ofString("{}") : HttpRequest.BodyPublishers.noBody());
        HttpResponse<InputStream> answer;
        try {
            answer = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofInputStream());
        } catch (IOException closedConnection) {
            // a kept-alive connection the server had closed (after a refused body): once more on a new one
            answer = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofInputStream());
        }
        answer.body().close();
        return answer.statusCode();
    }

    @Test
    void everyOperationAnswersEveryIdentityAsTheMatrixDeclares() throws Exception {
        Map<String, Set<String>> table = declared();
        // the demo merchant's shop exists, so that its owner passes the merchant calls
        city.payments.rest.MerchantResourceTest.merchantCode();
        Map<String, String> identities = identities();
        List<String> undeclared = new ArrayList<>();
        List<String> wrong = new ArrayList<>();
        List<String> observed = new ArrayList<>();
        for (Operation op : operations()) {
            Set<String> passing = new LinkedHashSet<>();
            for (var identity : identities.entrySet()) {
                int status = call(op, identity.getValue());
                assertThat(status).as(op.key() + " as " + identity.getKey()).isLessThan(500);
                boolean passed = status != 401 && status != 403;
                if (passed) {
                    passing.add(identity.getKey());
                }
                Set<String> allowed = table.get(op.key());
                if (allowed == null) {
                    continue;
                }
                boolean person =
                        identity.getValue() != null && !identity.getKey().equals(DEVICE);
                boolean expected = allowed.contains(ANONYMOUS)
                        || allowed.contains(identity.getKey())
                        || (allowed.contains("people") && person)
                        || (allowed.contains("authenticated") && identity.getValue() != null);
                if (passed != expected) {
                    wrong.add(op.key() + " as " + identity.getKey() + ": " + status);
                } else if (!passed) {
                    int refusal = identity.getValue() == null ? 401 : 403;
                    if (status != refusal) {
                        wrong.add(op.key() + " as " + identity.getKey() + ": " + status + ", not " + refusal);
                    }
                }
            }
            String who = passing.contains(ANONYMOUS)
                    ? ANONYMOUS
                    : passing.size() == identities.size() - 1
                            ? "authenticated"
                            : passing.size() == Roles.ALL.size() && !passing.contains(DEVICE)
                                    ? "people"
                                    : String.join(",", passing);
            observed.add(op.key() + "\t" + (who.isEmpty() ? "nobody" : who));
            if (!table.containsKey(op.key())) {
                undeclared.add(op.key());
            }
        }
        Files.createDirectories(Path.of("target"));
        Files.write(Path.of("target/access-matrix-observed.tsv"), observed, StandardCharsets.UTF_8);
        assertThat(undeclared)
                .as("operations missing from %s (what they answer today: target/access-matrix-observed.tsv)", MATRIX)
                .isEmpty();
        assertThat(wrong).as("calls answered against the matrix").isEmpty();
        assertThat(table.keySet())
                .as("declared operations that no longer exist")
                .isSubsetOf(operations().stream().map(Operation::key).toList());
    }
}
