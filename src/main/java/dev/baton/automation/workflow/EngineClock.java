package dev.baton.automation.workflow;

import java.time.Clock;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Calendar;
import java.util.Date;
import java.util.GregorianCalendar;
import java.util.TimeZone;

/**
 * The engine's clock reads Baton's {@link Clock}, so timers, due dates and history take the same
 * time as the rest of Baton (and move with it in a simulation or a test). It is never set through
 * the engine: Baton's clock is the one to move.
 */
final class EngineClock implements org.flowable.common.engine.impl.runtime.Clock {

    private final Clock clock;

    EngineClock(Clock clock) {
        this.clock = clock;
    }

    @Override
    public Date getCurrentTime() {
        return Date.from(clock.instant());
    }

    @Override
    public Calendar getCurrentCalendar() {
        return getCurrentCalendar(getCurrentTimeZone());
    }

    @Override
    public Calendar getCurrentCalendar(TimeZone timeZone) {
        return GregorianCalendar.from(ZonedDateTime.ofInstant(clock.instant(), timeZone.toZoneId()));
    }

    @Override
    public TimeZone getCurrentTimeZone() {
        return TimeZone.getTimeZone(zone());
    }

    @Override
    public void setCurrentTime(Date currentTime) {
        throw new UnsupportedOperationException("The engine takes Baton's clock; move that one instead");
    }

    @Override
    public void setCurrentCalendar(Calendar currentTime) {
        throw new UnsupportedOperationException("The engine takes Baton's clock; move that one instead");
    }

    @Override
    public void reset() {
        // nothing to reset: the time is always Baton's
    }

    /** Business days and times of day are counted in the server's time zone, as the journey runner counts them. */
    static ZoneId zone() {
        return ZoneId.systemDefault();
    }
}
