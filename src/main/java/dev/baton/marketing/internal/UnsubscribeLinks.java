package dev.baton.marketing.internal;

import java.nio.ByteBuffer;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.Arrays;
import java.util.Base64;
import java.util.Optional;
import java.util.UUID;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import dev.baton.platform.BatonProperties;

/**
 * Unsubscribe links: the person's id and an HMAC of it, so a link works without signing in and
 * cannot be made for someone else. The key is made once per workspace and kept in the database.
 */
@Component
public class UnsubscribeLinks {

    private static final int MAC_BYTES = 16;

    private final JdbcClient jdbc;
    private final BatonProperties properties;
    private final Clock clock;
    private volatile byte[] key;

    UnsubscribeLinks(JdbcClient jdbc, BatonProperties properties, Clock clock) {
        this.jdbc = jdbc;
        this.properties = properties;
        this.clock = clock;
    }

    /** The address of a person's unsubscribe page. */
    public String url(UUID person) {
        String base = properties.baseUrl() == null ? "" : properties.baseUrl().replaceAll("/+$", "");
        return base + "/unsubscribe/" + token(person);
    }

    String token(UUID person) {
        ByteBuffer bytes = ByteBuffer.allocate(16 + MAC_BYTES);
        bytes.putLong(person.getMostSignificantBits()).putLong(person.getLeastSignificantBits());
        bytes.put(mac(Arrays.copyOf(bytes.array(), 16)));
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes.array());
    }

    /** The person a token stands for, if it is one Baton made. */
    public Optional<UUID> person(String token) {
        byte[] bytes;
        try {
            bytes = Base64.getUrlDecoder().decode(token);
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        if (bytes.length != 16 + MAC_BYTES) {
            return Optional.empty();
        }
        byte[] id = Arrays.copyOf(bytes, 16);
        if (!MessageDigest.isEqual(mac(id), Arrays.copyOfRange(bytes, 16, bytes.length))) {
            return Optional.empty();
        }
        ByteBuffer buffer = ByteBuffer.wrap(id);
        return Optional.of(new UUID(buffer.getLong(), buffer.getLong()));
    }

    private byte[] mac(byte[] data) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key(), "HmacSHA256"));
            return Arrays.copyOf(mac.doFinal(data), MAC_BYTES);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is not available", e);
        }
    }

    private byte[] key() {
        byte[] known = key;
        if (known == null) {
            byte[] fresh = new byte[32];
            new SecureRandom().nextBytes(fresh);
            jdbc.sql("insert into marketing_secrets (name, secret, created_at) values ('unsubscribe', :secret, :at) on conflict do nothing")
                    .param("secret", fresh).param("at", Timestamp.from(clock.instant())).update();
            known = jdbc.sql("select secret from marketing_secrets where name = 'unsubscribe'").query(byte[].class).single();
            key = known;
        }
        return known;
    }
}
