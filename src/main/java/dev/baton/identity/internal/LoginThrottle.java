package dev.baton.identity.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.stereotype.Component;

/**
 * Slows down password guessing: after 5 failed sign-ins to one account within 15 minutes, or 20
 * from one address, further attempts wait, the wait doubling with each failure (30 s up to 15 min).
 * A successful sign-in clears the account's count.
 */
@Component
public class LoginThrottle {

    static final int ACCOUNT_LIMIT = 5;
    static final int ADDRESS_LIMIT = 20;
    static final Duration WINDOW = Duration.ofMinutes(15);
    static final Duration FIRST_WAIT = Duration.ofSeconds(30);
    static final Duration LONGEST_WAIT = Duration.ofMinutes(15);

    private record Failures(int count, Instant last) {
    }

    private final Map<String, Failures> failures = new ConcurrentHashMap<>();
    private final Clock clock;

    LoginThrottle(Clock clock) {
        this.clock = clock;
    }

    /** How long the caller must wait before trying again, if at all. */
    public Optional<Duration> wait(String account, String address) {
        Instant now = clock.instant();
        Optional<Duration> byAccount = waitFor(accountKey(account), ACCOUNT_LIMIT, now);
        Optional<Duration> byAddress = waitFor("address:" + address, ADDRESS_LIMIT, now);
        if (byAccount.isPresent() && byAddress.isPresent()) {
            return Optional.of(byAccount.get().compareTo(byAddress.get()) > 0 ? byAccount.get() : byAddress.get());
        }
        return byAccount.isPresent() ? byAccount : byAddress;
    }

    public void failed(String account, String address) {
        Instant now = clock.instant();
        count(accountKey(account), now);
        count("address:" + address, now);
    }

    public void succeeded(String account) {
        failures.remove(accountKey(account));
    }

    private void count(String key, Instant now) {
        failures.compute(key, (k, f) -> f == null || f.last().plus(WINDOW).isBefore(now)
                ? new Failures(1, now) : new Failures(f.count() + 1, now));
    }

    private Optional<Duration> waitFor(String key, int limit, Instant now) {
        Failures f = failures.get(key);
        if (f == null || f.count() < limit || f.last().plus(WINDOW).isBefore(now)) {
            return Optional.empty();
        }
        int over = Math.min(f.count() - limit, 10);
        Duration wait = FIRST_WAIT.multipliedBy(1L << over);
        if (wait.compareTo(LONGEST_WAIT) > 0) {
            wait = LONGEST_WAIT;
        }
        Duration left = Duration.between(now, f.last().plus(wait));
        return left.isNegative() || left.isZero() ? Optional.empty() : Optional.of(left);
    }

    private static String accountKey(String account) {
        return "account:" + (account == null ? "" : account.trim().toLowerCase(Locale.ROOT));
    }
}
