package dev.baton.activities.web;

import java.util.UUID;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import dev.baton.activities.Activity;
import dev.baton.activities.internal.ActivityLog;
import dev.baton.activities.internal.NoteTemplates;
import dev.baton.activities.internal.TimelineStore;
import dev.baton.platform.api.CursorPage;
import dev.baton.platform.api.InvalidInputException;

/**
 * Timeline fragments for the person and organisation pages: entries a page at a time (the next
 * page loads when the last entry scrolls into view) and the form to log a note, call or meeting.
 */
@Controller
class TimelinePages {

    static final int PAGE = 25;

    private final TimelineStore timeline;
    private final ActivityLog log;
    private final NoteTemplates templates;

    TimelinePages(TimelineStore timeline, ActivityLog log, NoteTemplates templates) {
        this.timeline = timeline;
        this.log = log;
        this.templates = templates;
    }

    @GetMapping("/people/{id}/timeline")
    @PreAuthorize("hasAuthority('contacts.read')")
    String person(@PathVariable UUID id, @RequestParam(required = false) String cursor, Model model) {
        model.addAttribute("page", timeline.ofPerson(id, null, cursor, PAGE));
        model.addAttribute("more", "/people/" + id + "/timeline");
        return "activities/timeline :: items";
    }

    @GetMapping("/organisations/{id}/timeline")
    @PreAuthorize("hasAuthority('contacts.read')")
    String organisation(@PathVariable UUID id, @RequestParam(required = false) String cursor, Model model) {
        model.addAttribute("page", timeline.ofOrganisation(id, null, cursor, PAGE));
        model.addAttribute("more", "/organisations/" + id + "/timeline");
        return "activities/timeline :: items";
    }

    @GetMapping("/people/{id}/note-form")
    @PreAuthorize("hasAuthority('contacts.write')")
    String noteForm(@PathVariable UUID id, @RequestParam(required = false) UUID template, Model model) {
        return form(id, template, model);
    }

    @PostMapping("/people/{id}/notes")
    @PreAuthorize("hasAuthority('contacts.write')")
    String logEntry(@PathVariable UUID id, @RequestParam(defaultValue = "note") String type,
            @RequestParam(required = false) UUID template, @RequestParam(required = false) String summary,
            @RequestParam(required = false) String body, @RequestParam java.util.Map<String, String> form, Model model) {
        java.util.Map<String, Object> values = null;
        if (template != null) {
            values = new java.util.LinkedHashMap<>();
            for (NoteTemplates.TemplateField field : templates.get(template).fields()) {
                String raw = form.get("value." + field.key());
                if (raw != null && !raw.isBlank()) {
                    values.put(field.key(), typed(field, raw));
                }
            }
        }
        try {
            Activity entry = log.log(new ActivityLog.LogEntry(type, id, null, null, summary, body, template, values));
            model.addAttribute("added", entry);
            return form(id, null, model);
        } catch (InvalidInputException e) {
            model.addAttribute("problems", e.problems());
            return form(id, template, model);
        }
    }

    private String form(UUID person, UUID template, Model model) {
        model.addAttribute("person", person);
        model.addAttribute("templates", templates.all());
        model.addAttribute("template", template == null ? null : templates.get(template));
        return "activities/note-form :: form";
    }

    private static Object typed(NoteTemplates.TemplateField field, String raw) {
        return switch (field.type()) {
            case "number" -> {
                try {
                    yield new java.math.BigDecimal(raw.trim());
                } catch (NumberFormatException e) {
                    yield raw;
                }
            }
            case "boolean" -> Boolean.parseBoolean(raw);
            default -> raw;
        };
    }
}
