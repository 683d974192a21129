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
    private final CompletableFuture<LocalKeycloak> keycloak;
    private final String keycloakUrl;

    private LocalServices(LocalPostgres postgres, CompletableFuture<LocalKeycloak> keycloak, String keycloakUrl) {
        this.postgres = postgres;
        this.keycloak = keycloak;
        this.keycloakUrl = keycloakUrl;
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

    /** Starts PostgreSQL and Keycloak in parallel and returns when both are ready. */
    public static LocalServices start(Plan plan) {
        LocalServices services = startKeycloakInBackground(plan);
        try {
            services.keycloak.join();
            return services;
        } catch (RuntimeException e) {
            services.close();
            throw e;
        }
    }

    /**
     * Starts Keycloak in the background and PostgreSQL in this thread, and returns when PostgreSQL is ready, so that
     * the app can boot while Keycloak starts; {@link #keycloakReady()} completes when Keycloak answers.
     */
    public static LocalServices startKeycloakInBackground(Plan plan) {
        CompletableFuture<LocalKeycloak> keycloak = plan.keycloakHome() == null
                ? CompletableFuture.completedFuture(null)
                : CompletableFuture.supplyAsync(
                        () -> LocalKeycloak.start(
                                plan.keycloakHome(),
                                plan.keycloakPort(),
                                plan.keycloakManagementPort(),
                                plan.keycloakStorage(),
                                plan.publicUrl()),
                        // its own thread: waiting for Keycloak must not hold the common pool the app boots with
                        task -> {
                            Thread starter = new Thread(task, "city-keycloak-start");
                            starter.setDaemon(true);
                            starter.start();
                        });
        String keycloakUrl = plan.keycloakHome() == null ? null : "http://localhost:" + plan.keycloakPort();
        LocalPostgres postgres = null;
        try {
            if (plan.postgresDataDir() != null) {
                // a fresh database is thrown away after the run (the tests'); kept data must survive a crash
                postgres = LocalPostgres.start(
                        plan.postgresDataDir(),
                        plan.postgresPort(),
                        plan.freshDatabase(),
                        plan.freshDatabase() ? LocalPostgres.Durability.FAST : LocalPostgres.Durability.DURABLE);
            }
            return new LocalServices(postgres, keycloak, keycloakUrl);
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

    /** Completes when Keycloak answers (at once when it is not started here); fails if it cannot start. */
    public CompletableFuture<LocalKeycloak> keycloakReady() {
        return keycloak;
    }

    /** The Quarkus configuration that points the app at the services started here. */
    public Map<String, String> config() {
        Map<String, String> config = new LinkedHashMap<>();
        if (postgres != null) {
            config.put("quarkus.datasource.jdbc.url", postgres.jdbcUrl());
            config.put("quarkus.datasource.username", "postgres");
            config.put("quarkus.datasource.password", "postgres");
        }
        if (keycloakUrl != null) {
            config.put("city.keycloak.url", keycloakUrl);
            config.put("quarkus.oidc.web.credentials.secret", LocalKeycloak.PORTAL_SECRET);
        }
        return config;
    }

    public LocalKeycloak keycloak() {
        return keycloak.join();
    }

    /** Stops Keycloak, then PostgreSQL. */
    @Override
    public void close() {
        LocalKeycloak started = keycloak.exceptionally(e -> null).join();
        if (started != null) {
            started.close();
        }
        if (postgres != null) {
            postgres.close();
        }
        LOG.info("Local PostgreSQL and Keycloak stopped");
    }
}
