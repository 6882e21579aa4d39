package dev.baton.identity.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import dev.baton.platform.Ids;
import dev.baton.platform.api.ConflictException;
import dev.baton.platform.api.InvalidInputException;
import dev.baton.platform.api.NotFoundException;
import dev.baton.platform.audit.AuditTrail;

/**
 * Bearer tokens for the API. A token acts as its user, with that user's current permissions.
 * Only a SHA-256 of the secret is stored (the secret has 256 random bits, so a slow hash adds
 * nothing); the secret is shown once, when the token is made.
 */
@Service
public class ApiTokens {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Duration LAST_USED_PRECISION = Duration.ofMinutes(1);

    /** A token as listed: never its secret. */
    public record TokenInfo(UUID id, UUID userId, String name, String prefix, Instant createdAt, Instant lastUsedAt,
            Instant revokedAt) {
    }

    /** A token just made, with its secret: the only time the secret is seen. */
    public record IssuedToken(UUID id, String name, String prefix, String token, Instant createdAt) {
    }

    /** Who a presented token belongs to. */
    public record TokenOwner(UUID tokenId, UUID userId, String email) {
    }

    /** A token's owner with the permissions they held when the token was last checked. */
    public record Bearer(UUID tokenId, UUID userId, String email,
            List<org.springframework.security.core.GrantedAuthority> authorities, Instant until) {
    }

    /**
     * How long a checked token is trusted without asking the database again. A revocation on this
     * node takes effect at once; on another node, and for changed permissions, within this time.
     */
    static final Duration REMEMBERED = Duration.ofSeconds(5);

    private final java.util.Map<String, Bearer> remembered = new java.util.concurrent.ConcurrentHashMap<>();

    private final JdbcClient jdbc;
    private final AuditTrail audit;
    private final Clock clock;

    ApiTokens(JdbcClient jdbc, AuditTrail audit, Clock clock) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    public IssuedToken issue(UUID user, String name) {
        byte[] secret = new byte[32];
        RANDOM.nextBytes(secret);
        return store(user, name, "baton_" + Base64.getUrlEncoder().withoutPadding().encodeToString(secret));
    }

    /** Stores a secret chosen outside Baton (BATON_BOOTSTRAP_TOKEN) as a token. */
    @Transactional
    public IssuedToken adopt(UUID user, String name, String secret) {
        if (secret.length() < 20) {
            throw new InvalidInputException("BATON_BOOTSTRAP_TOKEN", null, "must be at least 20 characters long");
        }
        return store(user, name, secret);
    }

    private IssuedToken store(UUID user, String name, String secret) {
        if (name == null || name.isBlank() || name.length() > 100) {
            throw new InvalidInputException("name", name, "must be given, at most 100 characters, e.g. \"CI import job\"");
        }
        UUID id = Ids.next(clock);
        String prefix = secret.substring(0, Math.min(12, secret.length()));
        Instant now = clock.instant();
        jdbc.sql("""
                insert into api_tokens (id, user_id, name, token_hash, prefix, created_at)
                values (:id, :user, :name, :hash, :prefix, :at)""")
                .param("id", id).param("user", user).param("name", name.trim()).param("hash", hash(secret))
                .param("prefix", prefix).param("at", Timestamp.from(now)).update();
        audit.record("token.created", "token", id, Map.of("user", user.toString(), "name", name.trim(), "prefix", prefix));
        return new IssuedToken(id, name.trim(), prefix, secret, now);
    }

    public List<TokenInfo> of(UUID user) {
        return jdbc.sql("""
                select id, user_id, name, prefix, created_at, last_used_at, revoked_at from api_tokens
                where user_id = :user order by id""")
                .param("user", user).query((rs, n) -> new TokenInfo(rs.getObject("id", UUID.class),
                        rs.getObject("user_id", UUID.class), rs.getString("name"), rs.getString("prefix"),
                        instant(rs.getTimestamp("created_at")), instant(rs.getTimestamp("last_used_at")),
                        instant(rs.getTimestamp("revoked_at"))))
                .list();
    }

    public Optional<UUID> ownerOf(UUID token) {
        return jdbc.sql("select user_id from api_tokens where id = :id").param("id", token).query(UUID.class).optional();
    }

    @Transactional
    public void revoke(UUID token) {
        int revoked = jdbc.sql("update api_tokens set revoked_at = :at where id = :id and revoked_at is null")
                .param("at", Timestamp.from(clock.instant())).param("id", token).update();
        if (revoked == 0) {
            if (ownerOf(token).isEmpty()) {
                throw new NotFoundException("API token", token);
            }
            throw new ConflictException("The API token " + token + " is already revoked.");
        }
        audit.record("token.revoked", "token", token, Map.of());
        if (org.springframework.transaction.support.TransactionSynchronizationManager.isSynchronizationActive()) {
            // forget after commit: a request between the two would otherwise remember the token as live again
            org.springframework.transaction.support.TransactionSynchronizationManager.registerSynchronization(
                    new org.springframework.transaction.support.TransactionSynchronization() {
                        @Override
                        public void afterCommit() {
                            remembered.clear();
                        }
                    });
        } else {
            remembered.clear();
        }
    }

    /** Like {@link #authenticate}, but remembers the answer (and the permissions) for a few seconds. */
    public Optional<Bearer> authenticateRemembered(String secret,
            java.util.function.Function<UUID, List<org.springframework.security.core.GrantedAuthority>> permissions) {
        String key = hash(secret);
        Instant now = clock.instant();
        Bearer known = remembered.get(key);
        if (known != null && known.until().isAfter(now)) {
            return Optional.of(known);
        }
        Optional<Bearer> fresh = authenticate(secret)
                .map(o -> new Bearer(o.tokenId(), o.userId(), o.email(), permissions.apply(o.userId()), now.plus(REMEMBERED)));
        if (remembered.size() > 10_000) {
            remembered.clear();
        }
        fresh.ifPresentOrElse(b -> remembered.put(key, b), () -> remembered.remove(key));
        return fresh;
    }

    /** The owner of a live token whose user may still sign in. */
    public Optional<TokenOwner> authenticate(String secret) {
        Instant now = clock.instant();
        Optional<TokenOwner> owner = jdbc.sql("""
                select t.id, t.user_id, u.email, t.last_used_at from api_tokens t join users u on u.id = t.user_id
                where t.token_hash = :hash and t.revoked_at is null and u.enabled""")
                .param("hash", hash(secret))
                .query((rs, n) -> {
                    Instant lastUsed = instant(rs.getTimestamp("last_used_at"));
                    UUID id = rs.getObject("id", UUID.class);
                    if (lastUsed == null || lastUsed.plus(LAST_USED_PRECISION).isBefore(now)) {
                        jdbc.sql("update api_tokens set last_used_at = :at where id = :id")
                                .param("at", Timestamp.from(now)).param("id", id).update();
                    }
                    return new TokenOwner(id, rs.getObject("user_id", UUID.class), rs.getString("email"));
                })
                .optional();
        return owner;
    }

    static String hash(String secret) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Instant instant(Timestamp ts) {
        return ts == null ? null : ts.toInstant();
    }
}
