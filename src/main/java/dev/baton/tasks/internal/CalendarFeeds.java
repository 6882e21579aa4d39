package dev.baton.tasks.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import dev.baton.platform.audit.AuditTrail;

/**
 * Each user's secret calendar address. The secret (32 random bytes) is the credential a calendar
 * app presents; only its SHA-256 is kept, so it is shown once, when made. Making a new one
 * retires the old address.
 */
@Service
public class CalendarFeeds {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final JdbcClient jdbc;
    private final AuditTrail audit;
    private final Clock clock;

    CalendarFeeds(JdbcClient jdbc, AuditTrail audit, Clock clock) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.clock = clock;
    }

    /** Makes a new secret for the user, replacing any earlier one; returns it (the only time it is seen). */
    @Transactional
    public String renew(UUID user) {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        String secret = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        boolean replaced = createdAt(user).isPresent();
        jdbc.sql("""
                insert into calendar_feeds (user_id, secret_hash, created_at) values (:user, :hash, :at)
                on conflict (user_id) do update set secret_hash = excluded.secret_hash, created_at = excluded.created_at""")
                .param("user", user).param("hash", hash(secret)).param("at", TaskRows.timestamp(clock.instant()))
                .update();
        audit.record(replaced ? "calendar-feed.renewed" : "calendar-feed.created", "user", user, Map.of());
        return secret;
    }

    /** When the user's current address was made, if they have one. */
    public Optional<Instant> createdAt(UUID user) {
        return jdbc.sql("select created_at from calendar_feeds where user_id = :user").param("user", user)
                .query((rs, n) -> rs.getObject("created_at", OffsetDateTime.class).toInstant()).optional();
    }

    /** The user a secret belongs to, if it is a current one. */
    public Optional<UUID> ownerOf(String secret) {
        return jdbc.sql("select user_id from calendar_feeds where secret_hash = :hash").param("hash", hash(secret))
                .query(UUID.class).optional();
    }

    private static String hash(String secret) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
