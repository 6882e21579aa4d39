package dev.baton.processes;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;

/**
 * When the company works: Monday to Friday, 09:00 to 17:00 in Baton's time zone, the same week
 * that business-day SLAs count. A wait "until business hours" ends at once inside them, otherwise
 * at the next opening.
 */
public final class BusinessHours {

    /** How a wait step's {@code until} names them. */
    public static final String UNTIL = "business hours";

    public static final LocalTime OPENS = LocalTime.of(9, 0);
    public static final LocalTime CLOSES = LocalTime.of(17, 0);

    private BusinessHours() {
    }

    /** Whether a wait's {@code until} means business hours (any letter case and spacing). */
    public static boolean named(String until) {
        return until != null && until.strip().replaceAll("\\s+", " ").equalsIgnoreCase(UNTIL);
    }

    /** {@code from} itself when it falls within business hours, otherwise the next time they begin. */
    public static Instant next(Instant from, ZoneId zone) {
        ZonedDateTime at = from.atZone(zone);
        if (workday(at) && !at.toLocalTime().isBefore(OPENS) && at.toLocalTime().isBefore(CLOSES)) {
            return from;
        }
        ZonedDateTime opening = at.with(OPENS).withSecond(0).withNano(0);
        if (!at.toLocalTime().isBefore(OPENS)) {
            opening = opening.plusDays(1);
        }
        while (!workday(opening)) {
            opening = opening.plusDays(1);
        }
        return opening.toInstant();
    }

    private static boolean workday(ZonedDateTime at) {
        return at.getDayOfWeek() != DayOfWeek.SATURDAY && at.getDayOfWeek() != DayOfWeek.SUNDAY;
    }
}
