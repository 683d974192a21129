package city.platform.boot;

import io.quarkus.runtime.Application;
import io.quarkus.runtime.Quarkus;
import io.quarkus.runtime.annotations.QuarkusMain;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jboss.logging.Logger;

/**
 * Entry point of the packaged app. With no database configured it starts an embedded PostgreSQL (data kept in
 * {@code CITY_DATA_DIR}, default {@code .city-data}); with no identity server configured it starts the Keycloak that
 * Maven unpacked. Both stop after the app when the JVM exits (Ctrl-C).
 */
@QuarkusMain
public final class CityMain {

    private static final Logger LOG = Logger.getLogger(CityMain.class);
    static final String SERVICES_READY_AT = "city.boot.services-ready-nanos";
    /** The IMAP port of the mail server the run command started, for the banner; unset when mail goes elsewhere. */
    static final String LOCAL_IMAP_PORT = "city.boot.local-imap-port";

    /** The CSRF signing key of a platform run on this machine: a demo value, public, 32 characters or more. */
    static final String DEMO_CSRF_KEY = "change-me-in-production-32-bytes-minimum!";

    private CityMain() {}

    public static void main(String... args) {
        quietLoggingUntilQuarkusStarts();
        LocalServices.Plan plan = plan();
        boolean servicesOnly = java.util.Arrays.asList(args).contains("--services-only");
        if (servicesOnly) {
            runServicesOnly(plan);
            return;
        }
        if (!devMode() && (plan.postgresDataDir() != null || plan.keycloakHome() != null || plan.smtpPort() != 0)) {
            // the app boots while Keycloak starts; its OIDC tenants wait for Keycloak (connection delay)
            System.setProperty(Launcher.KEYCLOAK_STARTING, Boolean.toString(plan.keycloakHome() != null));
            LocalServices services = LocalServices.startKeycloakInBackground(plan);
            services.config().forEach(System::setProperty);
            if (services.mail() != null && services.mail().imapPort() != 0) {
                System.setProperty(
                        LOCAL_IMAP_PORT, Integer.toString(services.mail().imapPort()));
            }
            System.setProperty("quarkus.oidc.connection-delay", "5M");
            System.setProperty("quarkus.oidc.web.connection-delay", "5M");
            services.keycloakReady().whenComplete((keycloak, failure) -> {
                if (failure != null) {
                    LOG.error("Keycloak did not start; stopping", failure);
                    Runtime.getRuntime().halt(1);
                }
                System.setProperty(SERVICES_READY_AT, Long.toString(System.nanoTime()));
            });
            System.setProperty("city.banner", "true");
            // the live city: virtual devices post to the ingestion API (city.simulation); off in production
            System.setProperty("city.simulation.enabled", System.getProperty("city.simulation.enabled", "true"));
            if (plan.keycloakHome() != null) {
                // the demo users exist only in a Keycloak this launcher runs: give them something to look at
                System.setProperty("city.demo.enabled", "true");
                demoSecrets();
            }
            if (setting("city.public-url", "CITY_PUBLIC_URL") == null) {
                // QR codes, e-mails and the banner point where this launcher serves the app
                System.setProperty("city.public-url", plan.publicUrl());
            }
            Runtime.getRuntime().addShutdownHook(new Thread(() -> stopAfterApp(services), "city-local-services-stop"));
        }
        Quarkus.run(args);
    }

    /**
     * The secrets of the platform this launcher runs on this machine: the clients' secrets of the demo realm that its
     * Keycloak imports, and a demo CSRF key unless the environment gives one. As system properties, which come before
     * the environment, also in the {@code ${CITY_...}} expressions of application.properties. Production reads them
     * from the environment ({@code %prod}, checked by {@link ProductionSecrets}); outside dev mode and tests this is
     * the only place that sets demo values.
     */
    static void demoSecrets() {
        if (setting("CITY_CSRF_KEY", "CITY_CSRF_KEY") == null) {
            System.setProperty("CITY_CSRF_KEY", DEMO_CSRF_KEY);
        }
        System.setProperty("CITY_PORTAL_SECRET", LocalKeycloak.PORTAL_SECRET);
        System.setProperty("city.simulation.device-secret", LocalKeycloak.DEVICES_SECRET);
    }

    /** For {@code ./mvnw quarkus:dev}: only PostgreSQL and Keycloak, on the ports the dev profile expects. */
    private static void runServicesOnly(LocalServices.Plan plan) {
        LocalServices services = LocalServices.start(plan);
        Runtime.getRuntime().addShutdownHook(new Thread(services::close, "city-local-services-stop"));
        String switches = System.getenv("CITY_FAULT_SWITCHES");
        if (switches != null && !switches.isBlank()) {
            FaultSwitches.watch(services, java.nio.file.Path.of(switches));
        }
        LOG.infof(
                "PostgreSQL and Keycloak are running for ./mvnw quarkus:dev: %s. Stop with Ctrl-C.", services.config());
        try {
            Thread.currentThread().join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Before Quarkus configures logging, the JBoss log manager would print every driver and HTTP client detail. */
    static void quietLoggingUntilQuarkusStarts() {
        java.util.logging.Logger.getLogger("").setLevel(java.util.logging.Level.INFO);
        for (String noisy : new String[] {"org.postgresql", "jdk.internal.httpclient", "io.zonky"}) {
            java.util.logging.Logger.getLogger(noisy).setLevel(java.util.logging.Level.WARNING);
        }
    }

    private static void stopAfterApp(LocalServices services) {
        Application app = Application.currentApplication();
        if (app != null) {
            app.awaitShutdown();
        }
        services.close();
    }

    private static LocalServices.Plan plan() {
        boolean externalDatabase = setting("quarkus.datasource.jdbc.url", "QUARKUS_DATASOURCE_JDBC_URL") != null;
        boolean externalKeycloak = setting("city.keycloak.url", "CITY_KEYCLOAK_URL") != null;
        Path dataDir = Path.of(orDefault(setting("city.data-dir", "CITY_DATA_DIR"), ".city-data"));
        Path keycloakHome = null;
        if (!externalKeycloak) {
            keycloakHome = Path.of(
                    orDefault(setting("city.keycloak.home", "CITY_KEYCLOAK_HOME"), "target/keycloak/keycloak-26.7.3"));
            if (!Files.isDirectory(keycloakHome)) {
                LOG.errorf(
                        "No Keycloak at %s. Set CITY_KEYCLOAK_URL to use an external one, or build with ./mvnw package",
                        keycloakHome.toAbsolutePath());
                System.exit(2);
            }
        }
        int httpPort = Integer.parseInt(orDefault(setting("quarkus.http.port", "QUARKUS_HTTP_PORT"), "8080"));
        // e-mail goes to the GreenMail started here (read it over IMAP) unless a deployment names its SMTP server
        boolean externalMail = setting("quarkus.mailer.host", "QUARKUS_MAILER_HOST") != null;
        return new LocalServices.Plan(
                externalDatabase ? null : dataDir.resolve("postgres"),
                Integer.parseInt(orDefault(setting("city.postgres.port", "CITY_POSTGRES_PORT"), "55432")),
                false,
                keycloakHome,
                Integer.parseInt(orDefault(setting("city.keycloak.port", "CITY_KEYCLOAK_PORT"), "8180")),
                Integer.parseInt(
                        orDefault(setting("city.keycloak.management-port", "CITY_KEYCLOAK_MANAGEMENT_PORT"), "9180")),
                LocalKeycloak.Storage.FILE,
                "http://localhost:" + httpPort,
                externalMail ? 0 : Integer.parseInt(orDefault(setting("city.smtp.port", "CITY_SMTP_PORT"), "3025")),
                externalMail ? 0 : Integer.parseInt(orDefault(setting("city.imap.port", "CITY_IMAP_PORT"), "3143")));
    }

    /**
     * Dev mode (./mvnw quarkus:dev) reaches the services that {@code ./scripts/run.sh --services-only} started; the
     * Quarkus Maven plugin sets this property for it (see pom.xml).
     */
    private static boolean devMode() {
        return Boolean.getBoolean("city.external-services");
    }

    private static String setting(String property, String env) {
        String value = System.getProperty(property);
        return value != null && !value.isBlank() ? value : blankToNull(System.getenv(env));
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }

    private static String orDefault(String value, String fallback) {
        return value == null ? fallback : value;
    }
}
