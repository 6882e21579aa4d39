package dev.baton.marketing.internal;

import java.nio.ByteBuffer;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.Base64;
import java.util.Optional;
import java.util.UUID;

import org.springframework.stereotype.Component;

import dev.baton.platform.BatonProperties;

/**
 * Unsubscribe links: the person's id and an HMAC of it, so a link works without signing in and
 * cannot be made for someone else. The key is made once per workspace and kept in the database.
 */
@Component
public class UnsubscribeLinks {

    private static final int MAC_BYTES = SigningKeys.MAC_BYTES;

    private final SigningKeys keys;
    private final BatonProperties properties;

    UnsubscribeLinks(SigningKeys keys, BatonProperties properties) {
        this.keys = keys;
        this.properties = properties;
    }

    /** The address of a person's unsubscribe page. */
    public String url(UUID person) {
        return base() + "/unsubscribe/" + token(person);
    }

    /** Baton's own address, as links in emails start (empty when none is configured). */
    String base() {
        return properties.baseUrl() == null ? "" : properties.baseUrl().replaceAll("/+$", "");
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
        return keys.sign("unsubscribe", data);
    }
}
