package city.platform.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import city.platform.config.HttpLimits;
import city.platform.security.AccessMatrixTest;
import city.platform.web.BodyLimits;
import city.testing.Tokens;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Every write operation of the OpenAPI document, called by an identity that passes its access check, with what an
 * attacker or a broken client sends: malformed JSON, the wrong JSON types, control characters and half surrogate
 * pairs in every text field of its schema, numbers out of range, 100 kB texts, deep nesting and bodies over the limit.
 * Never a 5xx, every 4xx a problem, and not one row more in any table afterwards.
 */
@QuarkusTest
class BadInputSweepTest {

    @Inject
    HttpLimits limits;

    @Inject
    AgroalDataSource db;

    @Test
    @SuppressWarnings("unchecked")
    void noWriteOperationFailsOrStoresAnythingOnBadInput() throws Exception {
        Map<String, Object> openapi = given().accept("application/json")
                .get("/q/openapi")
                .then()
                .extract()
                .as(Map.class);
        Map<String, Set<String>> access = AccessMatrixTest.declared();
        Map<String, String> tokens = new LinkedHashMap<>();
        Map<String, Long> before = rowCounts();
        List<String> failures = new ArrayList<>();
        int calls = 0;
        for (AccessMatrixTest.Operation op : AccessMatrixTest.operations()) {
            if (op.method().equals("get") || op.method().equals("delete")) {
                continue;
            }
            Set<String> who = access.getOrDefault(op.key(), Set.of("nobody"));
            String identity = who.iterator().next();
            if (identity.equals("nobody")) {
                continue;
            }
            String token = switch (identity) {
                case "anonymous" -> null;
                case "authenticated", "people" -> tokens.computeIfAbsent("citizen", Tokens::of);
                case "device" -> tokens.computeIfAbsent("device", k -> Tokens.device());
                default -> tokens.computeIfAbsent(identity, Tokens::of);
            };
            Map<String, Object> schema = schemaOf(openapi, op);
            // an operation that takes no body ignores one; only the size limit concerns it
            for (String body : schema == null ? List.<String>of() : badBodies(schema)) {
                calls++;
                Response r = send(op, token, body);
                check(op, body, r, failures);
            }
            // an HTML form (what a cross-site page can send) is refused with a problem, never the CSRF filter's empty
            // 400
            for (String form : List.of("application/x-www-form-urlencoded", "multipart/form-data")) {
                calls++;
                var request = form.startsWith("multipart")
                        ? given().redirects().follow(false).multiPart("a", "1")
                        : given().redirects().follow(false).contentType(form).formParam("a", "1");
                if (token != null) {
                    request = request.auth().oauth2(token);
                }
                Response r = request.request(op.method().toUpperCase(), op.concretePath());
                check(op, form, r, failures);
            }
            calls++;
            Response huge = send(op, token, "[" + "1,".repeat(1_100_000) + "1]");
            // a large-file path reads the body and refuses it by its own rules (or its case is not found)
            boolean largeFilePath = BodyLimits.isLarge(limits.largeBodyPaths(), op.path());
            if (huge.statusCode() != 413 && !(largeFilePath && huge.statusCode() >= 400 && huge.statusCode() < 500)) {
                failures.add(op.key() + " with 2.2 MB: " + huge.statusCode());
            }
        }
        assertThat(calls).isGreaterThan(100);
        assertThat(failures).as("answers to bad input").isEmpty();
        assertThat(rowCounts()).as("rows per table after the sweep").isEqualTo(before);
    }

    private static Response send(AccessMatrixTest.Operation op, String token, String body) {
        var request = given().redirects()
                .follow(false)
                .header("Idempotency-Key", UUID.randomUUID().toString())
                .contentType("application/json")
                .body(body);
        if (token != null) {
            request = request.auth().oauth2(token);
        }
        return request.request(op.method().toUpperCase(), op.concretePath());
    }

    private static void check(AccessMatrixTest.Operation op, String body, Response r, List<String> failures) {
        String what = op.key() + " with " + (body.length() > 60 ? body.substring(0, 60) + "…" : body);
        if (r.statusCode() >= 500) {
            failures.add(what + ": " + r.statusCode() + " " + r.asString());
        } else if (r.statusCode() < 400) {
            failures.add(what + ": accepted with " + r.statusCode());
        } else if (r.contentType() == null || !r.contentType().startsWith("application/problem+json")) {
            failures.add(what + ": " + r.statusCode() + " as " + r.contentType());
        } else if (r.asString().isBlank()) {
            failures.add(what + ": an empty problem");
        }
    }

    /** The request body schema of an operation, its {@code $ref}s resolved; an empty object when it has none. */
    @SuppressWarnings("unchecked")
    private static Map<String, Object> schemaOf(Map<String, Object> openapi, AccessMatrixTest.Operation op) {
        Map<String, Object> paths = (Map<String, Object>) openapi.get("paths");
        Map<String, Object> operation =
                (Map<String, Object>) ((Map<String, Object>) paths.get(op.path())).get(op.method());
        Object content = ((Map<String, Object>) operation.getOrDefault("requestBody", Map.of())).get("content");
        if (!(content instanceof Map<?, ?> types) || types.isEmpty()) {
            return null;
        }
        Map<String, Object> schema = resolve(
                openapi, ((Map<String, Object>) types.values().iterator().next()).get("schema"));
        if ("array".equals(schema.get("type"))) {
            Map<String, Object> array = new LinkedHashMap<>(schema);
            array.put("items", resolve(openapi, schema.get("items")));
            return array;
        }
        return schema;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> resolve(Map<String, Object> openapi, Object schema) {
        if (!(schema instanceof Map<?, ?> map)) {
            return Map.of();
        }
        Object ref = map.get("$ref");
        if (ref instanceof String r && r.startsWith("#/components/schemas/")) {
            Map<String, Object> schemas =
                    (Map<String, Object>) ((Map<String, Object>) openapi.get("components")).get("schemas");
            return resolve(openapi, schemas.get(r.substring("#/components/schemas/".length())));
        }
        return (Map<String, Object>) map;
    }

    private static final String LONG_TEXT = "\"" + "长".repeat(100_000) + "\"";

    /** The bodies sent to one operation, from the fields its schema documents. */
    @SuppressWarnings("unchecked")
    private static List<String> badBodies(Map<String, Object> schema) {
        boolean array = "array".equals(schema.get("type"));
        Map<String, Object> item = array ? (Map<String, Object>) schema.getOrDefault("items", Map.of()) : schema;
        Map<String, Object> properties = (Map<String, Object>) item.getOrDefault("properties", Map.of());
        List<String> bodies = new ArrayList<>(List.of(
                "{\"a\":",
                "not json",
                array ? "{}" : "[]",
                "\"text\"",
                "[".repeat(2_000) + "]".repeat(2_000),
                "{\"a\":" + "{\"a\":".repeat(2_000) + "1" + "}".repeat(2_001)));
        for (String value : List.of(
                "\"a\\u0000b\"",
                "\"a\\ud800b\"",
                "\"" + "长".repeat(100_000) + "\"",
                "1e400",
                "123456789012345678901234567890")) {
            StringBuilder object = new StringBuilder("{");
            for (String field : properties.keySet()) {
                if (LONG_TEXT.equals(value) && object.length() > 1) {
                    break; // one 100 kB text a body: the limit is per field
                }
                object.append(object.length() > 1 ? "," : "")
                        .append('"')
                        .append(field)
                        .append("\":")
                        .append(value);
            }
            object.append('}');
            if (properties.isEmpty()) {
                continue;
            }
            bodies.add(array ? "[" + object + "]" : object.toString());
        }
        return bodies;
    }

    /** Rows in every table of every module's schema. */
    private Map<String, Long> rowCounts() throws SQLException {
        Map<String, Long> counts = new LinkedHashMap<>();
        try (var c = db.getConnection();
                var tables = c.createStatement()
                        .executeQuery("select schemaname || '.' || tablename from pg_tables where schemaname not in "
                                + "('pg_catalog', 'information_schema') and tablename not like 'flyway%' order by 1")) {
            List<String> names = new ArrayList<>();
            while (tables.next()) {
                names.add(tables.getString(1));
            }
            for (String table : names) {
                try (var rs = c.createStatement().executeQuery("select count(*) from " + table)) {
                    rs.next();
                    counts.put(table, rs.getLong(1));
                }
            }
        }
        return counts;
    }
}
