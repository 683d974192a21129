package city.platform.boot;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.jboss.logging.Logger;

/**
 * Starts the services the app needs on this machine, in parallel: PostgreSQL and Keycloak, and an SMTP server for the
 * citizens' e-mail. Used by {@link CityMain} when no external database, identity server or mail server is configured,
 * and by the test suite.
 */
public final class LocalServices implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(LocalServices.class);

    // replaced only by the fault switches of a services-only run (FaultSwitches)
    private volatile LocalPostgres postgres;
    private volatile CompletableFuture<LocalKeycloak> keycloak;
    private Plan plan;
    private final String keycloakUrl;
    private final LocalMail mail;

    private LocalServices(
            LocalPostgres postgres, CompletableFuture<LocalKeycloak> keycloak, String keycloakUrl, LocalMail mail) {
        this.postgres = postgres;
        this.keycloak = keycloak;
        this.keycloakUrl = keycloakUrl;
        this.mail = mail;
    }

    /**
     * What to start: either part may be left out (null) when an external one is configured; the mail server is left
     * out with {@code smtpPort} 0 (and its IMAP with {@code imapPort} 0).
     */
    public record Plan(
            Path postgresDataDir,
            int postgresPort,
            boolean freshDatabase,
            Path keycloakHome,
            int keycloakPort,
            int keycloakManagementPort,
            LocalKeycloak.Storage keycloakStorage,
            String publicUrl,
            int smtpPort,
            int imapPort) {}

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
        LocalMail mail = null;
        try {
            if (plan.smtpPort() != 0) {
                mail = LocalMail.start(plan.smtpPort(), plan.imapPort());
            }
            if (plan.postgresDataDir() != null) {
                // a fresh database is thrown away after the run (the tests'); kept data must survive a crash
                postgres = LocalPostgres.start(
                        plan.postgresDataDir(),
                        plan.postgresPort(),
                        plan.freshDatabase(),
                        plan.freshDatabase() ? LocalPostgres.Durability.FAST : LocalPostgres.Durability.DURABLE);
            }
            LocalServices services = new LocalServices(postgres, keycloak, keycloakUrl, mail);
            services.plan = plan;
            return services;
        } catch (RuntimeException e) {
            if (mail != null) {
                mail.close();
            }
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
        if (mail != null) {
            config.put("quarkus.mailer.host", "127.0.0.1");
            config.put("quarkus.mailer.port", Integer.toString(mail.smtpPort()));
        }
        return config;
    }

    public LocalKeycloak keycloak() {
        return keycloak.join();
    }

    /** The mail server started here; null when an external one is configured. */
    public LocalMail mail() {
        return mail;
    }

    /** Whether PostgreSQL was started here and is running (not stopped by {@link #stopPostgres}). */
    synchronized boolean postgresRunning() {
        return postgres != null;
    }

    /** Stops PostgreSQL (a fast shutdown: sessions are ended, nothing committed is lost); for fault tests. */
    synchronized void stopPostgres() {
        if (postgres != null) {
            postgres.close();
            postgres = null;
        }
    }

    /** Starts PostgreSQL again on the same data directory and port, with the same settings; for fault tests. */
    synchronized void startPostgres() {
        if (postgres == null && plan.postgresDataDir() != null) {
            postgres = LocalPostgres.start(
                    plan.postgresDataDir(), plan.postgresPort(), false, LocalPostgres.Durability.DURABLE);
        }
    }

    /** Whether Keycloak was started here and is running (not stopped by {@link #stopKeycloak}). */
    synchronized boolean keycloakRunning() {
        return keycloak.getNow(null) != null;
    }

    /** Stops Keycloak and every process it started; for fault tests. */
    synchronized void stopKeycloak() {
        LocalKeycloak started = keycloak.exceptionally(e -> null).join();
        if (started != null) {
            started.close();
            keycloak = CompletableFuture.completedFuture(null);
        }
    }

    /** Starts Keycloak again as it was first started (the same home, ports and storage); for fault tests. */
    synchronized void startKeycloak() {
        if (plan.keycloakHome() != null && keycloak.getNow(null) == null) {
            keycloak = CompletableFuture.completedFuture(LocalKeycloak.start(
                    plan.keycloakHome(),
                    plan.keycloakPort(),
                    plan.keycloakManagementPort(),
                    plan.keycloakStorage(),
                    plan.publicUrl()));
        }
    }

    /** Stops Keycloak, then PostgreSQL and the mail server. */
    @Override
    public synchronized void close() {
        LocalKeycloak started = keycloak.exceptionally(e -> null).join();
        if (started != null) {
            started.close();
        }
        if (postgres != null) {
            postgres.close();
        }
        if (mail != null) {
            mail.close();
        }
        LOG.info("Local PostgreSQL, Keycloak and mail server stopped");
    }
}
