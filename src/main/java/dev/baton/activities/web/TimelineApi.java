package dev.baton.activities.web;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import dev.baton.activities.Activity;
import dev.baton.activities.internal.ActivityLog;
import dev.baton.activities.internal.NoteTemplates;
import dev.baton.activities.internal.TimelineStore;
import dev.baton.contacts.Contacts;
import dev.baton.platform.api.CursorPage;
import dev.baton.platform.api.NotFoundException;

@RestController
@RequestMapping("/api/v1")
@Tag(name = "Timeline", description = "Every interaction with a person or organisation, newest first; note templates")
class TimelineApi {

    record TemplateRequest(String name, String description, List<NoteTemplates.TemplateField> fields) {
    }

    private final TimelineStore timeline;
    private final ActivityLog log;
    private final NoteTemplates templates;
    private final Contacts contacts;

    TimelineApi(TimelineStore timeline, ActivityLog log, NoteTemplates templates, Contacts contacts) {
        this.timeline = timeline;
        this.log = log;
        this.templates = templates;
        this.contacts = contacts;
    }

    @GetMapping("/people/{id}/timeline")
    @PreAuthorize("hasAuthority('contacts.read')")
    @Operation(summary = "A person's timeline, newest first; type filters (e.g. type=note&type=call)")
    CursorPage<Activity> person(@PathVariable UUID id, @RequestParam(required = false) List<String> type,
            @RequestParam(required = false) String cursor, @RequestParam(required = false) Integer limit) {
        contacts.person(id).orElseThrow(() -> new NotFoundException("person", id));
        return timeline.ofPerson(id, type, cursor, CursorPage.limit(limit));
    }

    @GetMapping("/organisations/{id}/timeline")
    @PreAuthorize("hasAuthority('contacts.read')")
    @Operation(summary = "An organisation's own entries and those of its people: the single customer view")
    CursorPage<Activity> organisation(@PathVariable UUID id, @RequestParam(required = false) List<String> type,
            @RequestParam(required = false) String cursor, @RequestParam(required = false) Integer limit) {
        contacts.organisation(id).orElseThrow(() -> new NotFoundException("organisation", id));
        return timeline.ofOrganisation(id, type, cursor, CursorPage.limit(limit));
    }

    @PostMapping("/activities")
    @PreAuthorize("hasAuthority('contacts.write')")
    @Operation(summary = "Log a note, call, meeting or email; with a template, values are checked against its fields")
    ResponseEntity<Activity> log(@RequestBody ActivityLog.LogEntry entry) {
        Activity activity = log.log(entry);
        return ResponseEntity.created(URI.create("/api/v1/activities/" + activity.id())).body(activity);
    }

    @GetMapping("/note-templates")
    @PreAuthorize("hasAuthority('contacts.read')")
    List<NoteTemplates.NoteTemplate> templates() {
        return templates.all();
    }

    @PostMapping("/note-templates")
    @PreAuthorize("hasAuthority('settings.manage')")
    ResponseEntity<NoteTemplates.NoteTemplate> createTemplate(@RequestBody TemplateRequest request) {
        NoteTemplates.NoteTemplate template = templates.create(request.name(), request.description(), request.fields());
        return ResponseEntity.created(URI.create("/api/v1/note-templates/" + template.id())).body(template);
    }
}
