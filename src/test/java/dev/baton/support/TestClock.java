package dev.baton.support;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/**
 * The clock every module takes time from, in tests: the system's, until a test moves it forward
 * (an SLA passing, a wait ending). A test that moves it puts it back when it is done, since the
 * server is shared by every test class.
 */
public final class TestClock extends Clock {

    private volatile Duration ahead = Duration.ZERO;

    /** Moves time forward for everyone in the server. */
    public void advance(Duration by) {
        ahead = ahead.plus(by);
    }

    /** Back to the system's time. */
    public void reset() {
        ahead = Duration.ZERO;
    }

    @Override
    public Instant instant() {
        return Instant.now().plus(ahead);
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return Clock.offset(Clock.system(zone), ahead);
    }

    /** Puts the test clock in the server in place of the system clock. */
    @TestConfiguration(proxyBeanMethods = false)
    public static class Setup {

        @Bean
        @Primary
        TestClock testClock() {
            return new TestClock();
        }
    }
}
