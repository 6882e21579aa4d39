package dev.baton.automation.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.Period;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.jdbc.core.simple.JdbcClient;

import dev.baton.automation.JourneyPlan;

/**
 * A {@code date_reached} trigger read from its settings: the person's date field (a custom field),
 * how far before or after the date ({@code with.offset}: "-7 days", "2 weeks", P1D, 0), at which
 * time of day ({@code with.at}, default 00:00) and whether it comes back every year
 * ({@code with.yearly}: yes for birthdays and renewals).
 */
record DateTrigger(String field, Period offset, LocalTime at, boolean yearly) {

    /**
     * SQL for a person's next moment after {@code :now} (for the row {@code p} of people), null when
     * none is ahead; a yearly date looks at the anniversaries around this year. Bound by {@link #bind}.
     */
    static final String NEXT_MOMENT = """
            (select min(m) from (
                select (cast(p.custom ->> :field as date) + make_interval(years => k)
                        + make_interval(years => :oy, months => :om, days => :od)
                        + make_interval(hours => :ah, mins => :am)) at time zone :zone as m
                from generate_series(
                    case when :yearly then greatest(0, :year - extract(year from cast(p.custom ->> :field as date))::int - 2) else 0 end,
                    case when :yearly then greatest(0, :year - extract(year from cast(p.custom ->> :field as date))::int + 2) else 0 end) k
            ) moments where m > :now)""";

    /** SQL: whether the person {@code p} has the date (a date in the ISO form a date field keeps). */
    static final String HAS_DATE = "p.custom ->> :field ~ '^\\d{4}-\\d{2}-\\d{2}$'";

    private static final Pattern WORDS = Pattern.compile("([+-]?)\\s*(\\d+)\\s*(day|week|month|year)s?");
    private static final Pattern TIME = Pattern.compile("([01]?\\d|2[0-3]):([0-5]\\d)");

    /** The trigger's settings; anything unreadable is an IllegalArgumentException naming the setting and what it accepts. */
    static DateTrigger of(JourneyPlan.Trigger trigger) {
        String field = customKey(trigger.value());
        Period offset = offset(trigger.with().get("offset"));
        String at = trigger.with().getOrDefault("at", "00:00").trim();
        Matcher time = TIME.matcher(at);
        if (!time.matches()) {
            throw new IllegalArgumentException("with.at: " + at + " must be a time of day such as 09:00");
        }
        String yearly = trigger.with().getOrDefault("yearly", "no").trim().toLowerCase(Locale.ROOT);
        if (!yearly.equals("yes") && !yearly.equals("no")) {
            throw new IllegalArgumentException("with.yearly: " + yearly + " must be yes or no");
        }
        return new DateTrigger(field, offset, LocalTime.of(Integer.parseInt(time.group(1)), Integer.parseInt(time.group(2))),
                yearly.equals("yes"));
    }

    /**
     * What is wrong with a date trigger's (or date goal's) settings, as a problem at {@code where}
     * naming the setting and the value given; empty when they read.
     */
    static java.util.Optional<dev.baton.platform.api.FieldProblem> problem(String where, JourneyPlan.Trigger trigger) {
        try {
            of(trigger);
            return java.util.Optional.empty();
        } catch (IllegalArgumentException e) {
            String message = e.getMessage();
            int colon = message.indexOf(':');
            String setting = colon < 0 ? "value" : message.substring(0, colon);
            String value = setting.startsWith("with.") ? trigger.with().get(setting.substring("with.".length())) : trigger.value();
            return java.util.Optional.of(new dev.baton.platform.api.FieldProblem(where + "." + setting, value,
                    colon < 0 ? message : message.substring(colon + 2)));
        }
    }

    /** Binds the parameters of {@link #NEXT_MOMENT} and {@link #HAS_DATE}. */
    JdbcClient.StatementSpec bind(JdbcClient.StatementSpec statement, Instant now, ZoneId zone) {
        return statement.param("field", field)
                .param("oy", offset.getYears()).param("om", offset.getMonths()).param("od", offset.getDays())
                .param("ah", at.getHour()).param("am", at.getMinute()).param("zone", zone.getId())
                .param("yearly", yearly).param("year", now.atZone(zone).getYear()).param("now", Timestamp.from(now));
    }

    /** The custom field key a trigger's value names: person.custom.renewal, custom.renewal or renewal. */
    static String customKey(String value) {
        String field = value == null ? "" : value.trim();
        for (String prefix : new String[] {"person.custom.", "custom."}) {
            if (field.startsWith(prefix)) {
                return field.substring(prefix.length());
            }
        }
        return field;
    }

    private static Period offset(String text) {
        String given = text == null ? "0" : text.trim().toLowerCase(Locale.ROOT);
        Period offset;
        Matcher words = WORDS.matcher(given);
        if (given.equals("0") || given.isEmpty()) {
            offset = Period.ZERO;
        } else if (words.matches()) {
            int n = Integer.parseInt(words.group(2)) * ("-".equals(words.group(1)) ? -1 : 1);
            offset = switch (words.group(3)) {
                case "day" -> Period.ofDays(n);
                case "week" -> Period.ofWeeks(n);
                case "month" -> Period.ofMonths(n);
                default -> Period.ofYears(n);
            };
        } else {
            try {
                offset = Period.parse(given.toUpperCase(Locale.ROOT));
            } catch (DateTimeParseException e) {
                throw new IllegalArgumentException("with.offset: " + text + " must be a number of days, weeks, months or years before "
                        + "(-) or after the date, such as \"-7 days\", \"2 weeks\", P1D or 0");
            }
        }
        if (Math.abs(offset.toTotalMonths() * 30.44 + offset.getDays()) > 370) {
            throw new IllegalArgumentException("with.offset: " + text + " must be within a year of the date");
        }
        return offset;
    }
}
