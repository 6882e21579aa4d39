package dev.baton.automation.workflow;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

import org.flowable.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

import dev.baton.automation.internal.WaitUntil;
import dev.baton.contacts.Contacts;
import dev.baton.deals.Deals;
import dev.baton.processes.BusinessHours;
import dev.baton.processes.Sla;

/**
 * When a wait ends or a task is due, from Baton's clock: a duration or a number of business days
 * after now, or until a time of day or a date field of the record. Models call it as
 * {@code workflowTime} when a timer or a task is created, so the moment is fixed then.
 */
@Component(WorkflowCompiler.TIME)
public class WorkflowTime {

    private static final Pattern TIME_OF_DAY = Pattern.compile("([01]?\\d|2[0-3]):[0-5]\\d");

    private final Clock clock;
    private final Contacts contacts;
    private final Deals deals;

    WorkflowTime(Clock clock, Contacts contacts, Deals deals) {
        this.clock = clock;
        this.contacts = contacts;
        this.deals = deals;
    }

    /** The moment an SLA or a wait ("1 business day", "4 hours", "P3D") from now ends. */
    public Instant after(DelegateExecution execution, String text) {
        return Sla.parse(text).after(clock.instant(), EngineClock.zone());
    }

    /**
     * The next time of day ("09:00"), now or the next opening for "business hours", or the date in a
     * field of the record (person.custom.renewal, deal.close) at the start of that day; a field with
     * no value ends the wait at once.
     */
    public Instant until(DelegateExecution execution, String text) {
        Instant now = clock.instant();
        if (TIME_OF_DAY.matcher(text).matches() || BusinessHours.named(text)) {
            return WaitUntil.parse(text).after(now, EngineClock.zone());
        }
        return dateField(execution, text).map(d -> d.atStartOfDay(EngineClock.zone()).toInstant()).orElse(now);
    }

    private Optional<LocalDate> dateField(DelegateExecution execution, String field) {
        String name = field.startsWith("person.") ? field.substring("person.".length()) : field;
        if (name.equals("deal.close")) {
            return uuid(execution.getVariable(WorkflowCompiler.DEAL)).flatMap(deals::deal).map(d -> d.expectedClose());
        }
        String custom = name.startsWith("custom.") ? name.substring("custom.".length()) : null;
        if (custom == null) {
            throw new IllegalArgumentException("A wait can be until a time of day or a date field (person.custom.<key>, deal.close), not "
                    + field);
        }
        return uuid(execution.getVariable(WorkflowCompiler.PERSON)).flatMap(contacts::person)
                .map(p -> p.custom()).map((Map<String, Object> values) -> values.get(custom))
                .map(value -> LocalDate.parse(value.toString()));
    }

    static Optional<UUID> uuid(Object value) {
        return value == null || value.toString().isBlank() ? Optional.empty() : Optional.of(UUID.fromString(value.toString()));
    }
}
