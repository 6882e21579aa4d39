package dev.baton.platform;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;

/** Baton's own settings; every one can be given as a BATON_* environment variable (see the README). */
@ConfigurationProperties("baton")
public record BatonProperties(
        Path dataDir,
        Db db,
        boolean demo,
        Admin admin,
        String bootstrapToken,
        String baseUrl,
        String defaultRegion) {

    /**
     * An external PostgreSQL; when the URL is blank Baton runs its own embedded server. {@code pool}
     * is the number of connections a node keeps at most (request threads, the runners, the event
     * listeners and the workflow engine's job executor share them).
     */
    public record Db(String url, String user, String password, Integer pool) {

        public int poolSize() {
            return pool == null || pool < 1 ? 20 : pool;
        }

        public boolean external() {
            return url != null && !url.isBlank();
        }
    }

    /** The first administrator, created on the first start of an empty database. */
    public record Admin(String email, String password) {
    }
}
