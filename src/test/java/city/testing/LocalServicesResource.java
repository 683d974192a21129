package city.testing;

import city.platform.boot.LocalKeycloak;
import city.platform.boot.LocalServices;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * Starts one real PostgreSQL (fresh, in a temporary directory) and one real Keycloak (in memory, realm imported) for
 * the whole test run, whatever test profiles make Quarkus restart; both stop when the test JVM exits.
 */
public class LocalServicesResource implements QuarkusTestResourceLifecycleManager {

    public static final int APP_TEST_PORT = 8081;

    private static LocalServices services;

    @Override
    public synchronized Map<String, String> start() {
        if (services == null) {
            services = LocalServices.start(new LocalServices.Plan(
                    tempDir(),
                    freePort(),
                    true,
                    Path.of(System.getProperty("city.keycloak.home", "target/keycloak/keycloak-26.7.3")),
                    freePort(),
                    freePort(),
                    LocalKeycloak.Storage.MEMORY,
                    "http://localhost:" + APP_TEST_PORT));
            Runtime.getRuntime().addShutdownHook(new Thread(services::close, "test-services-stop"));
        }
        return services.config();
    }

    @Override
    public void stop() {
        // kept for the next Quarkus start of this run; the shutdown hook stops them
    }

    private static Path tempDir() {
        try {
            return Files.createTempDirectory("city-test-pg");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
