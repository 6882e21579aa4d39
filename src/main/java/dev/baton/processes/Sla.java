package dev.baton.processes;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.Period;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How long something may take or waits: a fixed {@code duration}, or a number of {@code businessDays}
 * (Monday to Friday, ending at the same time of day). Used for task SLAs, hand-off allowances and waits.
 *
 * <p>Written as a number and a unit ("1 business day", "3 business days", "4 hours", "30 minutes",
 * "2 days", "1 week"), in short ("30m", "4h", "2d", "1w") or in ISO 8601 ("PT4H", "P3D", "P1W").
 */
public record Sla(Duration duration, int businessDays) {

    public static final String ACCEPTED = "a duration such as \"1 business day\", \"3 business days\", \"4 hours\", "
            + "\"30 minutes\", \"2 days\", \"1 week\", \"4h\", \"30m\", \"2d\", \"PT4H\" or \"P3D\"";

    private static final Pattern AMOUNT = Pattern.compile("(\\d{1,9})\\s*([a-z][a-z ]*?)");
    private static final Pattern ISO_DAYS = Pattern.compile("P(\\d+[WD])+");

    public Sla {
        if (duration == null) {
            duration = Duration.ZERO;
        }
        if (duration.isNegative() || businessDays < 0) {
            throw new IllegalArgumentException("must not be negative");
        }
        if (!duration.isZero() && businessDays > 0) {
            throw new IllegalArgumentException("is either a duration or a number of business days, not both");
        }
    }

    public static Sla of(Duration duration) {
        return new Sla(duration, 0);
    }

    public static Sla ofBusinessDays(int days) {
        return new Sla(Duration.ZERO, days);
    }

    /** Reads an SLA or a wait; anything else is an IllegalArgumentException that says what is accepted. */
    public static Sla parse(String text) {
        String given = text == null ? "" : text.trim().toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
        if (given.isEmpty()) {
            throw new IllegalArgumentException("is empty: write " + ACCEPTED);
        }
        Matcher amount = AMOUNT.matcher(given);
        if (amount.matches()) {
            long n = Long.parseLong(amount.group(1));
            return switch (amount.group(2)) {
                case "business day", "business days", "working day", "working days" -> ofBusinessDays((int) n);
                case "m", "min", "mins", "minute", "minutes" -> of(Duration.ofMinutes(n));
                case "h", "hr", "hrs", "hour", "hours" -> of(Duration.ofHours(n));
                case "d", "day", "days" -> of(Duration.ofDays(n));
                case "w", "week", "weeks" -> of(Duration.ofDays(7 * n));
                default -> throw new IllegalArgumentException("\"" + text.trim() + "\" has an unknown unit \"" + amount.group(2)
                        + "\": write " + ACCEPTED);
            };
        }
        String iso = given.toUpperCase(Locale.ROOT);
        try {
            if (ISO_DAYS.matcher(iso).matches()) {
                // Duration.parse knows no weeks; a Period of only weeks and days is a whole number of days.
                return of(Duration.ofDays(Period.parse(iso).getDays()));
            }
            Duration duration = Duration.parse(iso);
            if (duration.isNegative()) {
                throw new IllegalArgumentException("\"" + text.trim() + "\" is negative: write " + ACCEPTED);
            }
            return of(duration);
        } catch (DateTimeParseException | ArithmeticException e) {
            throw new IllegalArgumentException("\"" + text.trim() + "\" is not " + ACCEPTED);
        }
    }

    public boolean isZero() {
        return duration.isZero() && businessDays == 0;
    }

    /** The moment this long after {@code from}, business days counted in {@code zone}. */
    public Instant after(Instant from, ZoneId zone) {
        if (businessDays == 0) {
            return from.plus(duration);
        }
        ZonedDateTime at = from.atZone(zone);
        int left = businessDays;
        while (left > 0) {
            at = at.plusDays(1);
            if (at.getDayOfWeek() != DayOfWeek.SATURDAY && at.getDayOfWeek() != DayOfWeek.SUNDAY) {
                left--;
            }
        }
        return at.toInstant();
    }

    /** The SLA as a person writes it: "3 business days", "4 hours", "PT1H30M". */
    @Override
    public String toString() {
        if (businessDays > 0) {
            return businessDays + (businessDays == 1 ? " business day" : " business days");
        }
        long seconds = duration.getSeconds();
        if (duration.getNano() == 0 && seconds > 0) {
            if (seconds % (7 * 86_400) == 0) {
                return plural(seconds / (7 * 86_400), "week");
            }
            if (seconds % 86_400 == 0) {
                return plural(seconds / 86_400, "day");
            }
            if (seconds % 3_600 == 0) {
                return plural(seconds / 3_600, "hour");
            }
            if (seconds % 60 == 0) {
                return plural(seconds / 60, "minute");
            }
        }
        return duration.toString();
    }

    private static String plural(long n, String unit) {
        return n + " " + unit + (n == 1 ? "" : "s");
    }
}
