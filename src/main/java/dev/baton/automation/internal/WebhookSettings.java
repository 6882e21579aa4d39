package dev.baton.automation.internal;

import java.time.Duration;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How Baton calls webhooks (BATON_WEBHOOKS_*).
 *
 * @param poll how often a node looks for due deliveries
 * @param batch deliveries claimed at a time
 * @param timeout how long a receiver has to connect and answer
 * @param maxAttempts attempts before a delivery is parked
 * @param retryDelays the waits after the first, second … failed attempt; the last repeats
 * @param allowPrivate whether a webhook may call an address on a private network (loopback, the
 *        private ranges, link-local, unspecified, multicast); off, such a call is refused and parked
 */
@ConfigurationProperties("baton.webhooks")
public record WebhookSettings(
        @DefaultValue("1s") Duration poll,
        @DefaultValue("50") int batch,
        @DefaultValue("10s") Duration timeout,
        @DefaultValue("8") int maxAttempts,
        @DefaultValue({"1m", "5m", "30m", "2h", "6h"}) List<Duration> retryDelays,
        @DefaultValue("false") boolean allowPrivate) {

    public WebhookSettings {
        retryDelays = retryDelays == null || retryDelays.isEmpty() ? List.of(Duration.ofMinutes(1)) : List.copyOf(retryDelays);
    }

    /** The wait after a delivery's {@code attempts}-th failed attempt. */
    Duration delayAfter(int attempts) {
        return retryDelays.get(Math.max(0, Math.min(attempts, retryDelays.size()) - 1));
    }

    /** How long a claimed delivery is left to its node before another may send it: the answer's timeout, and a margin. */
    Duration lease() {
        return timeout.plus(Duration.ofMinutes(1));
    }
}
