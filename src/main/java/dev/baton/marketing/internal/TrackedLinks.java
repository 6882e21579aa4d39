package dev.baton.marketing.internal;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.stereotype.Component;

/**
 * Tracked links: when an email is sent, each http(s) link in it becomes Baton's own address
 * {@code /r/<token>}, where the token holds the email's outbox id, the link's number in the email,
 * the original address and an HMAC of all three. Following it needs no sign-in and no lookup of
 * the address, and a changed token is not one Baton made, so it cannot send anyone anywhere else.
 * Unsubscribe links and links already tracked stay as they are.
 */
@Component
public class TrackedLinks {

    /** A link of an email: its outbox entry, its number (from 1, in the order the email shows them) and where it goes. */
    public record Link(UUID email, int position, String url) {
    }

    /** The two parts of an email with their links tracked. */
    record Parts(String html, String text) {
    }

    private static final Pattern ANCHOR = Pattern.compile("(?is)(<a\\b[^>]*?\\bhref\\s*=\\s*)([\"'])(https?://.*?)\\2");
    private static final Pattern BARE = Pattern.compile("(?i)https?://[^\\s<>\"'()\\[\\]]+");
    private static final Pattern ENTITY = Pattern.compile("&(amp|lt|gt|quot|#39|#\\d{1,7}|#x[0-9a-fA-F]{1,6});");
    private static final int HEAD = 16 + 2;

    private final SigningKeys keys;
    private final UnsubscribeLinks unsubscribe;

    TrackedLinks(SigningKeys keys, UnsubscribeLinks unsubscribe) {
        this.keys = keys;
        this.unsubscribe = unsubscribe;
    }

    /**
     * Rewrites the links of both parts of one email; the same address gets the same number (and
     * token) in both. Without a base URL configured nothing is tracked: a link must work from a
     * mail client.
     */
    Parts track(UUID email, String html, String text) {
        String base = unsubscribe.base();
        if (!base.matches("(?i)https?://.+")) {
            return new Parts(html, text);
        }
        Map<String, Integer> numbers = new LinkedHashMap<>();
        Matcher anchors = ANCHOR.matcher(html);
        StringBuilder trackedHtml = new StringBuilder();
        while (anchors.find()) {
            String tracked = tracked(email, unescape(anchors.group(3)), base, numbers);
            String link = tracked == null ? anchors.group() : anchors.group(1) + anchors.group(2) + tracked + anchors.group(2);
            anchors.appendReplacement(trackedHtml, Matcher.quoteReplacement(link));
        }
        anchors.appendTail(trackedHtml);
        Matcher bare = BARE.matcher(text);
        StringBuilder trackedText = new StringBuilder();
        while (bare.find()) {
            String url = bare.group().replaceAll("[.,;:!?]+$", "");
            String tracked = tracked(email, url, base, numbers);
            bare.appendReplacement(trackedText, Matcher.quoteReplacement(tracked == null ? bare.group()
                    : tracked + bare.group().substring(url.length())));
        }
        bare.appendTail(trackedText);
        return new Parts(trackedHtml.toString(), trackedText.toString());
    }

    /** The tracked address for a link, or null for one that stays as it is. */
    private String tracked(UUID email, String url, String base, Map<String, Integer> numbers) {
        String lower = url.toLowerCase();
        if (lower.startsWith((base + "/unsubscribe/").toLowerCase()) || lower.startsWith((base + "/r/").toLowerCase())) {
            return null;
        }
        String target;
        try {
            target = new URI(url).toASCIIString();
        } catch (URISyntaxException e) {
            return null; // not an address a browser could follow either
        }
        if (numbers.size() >= Short.MAX_VALUE && !numbers.containsKey(target)) {
            return null;
        }
        int position = numbers.computeIfAbsent(target, t -> numbers.size() + 1);
        return base + "/r/" + token(email, position, target);
    }

    String token(UUID email, int position, String url) {
        byte[] address = url.getBytes(StandardCharsets.UTF_8);
        ByteBuffer bytes = ByteBuffer.allocate(HEAD + address.length + SigningKeys.MAC_BYTES);
        bytes.putLong(email.getMostSignificantBits()).putLong(email.getLeastSignificantBits()).putShort((short) position).put(address);
        bytes.put(keys.sign("links", Arrays.copyOf(bytes.array(), HEAD + address.length)));
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes.array());
    }

    /** The link a token stands for, if it is one Baton made and nobody changed. */
    public Optional<Link> link(String token) {
        byte[] bytes;
        try {
            bytes = Base64.getUrlDecoder().decode(token);
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        int signed = bytes.length - SigningKeys.MAC_BYTES;
        if (signed <= HEAD) {
            return Optional.empty();
        }
        byte[] content = Arrays.copyOf(bytes, signed);
        if (!MessageDigest.isEqual(keys.sign("links", content), Arrays.copyOfRange(bytes, signed, bytes.length))) {
            return Optional.empty();
        }
        ByteBuffer buffer = ByteBuffer.wrap(content);
        UUID email = new UUID(buffer.getLong(), buffer.getLong());
        int position = buffer.getShort();
        String url = new String(content, HEAD, content.length - HEAD, StandardCharsets.UTF_8);
        return Optional.of(new Link(email, position, url));
    }

    /** An href as the browser reads it: the entities the merge engine writes, and numeric ones, decoded. */
    private static String unescape(String href) {
        return ENTITY.matcher(href).replaceAll(m -> Matcher.quoteReplacement(switch (m.group(1)) {
            case "amp" -> "&";
            case "lt" -> "<";
            case "gt" -> ">";
            case "quot" -> "\"";
            case "#39" -> "'";
            default -> {
                String code = m.group(1).substring(1);
                int point = code.startsWith("x") ? Integer.parseInt(code.substring(1), 16) : Integer.parseInt(code);
                yield Character.isValidCodePoint(point) ? Character.toString(point) : m.group();
            }
        }));
    }
}
