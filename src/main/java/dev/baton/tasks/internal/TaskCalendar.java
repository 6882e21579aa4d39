package dev.baton.tasks.internal;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.springframework.stereotype.Component;

import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.ParameterList;
import net.fortuna.ical4j.model.component.VAlarm;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.parameter.Value;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.RefreshInterval;
import net.fortuna.ical4j.model.property.Sequence;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.Url;
import net.fortuna.ical4j.model.property.XProperty;
import net.fortuna.ical4j.model.property.immutable.ImmutableAction;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableTransp;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;
import net.fortuna.ical4j.validate.ValidationException;

import dev.baton.tasks.Task;

/**
 * A user's open tasks as an iCalendar feed. Each task is a short, transparent VEVENT at its due
 * time with a VALARM, because Google Calendar, Outlook and Apple Calendar show events from a
 * subscribed feed but not VTODOs. UIDs are stable per task; SEQUENCE follows the task's version.
 */
@Component
public class TaskCalendar {

    /** How long a task's slot is in the calendar. */
    static final Duration SLOT = Duration.ofMinutes(15);
    /** How often calendar apps should fetch the feed again (Google decides for itself). */
    static final Duration REFRESH = Duration.ofMinutes(15);

    private final Clock clock;

    TaskCalendar(Clock clock) {
        this.clock = clock;
    }

    /** The feed as text/calendar; {@code inbox} is the page each event links back to. */
    public String render(String owner, List<Task> tasks, URI inbox) {
        Calendar calendar = new Calendar();
        calendar.add(new ProdId("-//Baton//Tasks//EN"));
        calendar.add(ImmutableVersion.VERSION_2_0);
        calendar.add(ImmutableCalScale.GREGORIAN);
        calendar.add(new XProperty("X-WR-CALNAME", "Baton tasks: " + owner));
        calendar.add(new RefreshInterval(new ParameterList(List.of(Value.DURATION)), REFRESH));
        calendar.add(new XProperty("X-PUBLISHED-TTL", REFRESH.toString()));
        Instant now = clock.instant();
        tasks.forEach(task -> calendar.add(event(task, now, inbox)));
        StringWriter out = new StringWriter();
        try {
            new CalendarOutputter().output(calendar, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (ValidationException e) {
            throw new IllegalStateException("The task calendar is not valid iCalendar: " + e.getMessage(), e);
        }
        return out.toString();
    }

    private static VEvent event(Task task, Instant now, URI inbox) {
        VEvent event = new VEvent(task.due(), task.due().plus(SLOT), task.title());
        event.add(new Uid(task.id() + "@baton"));
        event.replace(new DtStamp(now));
        event.add(new Sequence((int) Math.min(task.version(), Integer.MAX_VALUE)));
        event.add(new Description(description(task, inbox)));
        event.add(new net.fortuna.ical4j.model.property.Priority(priority(task)));
        event.add(new Url(inbox));
        event.add(ImmutableTransp.TRANSPARENT);
        VAlarm alarm = new VAlarm(Duration.ZERO);
        alarm.add(ImmutableAction.DISPLAY);
        alarm.add(new Description(task.title()));
        event.add(alarm);
        return event;
    }

    private static String description(Task task, URI inbox) {
        String text = task.description().isBlank() ? "" : task.description() + "\n\n";
        return text + "Priority: " + task.priority().code() + "\nIn your Baton inbox: " + inbox;
    }

    /** iCalendar's scale: 1 is the highest, 9 the lowest. */
    private static int priority(Task task) {
        return switch (task.priority()) {
            case URGENT -> 1;
            case HIGH -> 3;
            case NORMAL -> 5;
            case LOW -> 9;
        };
    }
}
