package city.platform.boot;

import java.nio.file.Files;
import java.nio.file.Path;
import org.jboss.logging.Logger;

/**
 * Switches for fault tests of a services-only run ({@code CITY_FAULT_SWITCHES=<dir>}): while the file
 * {@code postgres-down} exists in that directory PostgreSQL is stopped (fast shutdown), and once it is removed
 * PostgreSQL starts again on the same data directory and port; {@code keycloak-down} does the same for Keycloak (its
 * whole process tree). The services are restarted by the process that started them, with zonky's binaries as it
 * starts them, which a script cannot do as root (PostgreSQL refuses to start as root outside zonky's launcher here).
 * Used by {@code bench/faults.sh}; never in the app's own process.
 */
final class FaultSwitches {

    private static final Logger LOG = Logger.getLogger(FaultSwitches.class);

    private FaultSwitches() {}

    /** Watches {@code dir} on a daemon thread, every 100 ms. */
    static void watch(LocalServices services, Path dir) {
        Thread watcher = new Thread(
                () -> {
                    while (!Thread.currentThread().isInterrupted()) {
                        try {
                            apply(services, dir);
                            Thread.sleep(100);
                        } catch (InterruptedException e) {
                            Thread.currentThread().interrupt();
                        } catch (RuntimeException e) {
                            LOG.warnf(e, "fault switch failed; trying again");
                        }
                    }
                },
                "city-fault-switches");
        watcher.setDaemon(true);
        watcher.start();
        LOG.infof("fault switches in %s: postgres-down, keycloak-down", dir);
    }

    private static void apply(LocalServices services, Path dir) {
        boolean postgresDown = Files.exists(dir.resolve("postgres-down"));
        if (postgresDown && services.postgresRunning()) {
            LOG.warn("fault switch: stopping PostgreSQL");
            services.stopPostgres();
        } else if (!postgresDown && !services.postgresRunning()) {
            LOG.warn("fault switch: starting PostgreSQL again");
            services.startPostgres();
        }
        boolean keycloakDown = Files.exists(dir.resolve("keycloak-down"));
        if (keycloakDown && services.keycloakRunning()) {
            LOG.warn("fault switch: stopping Keycloak");
            services.stopKeycloak();
        } else if (!keycloakDown && !services.keycloakRunning()) {
            LOG.warn("fault switch: starting Keycloak again");
            services.startKeycloak();
        }
    }
}
