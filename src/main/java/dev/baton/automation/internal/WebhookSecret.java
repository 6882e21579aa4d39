package dev.baton.automation.internal;

import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import dev.baton.platform.audit.AuditTrail;

/**
 * The workspace's webhook signing secret: made from {@link SecureRandom} the first time it is
 * needed, shared by every node through the database, replaced when an admin rotates it. Receivers
 * check each call's signature with it.
 */
@Component
public class WebhookSecret {

    /** The secret and when it was made. */
    public record Secret(String secret, Instant createdAt) {
    }

    private static final SecureRandom RANDOM = new SecureRandom();

    private final JdbcClient jdbc;
    private final Clock clock;
    private final AuditTrail audit;

    WebhookSecret(JdbcClient jdbc, Clock clock, AuditTrail audit) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.audit = audit;
    }

    /** The current secret, made now if there is none yet (two nodes making one at once keep the first). */
    @Transactional
    public Secret current() {
        return stored().orElseGet(() -> {
            jdbc.sql("insert into webhook_secret (id, secret, created_at) values (1, :secret, :at) on conflict (id) do nothing")
                    .param("secret", fresh()).param("at", Timestamp.from(clock.instant())).update();
            return stored().orElseThrow();
        });
    }

    private java.util.Optional<Secret> stored() {
        return jdbc.sql("select secret, created_at from webhook_secret where id = 1")
                .query((rs, n) -> new Secret(rs.getString("secret"), rs.getTimestamp("created_at").toInstant())).optional();
    }

    /** Replaces the secret; calls sent from now on, retries included, are signed with the new one. */
    @Transactional
    public Secret rotate() {
        jdbc.sql("""
                insert into webhook_secret (id, secret, created_at) values (1, :secret, :at)
                on conflict (id) do update set secret = excluded.secret, created_at = excluded.created_at""")
                .param("secret", fresh()).param("at", Timestamp.from(clock.instant())).update();
        audit.record("webhook.secret_rotated", "webhook_secret", 1, Map.of());
        return stored().orElseThrow();
    }

    private static String fresh() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return "whsec_" + HexFormat.of().formatHex(bytes);
    }
}
