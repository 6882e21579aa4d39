package dev.baton.marketing.internal;

import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The workspace's keys for signing what Baton puts in emails (unsubscribe links, tracked links): one
 * random key per purpose, made on first use and kept in the database, so every node signs alike.
 */
@Component
class SigningKeys {

    /** Bytes of an HMAC-SHA256 kept in a link: 128 bits are beyond guessing and keep links short. */
    static final int MAC_BYTES = 16;

    /** A Mac per thread: looking the algorithm up is most of the cost of signing one link. */
    private static final ThreadLocal<Mac> MACS = ThreadLocal.withInitial(() -> {
        try {
            return Mac.getInstance("HmacSHA256");
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is not available", e);
        }
    });

    private final JdbcClient jdbc;
    private final Clock clock;
    private final Map<String, byte[]> keys = new ConcurrentHashMap<>();

    SigningKeys(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** The first {@link #MAC_BYTES} bytes of the HMAC-SHA256 of {@code data} with the key for {@code purpose}. */
    byte[] sign(String purpose, byte[] data) {
        try {
            Mac mac = MACS.get();
            mac.init(new SecretKeySpec(keys.computeIfAbsent(purpose, this::load), "HmacSHA256"));
            return Arrays.copyOf(mac.doFinal(data), MAC_BYTES);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is not available", e);
        }
    }

    private byte[] load(String purpose) {
        byte[] fresh = new byte[32];
        new SecureRandom().nextBytes(fresh);
        jdbc.sql("insert into marketing_secrets (name, secret, created_at) values (:name, :secret, :at) on conflict do nothing")
                .param("name", purpose).param("secret", fresh).param("at", Timestamp.from(clock.instant())).update();
        return jdbc.sql("select secret from marketing_secrets where name = :name").param("name", purpose).query(byte[].class).single();
    }
}
