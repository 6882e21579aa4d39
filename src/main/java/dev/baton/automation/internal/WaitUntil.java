package dev.baton.automation.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.regex.Pattern;

import dev.baton.processes.BusinessHours;

/**
 * A wait step's {@code until}, in the forms process lint accepts: a time of day ("09:00", the next
 * one to come), {@code business hours} (at once within them, else at the next opening) or a date
 * field of the record ({@code person.custom.renewal}, {@code deal.close}: the start of that day, at
 * once when it has passed or is empty). Both engines and the simulator read it here.
 */
public record WaitUntil(String text, LocalTime timeOfDay, boolean businessHours, String field) {

    private static final Pattern TIME_OF_DAY = Pattern.compile("([01]?\\d|2[0-3]):[0-5]\\d");

    /** Reads an until; anything else is an IllegalArgumentException saying what is accepted. */
    public static WaitUntil parse(String text) {
        String given = text == null ? "" : text.strip();
        if (TIME_OF_DAY.matcher(given).matches()) {
            return new WaitUntil(given, LocalTime.parse(given.length() == 4 ? "0" + given : given), false, null);
        }
        if (BusinessHours.named(given)) {
            return new WaitUntil(given, null, true, null);
        }
        if (given.matches("(person|deal)\\.[a-z_]+(\\.[A-Za-z0-9_-]+)?")) {
            return new WaitUntil(given, null, false, given);
        }
        throw new IllegalArgumentException("must be a time of day such as 09:00, \"business hours\", or a date field such as "
                + "person.custom.renewal or deal.close");
    }

    /** Whether the end depends on the record (a date field), not only on the time. */
    public boolean byField() {
        return field != null;
    }

    /** When a wait that starts at {@code now} ends, for a time of day or business hours. */
    public Instant after(Instant now, ZoneId zone) {
        if (businessHours) {
            return BusinessHours.next(now, zone);
        }
        if (timeOfDay == null) {
            throw new IllegalStateException("a wait until " + field + " ends by the record's date");
        }
        ZonedDateTime today = now.atZone(zone).with(timeOfDay).withSecond(0).withNano(0);
        return (today.toInstant().isAfter(now) ? today : today.plusDays(1)).toInstant();
    }

    /** When a wait until a date field ends, given the field's value (empty or not a date: at once). */
    public static Instant onDate(Object value, Instant now, ZoneId zone) {
        return date(value).map(d -> d.atStartOfDay(zone).toInstant()).filter(at -> at.isAfter(now)).orElse(now);
    }

    private static Optional<LocalDate> date(Object value) {
        if (value == null || value.toString().isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.parse(value.toString().strip()));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    /** How the simulator and the counts speak of it. */
    @Override
    public String toString() {
        return text;
    }
}
