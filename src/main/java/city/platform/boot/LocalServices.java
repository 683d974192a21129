package city.platform.boot;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.jboss.logging.Logger;

/**
 * Starts the services the app needs on this machine, in parallel: PostgreSQL and Keycloak. Used by {@link CityMain}
 * when no external database or identity server is configured, and by the test suite.
 */
public final class LocalServices implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(LocalServices.class);

    private final LocalPostgres postgres;
    private final LocalKeycloak keycloak;

    private LocalServices(LocalPostgres postgres, LocalKeycloak keycloak) {
        this.postgres = postgres;
        this.keycloak = keycloak;
    }

    /** What to start: either part may be left out (null) when an external one is configured. */
    public record Plan(
            Path postgresDataDir,
            int postgresPort,
            boolean freshDatabase,
            Path keycloakHome,
            int keycloakPort,
            int keycloakManagementPort,
            LocalKeycloak.Storage keycloakStorage,
            String publicUrl) {}

    public static LocalServices start(Plan plan) {
        CompletableFuture<LocalKeycloak> keycloak = plan.keycloakHome() == null
                ? CompletableFuture.completedFuture(null)
                : CompletableFuture.supplyAsync(() -> LocalKeycloak.start(
                        plan.keycloakHome(),
                        plan.keycloakPort(),
                        plan.keycloakManagementPort(),
                        plan.keycloakStorage(),
                        plan.publicUrl()));
        LocalPostgres postgres = null;
        try {
            if (plan.postgresDataDir() != null) {
                postgres = LocalPostgres.start(plan.postgresDataDir(), plan.postgresPort(), plan.freshDatabase());
            }
            return new LocalServices(postgres, keycloak.join());
        } catch (RuntimeException e) {
            if (postgres != null) {
                postgres.close();
            }
            keycloak.thenAccept(k -> {
                if (k != null) {
                    k.close();
                }
            });
            throw e;
        }
    }

    /** The Quarkus configuration that points the app at the services started here. */
    public Map<String, String> config() {
        Map<String, String> config = new LinkedHashMap<>();
        if (postgres != null) {
            config.put("quarkus.datasource.jdbc.url", postgres.jdbcUrl());
            config.put("quarkus.datasource.username", "postgres");
            config.put("quarkus.datasource.password", "postgres");
        }
        if (keycloak != null) {
            config.put("city.keycloak.url", keycloak.url());
            config.put("quarkus.oidc.web.credentials.secret", LocalKeycloak.PORTAL_SECRET);
        }
        return config;
    }

    public LocalKeycloak keycloak() {
        return keycloak;
    }

    /** Stops Keycloak, then PostgreSQL. */
    @Override
    public void close() {
        if (keycloak != null) {
            keycloak.close();
        }
        if (postgres != null) {
            postgres.close();
        }
        LOG.info("Local PostgreSQL and Keycloak stopped");
    }
}
