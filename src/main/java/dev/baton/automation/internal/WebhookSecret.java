package dev.baton.automation.internal;

import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import dev.baton.platform.audit.AuditTrail;

/**
 * The workspace's webhook signing secret: made from {@link SecureRandom} the first time it is
 * needed, shared by every node through the database, replaced when an admin rotates it. Receivers
 * check each call's signature with it. The secret a rotation replaced still signs calls, beside the
 * new one, for {@link #OVERLAP}: receivers that still know only the old one keep accepting calls
 * until they are given the new one.
 */
@Component
public class WebhookSecret {

    /** How long the secret a rotation replaced stays valid beside the new one. */
    public static final Duration OVERLAP = Duration.ofHours(24);

    /** The secret, when it was made, and until when the one it replaced still signs calls (null when none does). */
    public record Secret(String secret, Instant createdAt, Instant previousValidUntil) {
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

    /** The secrets that sign a call sent now: the current one, then the one it replaced while the overlap lasts. */
    @Transactional
    public List<String> signingKeys() {
        Secret current = current();
        Instant now = clock.instant();
        String previous = jdbc.sql("select previous_secret from webhook_secret where id = 1 and previous_until > :now")
                .param("now", Timestamp.from(now)).query(String.class).optional().orElse(null);
        return previous == null ? List.of(current.secret()) : List.of(current.secret(), previous);
    }

    private Optional<Secret> stored() {
        return jdbc.sql("select secret, created_at, previous_until from webhook_secret where id = 1")
                .query((rs, n) -> {
                    Timestamp until = rs.getTimestamp("previous_until");
                    Instant validUntil = until == null || !until.toInstant().isAfter(clock.instant()) ? null : until.toInstant();
                    return new Secret(rs.getString("secret"), rs.getTimestamp("created_at").toInstant(), validUntil);
                }).optional();
    }

    /**
     * Replaces the secret; calls sent from now on, retries included, are signed with the new one and,
     * for {@link #OVERLAP}, with the one it replaced too (a second rotation in that time ends the
     * first one's overlap: only the secret just replaced goes on signing).
     */
    @Transactional
    public Secret rotate() {
        return rotate(true);
    }

    /**
     * Replaces the secret; with {@code keepPrevious} false (the old one leaked) the replaced secret
     * stops signing at once, and receivers still on it refuse calls until they are given the new one.
     */
    @Transactional
    public Secret rotate(boolean keepPrevious) {
        Instant now = clock.instant();
        jdbc.sql("""
                insert into webhook_secret (id, secret, created_at) values (1, :secret, :at)
                on conflict (id) do update set previous_secret = webhook_secret.secret, previous_until = :until,
                    secret = excluded.secret, created_at = excluded.created_at""")
                .param("secret", fresh()).param("at", Timestamp.from(now))
                .param("until", Timestamp.from(keepPrevious ? now.plus(OVERLAP) : now)).update();
        audit.record("webhook.secret_rotated", "webhook_secret", 1, Map.of("previousKept", keepPrevious));
        return stored().orElseThrow();
    }

    private static String fresh() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return "whsec_" + HexFormat.of().formatHex(bytes);
    }
}
