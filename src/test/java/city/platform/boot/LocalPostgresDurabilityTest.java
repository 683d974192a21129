package city.platform.boot;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The run command keeps its database between runs and answers payments and taps only after their commit: that
 * database must be started durable. The tests' fresh databases may stay fast.
 */
class LocalPostgresDurabilityTest {

    @Test
    void theDatabaseOfTheRunCommandShouldBeDurable() throws Exception {
        // a kept data directory, as ./scripts/run.sh starts it (CityMain's plan: not fresh, no local Keycloak here)
        Map<String, String> settings = settingsOf(false);
        assertThat(settings)
                .containsEntry("fsync", "on")
                .containsEntry("synchronous_commit", "on")
                .containsEntry("full_page_writes", "on");
    }

    @Test
    void aFreshTestDatabaseMayTradeDurabilityForSpeed() throws Exception {
        assertThat(settingsOf(true)).containsEntry("fsync", "off").containsEntry("synchronous_commit", "off");
    }

    private static Map<String, String> settingsOf(boolean fresh) throws Exception {
        Path dir = Files.createTempDirectory("city-durability-pg");
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        try (LocalServices services =
                LocalServices.start(new LocalServices.Plan(dir, port, fresh, null, 0, 0, null, null, 0, 0))) {
            Map<String, String> config = services.config();
            Map<String, String> settings = new LinkedHashMap<>();
            try (var c = DriverManager.getConnection(
                    config.get("quarkus.datasource.jdbc.url"),
                    config.get("quarkus.datasource.username"),
                    config.get("quarkus.datasource.password"))) {
                for (String name : new String[] {"fsync", "synchronous_commit", "full_page_writes"}) {
                    try (var rs = c.createStatement().executeQuery("show " + name)) {
                        rs.next();
                        settings.put(name, rs.getString(1));
                    }
                }
            }
            return settings;
        }
    }
}
