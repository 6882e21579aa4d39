package dev.baton.automation.internal;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.Arrays;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Which addresses a webhook may call. A receiver on a private network — loopback, the private
 * ranges, link-local (where clouds keep their metadata service), unspecified or multicast — is
 * refused unless BATON_WEBHOOKS_ALLOW_PRIVATE says otherwise: whoever writes a process must not
 * reach what sits behind Baton's firewall. A host is checked by every address it resolves to.
 */
final class WebhookTargets {

    /** Looks a host name up; the JVM's resolver, or a fixed answer in tests. */
    @FunctionalInterface
    interface Resolver {
        InetAddress[] resolve(String host) throws UnknownHostException;
    }

    static final String HOW_TO_ALLOW = "set BATON_WEBHOOKS_ALLOW_PRIVATE=true to allow private targets";

    /** A host written as numbers: IPv4 (also in its short forms, such as {@code 127.1}) or a bracketed IPv6 address. */
    private static final Pattern LITERAL = Pattern.compile("(?i)\\[[0-9a-f:.%]+]|[0-9]+(\\.[0-9]+){0,3}");

    private final boolean allowPrivate;
    private final Resolver resolver;

    WebhookTargets(boolean allowPrivate, Resolver resolver) {
        this.allowPrivate = allowPrivate;
        this.resolver = resolver;
    }

    WebhookTargets(WebhookSettings settings) {
        this(settings.allowPrivate(), InetAddress::getAllByName);
    }

    /**
     * Why a call to this address is refused, or empty when every address its host resolves to may
     * be called. A host that cannot be resolved is an {@link UnknownHostException}: the call fails
     * as an unreachable receiver does, and is tried again.
     */
    Optional<String> refusal(URI url) throws UnknownHostException {
        if (allowPrivate) {
            return Optional.empty();
        }
        String host = url.getHost();
        return refusal(host, resolver.resolve(bare(host)));
    }

    /**
     * Why an address written in a URL as numbers is refused, found without any lookup (a document
     * is checked when it is published; a host name is checked when the call is made).
     */
    Optional<String> literalRefusal(String url) {
        if (allowPrivate || !WebhookUrls.valid(url)) {
            return Optional.empty();
        }
        String host = URI.create(url.strip()).getHost();
        if (!isLiteral(host)) {
            return Optional.empty();
        }
        try {
            // written as numbers, the host is its own address: nothing is looked up
            return refusal(host, new InetAddress[] {InetAddress.getByName(bare(host))});
        } catch (UnknownHostException | IllegalArgumentException e) {
            return Optional.empty(); // not an address after all: looked at again when the call is made
        }
    }

    private static Optional<String> refusal(String host, InetAddress[] addresses) {
        for (InetAddress address : addresses) {
            Optional<String> kind = privateKind(address);
            if (kind.isPresent()) {
                String text = address.getHostAddress();
                return Optional.of((isLiteral(host) ? text + " is " + kind.get() : host + " resolves to " + text + ", " + kind.get())
                        + "; " + HOW_TO_ALLOW);
            }
        }
        return Optional.empty();
    }

    static boolean isLiteral(String host) {
        return host != null && LITERAL.matcher(host).matches();
    }

    /** What kind of private address this is, or empty for a public one. */
    static Optional<String> privateKind(InetAddress address) {
        byte[] bytes = address.getAddress();
        if (address.isLoopbackAddress()) {
            return Optional.of("a loopback address");
        }
        if (address.isAnyLocalAddress() || (address instanceof Inet4Address && bytes[0] == 0)) {
            return Optional.of("an unspecified address");
        }
        if (address.isLinkLocalAddress()) {
            return Optional.of("a link-local address");
        }
        if (address.isSiteLocalAddress()) {
            return Optional.of("a private address");
        }
        if (address instanceof Inet6Address && (bytes[0] & 0xfe) == 0xfc) {
            return Optional.of("a private (unique local) address");
        }
        if (address.isMulticastAddress()) {
            return Optional.of("a multicast address");
        }
        if (address instanceof Inet4Address) {
            int first = bytes[0] & 0xff;
            int second = bytes[1] & 0xff;
            if (first == 100 && (second & 0xc0) == 64) {
                // 100.64/10, carrier-grade NAT; a cloud's metadata service answers at 100.100.100.200
                return Optional.of("a shared (carrier-grade NAT) address");
            }
            if (first == 198 && (second & 0xfe) == 18) {
                return Optional.of("a benchmarking network address");
            }
            if (first == 192 && second == 0 && bytes[2] == 0) {
                return Optional.of("a protocol assignment address");
            }
            if (first >= 240) {
                return Optional.of("a reserved or broadcast address");
            }
        }
        if (address instanceof Inet6Address v6) {
            // IPv6 forms that carry an IPv4 address and reach it: ::a.b.c.d, NAT64 64:ff9b::a.b.c.d, 6to4 2002:aabb:ccdd::
            byte[] v4 = v6.isIPv4CompatibleAddress() || isNat64(bytes) ? Arrays.copyOfRange(bytes, 12, 16)
                    : bytes[0] == 0x20 && bytes[1] == 0x02 ? Arrays.copyOfRange(bytes, 2, 6) : null;
            if (v4 != null) {
                try {
                    return privateKind(InetAddress.getByAddress(v4));
                } catch (UnknownHostException e) {
                    return Optional.empty();
                }
            }
        }
        return Optional.empty();
    }

    private static boolean isNat64(byte[] bytes) {
        if (bytes[0] != 0 || bytes[1] != 0x64 || (bytes[2] & 0xff) != 0xff || (bytes[3] & 0xff) != 0x9b) {
            return false;
        }
        for (int i = 4; i < 12; i++) {
            if (bytes[i] != 0) {
                return false;
            }
        }
        return true;
    }

    private static String bare(String host) {
        return host != null && host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
    }
}
