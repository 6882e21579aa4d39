package dev.baton.automation.internal;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A wait or an SLA: a fixed duration (ISO 8601 such as PT4H or P2D, or 30m, 4h, 2d) or a number of
 * business days (Monday to Friday, at the same time of day).
 */
record Delay(Duration fixed, int businessDays) {

    static final Delay NONE = new Delay(Duration.ZERO, 0);
    private static final Pattern BUSINESS = Pattern.compile("(\\d+)\\s+business\\s+days?", Pattern.CASE_INSENSITIVE);
    private static final Pattern SHORT = Pattern.compile("(\\d+)\\s*(m|h|d)", Pattern.CASE_INSENSITIVE);

    /** Reads a delay; anything else is an IllegalArgumentException saying what is accepted. */
    static Delay parse(String text) {
        String given = text == null ? "" : text.trim();
        Matcher business = BUSINESS.matcher(given);
        if (business.matches()) {
            return new Delay(Duration.ZERO, Integer.parseInt(business.group(1)));
        }
        Matcher small = SHORT.matcher(given);
        if (small.matches()) {
            long n = Long.parseLong(small.group(1));
            return new Delay(switch (small.group(2).toLowerCase()) {
                case "m" -> Duration.ofMinutes(n);
                case "h" -> Duration.ofHours(n);
                default -> Duration.ofDays(n);
            }, 0);
        }
        try {
            Duration duration = Duration.parse(given);
            if (duration.isNegative()) {
                throw new IllegalArgumentException("must not be negative");
            }
            return new Delay(duration, 0);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("must be a duration such as PT2H, P3D, 30m, 4h, 2d or \"1 business day\"");
        }
    }

    boolean isZero() {
        return fixed.isZero() && businessDays == 0;
    }

    /** The moment this long after {@code from}, business days counted in {@code zone}. */
    Instant after(Instant from, ZoneId zone) {
        if (businessDays == 0) {
            return from.plus(fixed);
        }
        ZonedDateTime at = from.atZone(zone);
        int left = businessDays;
        while (left > 0) {
            at = at.plusDays(1);
            if (at.getDayOfWeek() != DayOfWeek.SATURDAY && at.getDayOfWeek() != DayOfWeek.SUNDAY) {
                left--;
            }
        }
        return at.toInstant().plus(fixed);
    }
}
