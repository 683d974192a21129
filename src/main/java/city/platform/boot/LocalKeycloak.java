package city.platform.boot;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.jboss.logging.Logger;

/**
 * A real Keycloak from the {@code keycloak-quarkus-dist} zip that Maven unpacks under {@code target/keycloak}, started
 * in dev mode with the {@code city} realm plus the demo users and test client (never imported in production).
 */
public final class LocalKeycloak implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(LocalKeycloak.class);
    public static final String REALM = "city";
    public static final String PORTAL_SECRET = "city-portal-secret";
    public static final String DEVICES_SECRET = "city-devices-secret";

    private final Process process;
    private final String url;

    private LocalKeycloak(Process process, String url) {
        this.process = process;
        this.url = url;
    }

    /** How a local Keycloak keeps its data. */
    public enum Storage {
        /** H2 file inside the Keycloak home: users registered in the demo stay between runs. */
        FILE,
        /** In memory: every start imports the realm afresh (tests). */
        MEMORY
    }

    /**
     * Starts Keycloak from {@code home} and waits until the realm answers, or reuses one that already serves the
     * realm on that port.
     *
     * @param publicUrl the app's own base URL, allowed as redirect target of the portal client
     */
    public static LocalKeycloak start(
            Path keycloakHome, int port, int managementPort, Storage storage, String publicUrl) {
        String url = "http://localhost:" + port;
        Path home = keycloakHome.toAbsolutePath();
        if (realmAnswers(url)) {
            LOG.warnf("A Keycloak already serves realm %s on %s: using it", REALM, url);
            return new LocalKeycloak(null, url);
        }
        Path kcScript = home.resolve("bin/kc.sh");
        if (!Files.isRegularFile(kcScript)) {
            throw new IllegalStateException(
                    "No Keycloak distribution at " + home + ": build first (./mvnw package) so that Maven unpacks it");
        }
        try {
            long started = System.nanoTime();
            String realm = realmForLocalUse();
            prepareImport(home, realm, storage);
            List<String> command = new ArrayList<>(List.of(
                    "bash",
                    kcScript.toString(),
                    "start-dev",
                    "--http-port=" + port,
                    "--http-management-port=" + managementPort,
                    "--import-realm",
                    "--db=" + (storage == Storage.FILE ? "dev-file" : "dev-mem")));
            Path log = home.resolve("data/keycloak-" + storage.name().toLowerCase(java.util.Locale.ROOT) + ".log");
            ProcessBuilder builder = new ProcessBuilder(command)
                    .directory(home.toFile())
                    .redirectErrorStream(true)
                    .redirectOutput(log.toFile());
            Map<String, String> env = builder.environment();
            env.put("KC_BOOTSTRAP_ADMIN_USERNAME", "admin");
            env.put("KC_BOOTSTRAP_ADMIN_PASSWORD", "admin");
            env.put("JAVA_OPTS_KC_HEAP", "-Xms64m -Xmx640m");
            env.put("CITY_PORTAL_SECRET", PORTAL_SECRET);
            env.put("CITY_DEVICES_SECRET", DEVICES_SECRET);
            env.put("CITY_PUBLIC_URL", publicUrl);
            Process process = builder.start();
            LocalKeycloak keycloak = new LocalKeycloak(process, url);
            keycloak.awaitReady(Duration.ofMinutes(4), log);
            LOG.infof("Keycloak ready on %s in %d ms (log in %s)", url, (System.nanoTime() - started) / 1_000_000, log);
            return keycloak;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start Keycloak from " + home, e);
        }
    }

    /** The realm of {@code docker/keycloak} with the demo users and the test client merged in. */
    static String realmForLocalUse() throws IOException {
        ObjectMapper json = new ObjectMapper();
        ObjectNode realm = (ObjectNode) json.readTree(resource("keycloak/city-realm.json"));
        ObjectNode overlay = (ObjectNode) json.readTree(resource("keycloak/dev-overlay.json"));
        ((ArrayNode) realm.withArray("clients")).addAll((ArrayNode) overlay.get("clients"));
        realm.withArray("users").addAll((ArrayNode) overlay.get("users"));
        return json.writerWithDefaultPrettyPrinter().writeValueAsString(realm);
    }

    private static InputStream resource(String name) throws IOException {
        InputStream in = LocalKeycloak.class.getClassLoader().getResourceAsStream(name);
        if (in == null) {
            throw new IOException("Missing class-path resource " + name);
        }
        return in;
    }

    /** Writes the realm for import; a changed realm file throws away the old local Keycloak database. */
    private static void prepareImport(Path home, String realm, Storage storage) throws IOException {
        Path data = home.resolve("data");
        Path importDir = data.resolve("import");
        Files.createDirectories(importDir);
        Files.writeString(importDir.resolve(REALM + "-realm.json"), realm, StandardCharsets.UTF_8);
        if (storage == Storage.FILE) {
            Path marker = data.resolve(REALM + "-realm.sha256");
            String hash = sha256(realm);
            if (!Files.exists(marker) || !Files.readString(marker).equals(hash)) {
                deleteTree(data.resolve("h2"));
                Files.writeString(marker, hash);
            }
        }
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (var paths = Files.walk(dir)) {
            for (Path p : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }

    private void awaitReady(Duration timeout, Path log) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException(
                        "Keycloak exited with code " + process.exitValue() + "; see " + log + "\n" + tail(log));
            }
            if (realmAnswers(url)) {
                return;
            }
            sleep(500);
        }
        close();
        throw new IllegalStateException("Keycloak was not ready within " + timeout + "; see " + log + "\n" + tail(log));
    }

    private static String tail(Path log) {
        try {
            List<String> lines = Files.readAllLines(log);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 30), lines.size()));
        } catch (IOException e) {
            return "";
        }
    }

    static boolean realmAnswers(String baseUrl) {
        try {
            HttpClient client = HttpClient.newBuilder()
                    .connectTimeout(Duration.ofSeconds(2))
                    .build();
            HttpResponse<Void> response = client.send(
                    HttpRequest.newBuilder(
                                    URI.create(baseUrl + "/realms/" + REALM + "/.well-known/openid-configuration"))
                            .timeout(Duration.ofSeconds(5))
                            .build(),
                    HttpResponse.BodyHandlers.discarding());
            return response.statusCode() == 200;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting for Keycloak", e);
        }
    }

    /** The base URL, such as {@code http://localhost:8180}. */
    public String url() {
        return url;
    }

    /** Stops Keycloak and every process it started (kc.sh runs the server as a child). */
    @Override
    public void close() {
        if (process == null || !process.isAlive()) {
            return;
        }
        List<ProcessHandle> tree = new ArrayList<>(process.descendants().toList());
        tree.add(process.toHandle());
        tree.forEach(ProcessHandle::destroy);
        for (ProcessHandle p : tree) {
            try {
                p.onExit().get(20, TimeUnit.SECONDS);
            } catch (Exception e) {
                p.destroyForcibly();
            }
        }
    }
}
