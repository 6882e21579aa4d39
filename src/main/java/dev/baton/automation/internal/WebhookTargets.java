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
        if (address instanceof Inet6Address v6 && v6.isIPv4CompatibleAddress()) {
            // ::a.b.c.d reaches the IPv4 address a.b.c.d on some systems
            try {
                return privateKind(InetAddress.getByAddress(Arrays.copyOfRange(bytes, 12, 16)));
            } catch (UnknownHostException e) {
                return Optional.empty();
            }
        }
        return Optional.empty();
    }

    private static String bare(String host) {
        return host != null && host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
    }
}
