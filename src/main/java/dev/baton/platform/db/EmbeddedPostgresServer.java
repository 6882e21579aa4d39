package dev.baton.platform.db;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * Baton's own PostgreSQL server, its data under {@code <data dir>/postgres}. It is closed as a
 * bean (not by a JVM shutdown hook), so it stops after everything that uses it.
 */
public final class EmbeddedPostgresServer implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgresServer.class);

    private final DataDirectoryLock lock;
    private final EmbeddedPostgres postgres;

    private EmbeddedPostgresServer(DataDirectoryLock lock, EmbeddedPostgres postgres) {
        this.lock = lock;
        this.postgres = postgres;
    }

    /** Starts PostgreSQL on the data directory, creating it on first use. */
    public static EmbeddedPostgresServer start(Path dataDir) {
        DataDirectoryLock lock = DataDirectoryLock.acquire(dataDir);
        try {
            Path pgData = dataDir.resolve("postgres");
            Files.createDirectories(pgData);
            EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                    .setDataDirectory(pgData)
                    .setCleanDataDirectory(false)
                    .setRegisterShutdownHook(false)
                    .setServerConfig("synchronous_commit", "on")
                    .setServerConfig("max_connections", "100")
                    .setPGStartupWait(Duration.ofSeconds(60))
                    .setDataDirectoryCustomizer(EmbeddedPostgresServer::stopLeftoverServer)
                    .start();
            log.info("Embedded PostgreSQL is running on port {} with its data in {}", postgres.getPort(),
                    pgData.toAbsolutePath().normalize());
            return new EmbeddedPostgresServer(lock, postgres);
        } catch (IOException | RuntimeException e) {
            closeQuietly(lock);
            if (e instanceof IOException io) {
                throw new UncheckedIOException("Cannot start the embedded PostgreSQL in " + dataDir.toAbsolutePath(), io);
            }
            throw (RuntimeException) e;
        }
    }

    public String jdbcUrl() {
        return postgres.getJdbcUrl("postgres", "postgres");
    }

    public String user() {
        return "postgres";
    }

    public int port() {
        return postgres.getPort();
    }

    @Override
    public void close() throws IOException {
        try {
            postgres.close();
        } finally {
            lock.close();
        }
    }

    /**
     * After Baton was killed hard, its PostgreSQL keeps running and holds postmaster.pid. We own the
     * data directory lock at this point, so that server is an orphan of ours: stop it before starting.
     */
    static void stopLeftoverServer(File pgData) {
        Path pidFile = pgData.toPath().resolve("postmaster.pid");
        if (!Files.exists(pidFile)) {
            return;
        }
        Optional<ProcessHandle> leftover = readPid(pidFile).flatMap(ProcessHandle::of)
                .filter(ProcessHandle::isAlive)
                .filter(p -> p.info().command().map(c -> c.contains("postgres")).orElse(true));
        if (leftover.isEmpty()) {
            return;
        }
        ProcessHandle server = leftover.get();
        log.warn("Stopping PostgreSQL (pid {}) left running by a Baton process that did not shut down", server.pid());
        server.destroy();
        try {
            server.onExit().get(30, TimeUnit.SECONDS);
        } catch (Exception e) {
            server.destroyForcibly();
        }
    }

    private static Optional<Long> readPid(Path pidFile) {
        try {
            List<String> lines = Files.readAllLines(pidFile);
            return lines.isEmpty() ? Optional.empty() : Optional.of(Long.parseLong(lines.get(0).trim()));
        } catch (IOException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static void closeQuietly(AutoCloseable closeable) {
        try {
            closeable.close();
        } catch (Exception ignored) {
            // the start failed already; that failure is the one to report
        }
    }
}
