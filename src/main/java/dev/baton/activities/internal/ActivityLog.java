package dev.baton.activities.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import dev.baton.activities.Activity;
import dev.baton.activities.ActivityType;
import dev.baton.activities.NewActivity;
import dev.baton.contacts.Contacts;
import dev.baton.platform.api.FieldProblem;
import dev.baton.platform.api.InvalidInputException;

/** What people log by hand: notes (free or from a template), calls, meetings and emails. */
@Service
public class ActivityLog {

    /** An entry as a person writes it. */
    public record LogEntry(String type, UUID person, UUID organisation, Instant occurredAt, String summary, String body,
            UUID template, Map<String, Object> values) {
    }

    private final TimelineStore timeline;
    private final NoteTemplates templates;
    private final Contacts contacts;

    ActivityLog(TimelineStore timeline, NoteTemplates templates, Contacts contacts) {
        this.timeline = timeline;
        this.templates = templates;
        this.contacts = contacts;
    }

    @Transactional
    public Activity log(LogEntry entry) {
        List<FieldProblem> problems = new ArrayList<>();
        ActivityType type = ActivityType.ofCode(String.valueOf(entry.type())).filter(ActivityType::loggedByPeople).orElse(null);
        if (type == null) {
            problems.add(new FieldProblem("type", entry.type(), "must be one of note, call, meeting, email"));
        }
        if (entry.person() == null && entry.organisation() == null) {
            problems.add(new FieldProblem("person", null, "an entry is about a person, an organisation or both"));
        }
        if (entry.person() != null && contacts.person(entry.person()).isEmpty()) {
            problems.add(new FieldProblem("person", entry.person().toString(), "is not a person"));
        }
        if (entry.organisation() != null && contacts.organisation(entry.organisation()).isEmpty()) {
            problems.add(new FieldProblem("organisation", entry.organisation().toString(), "is not an organisation"));
        }
        String summary = entry.summary();
        Map<String, Object> data = new LinkedHashMap<>();
        if (entry.template() != null) {
            NoteTemplates.NoteTemplate template = templates.get(entry.template());
            try {
                data.put("values", templates.check(template, entry.values()));
            } catch (InvalidInputException e) {
                problems.addAll(e.problems());
            }
            data.put("template", template.id().toString());
            data.put("templateName", template.name());
            summary = summary == null || summary.isBlank() ? template.name() : summary;
        } else if (entry.values() != null) {
            problems.add(new FieldProblem("values", null, "values need a template"));
        }
        if (summary == null || summary.isBlank()) {
            problems.add(new FieldProblem("summary", summary, "must not be blank"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return timeline.add(new NewActivity(type, entry.person(), entry.organisation(), entry.occurredAt(), summary.trim(),
                entry.body(), data, null));
    }
}
