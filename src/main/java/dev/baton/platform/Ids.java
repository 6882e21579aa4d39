package dev.baton.platform;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.UUID;

/** Time-ordered identifiers (UUID version 7), so that ordering by id is ordering by creation. */
public final class Ids {

    private static final SecureRandom RANDOM = new SecureRandom();

    private Ids() {
    }

    public static UUID next() {
        return next(Clock.systemUTC());
    }

    public static UUID next(Clock clock) {
        long millis = clock.millis();
        long msb = (millis << 16) | 0x7000L | (RANDOM.nextInt() & 0x0FFFL);
        long lsb = (RANDOM.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
        return new UUID(msb, lsb);
    }
}
