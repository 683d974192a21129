package city.platform.boot;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import org.jboss.logging.Logger;

/** A real PostgreSQL 17 started from the zonky binaries, for the run command and the tests. */
public final class LocalPostgres implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(LocalPostgres.class);
    public static final String DATABASE = "city";

    private final EmbeddedPostgres postgres;

    private LocalPostgres(EmbeddedPostgres postgres) {
        this.postgres = postgres;
    }

    /**
     * How PostgreSQL writes. zonky's defaults ({@code -F}, {@code synchronous_commit=off}) trade durability for
     * speed: fine for a throwaway test database, never for data that is kept, where a payment or a tap is answered
     * only after its commit is on disk (ADR 3).
     */
    public enum Durability {
        /** fsync off, asynchronous commit: a crash may lose the last commits. For the tests' fresh databases. */
        FAST,
        /** fsync, synchronous commit and full page writes on: what is acknowledged survives a crash. */
        DURABLE
    }

    /**
     * Starts PostgreSQL on the given port, keeping its files in {@code dataDir} between runs unless {@code fresh}.
     */
    public static LocalPostgres start(Path dataDir, int port, boolean fresh, Durability durability) {
        try {
            Files.createDirectories(dataDir);
            long started = System.nanoTime();
            EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                    .setDataDirectory(dataDir)
                    .setCleanDataDirectory(fresh)
                    // stopped by LocalServices after the app, not concurrently with its shutdown
                    .setRegisterShutdownHook(false)
                    .setPort(port)
                    .setPGStartupWait(Duration.ofSeconds(60))
                    .setServerConfig("max_connections", "200")
                    .setServerConfig("shared_buffers", "128MB")
                    .setServerConfig("timezone", "UTC");
            if (durability == Durability.DURABLE) {
                // given after zonky's -F on the command line, so these win
                builder.setServerConfig("fsync", "on")
                        .setServerConfig("synchronous_commit", "on")
                        .setServerConfig("full_page_writes", "on");
            }
            EmbeddedPostgres pg = builder.start();
            LocalPostgres local = new LocalPostgres(pg);
            local.createDatabaseIfMissing();
            LOG.infof(
                    "PostgreSQL ready on port %d in %d ms (data in %s, %s)",
                    port, (System.nanoTime() - started) / 1_000_000, dataDir, durability);
            return local;
        } catch (IOException | SQLException e) {
            throw new IllegalStateException("Could not start the embedded PostgreSQL in " + dataDir, e);
        }
    }

    private void createDatabaseIfMissing() throws SQLException {
        try (Connection c = postgres.getPostgresDatabase().getConnection();
                var exists = c.prepareStatement("select 1 from pg_database where datname = ?")) {
            exists.setString(1, DATABASE);
            try (var rs = exists.executeQuery()) {
                if (!rs.next()) {
                    try (var create = c.createStatement()) {
                        create.execute("create database " + DATABASE + " encoding 'UTF8' template template0");
                    }
                }
            }
        }
    }

    public String jdbcUrl() {
        return postgres.getJdbcUrl("postgres", DATABASE);
    }

    public int port() {
        return postgres.getPort();
    }

    @Override
    public void close() {
        try {
            postgres.close();
        } catch (IOException e) {
            LOG.warn("PostgreSQL did not stop cleanly", e);
        }
    }
}
