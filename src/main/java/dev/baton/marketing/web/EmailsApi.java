package dev.baton.marketing.web;

import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import dev.baton.contacts.Contacts;
import dev.baton.marketing.EmailTemplate;
import dev.baton.marketing.OutboxEntry;
import dev.baton.marketing.OutgoingEmail;
import dev.baton.marketing.internal.EmailTemplates;
import dev.baton.marketing.internal.Outbox;
import dev.baton.platform.api.CursorPage;
import dev.baton.platform.api.NotFoundException;
import dev.baton.platform.api.Versions;

@RestController
@RequestMapping("/api/v1")
@Tag(name = "Email", description = "Email templates with merge fields, sending to a person, the outbox")
class EmailsApi {

    record SendRequest(String template, UUID deal) {
    }

    private final EmailTemplates templates;
    private final Outbox outbox;
    private final Contacts contacts;

    EmailsApi(EmailTemplates templates, Outbox outbox, Contacts contacts) {
        this.templates = templates;
        this.outbox = outbox;
        this.contacts = contacts;
    }

    @GetMapping("/email-templates")
    @PreAuthorize("hasAuthority('contacts.read')")
    List<EmailTemplate> templates() {
        return templates.all();
    }

    @GetMapping("/email-templates/{key}")
    @PreAuthorize("hasAuthority('contacts.read')")
    ResponseEntity<EmailTemplate> template(@PathVariable String key) {
        EmailTemplate template = templates.get(key);
        return Versions.ok(template, template.version());
    }

    @PostMapping("/email-templates")
    @PreAuthorize("hasAuthority('marketing.manage')")
    @Operation(summary = "Add a template: subject, html and (optionally) text with merge fields such as {{person.first_name}}; "
            + "an unknown merge field or a tag that does not read is a 400 naming the part, line and column")
    ResponseEntity<EmailTemplate> create(@RequestBody EmailTemplates.TemplateSpec spec) {
        EmailTemplate template = templates.create(spec);
        return ResponseEntity.created(URI.create("/api/v1/email-templates/" + template.key()))
                .eTag(Versions.etag(template.version())).body(template);
    }

    @PutMapping("/email-templates/{key}")
    @PreAuthorize("hasAuthority('marketing.manage')")
    @Operation(summary = "Change a template (its key stays); checked like a new one; send If-Match")
    ResponseEntity<EmailTemplate> update(@PathVariable String key, @RequestBody EmailTemplates.TemplateSpec spec,
            @RequestHeader(name = "If-Match", required = false) String ifMatch) {
        EmailTemplate template = templates.update(key, spec, Versions.expected(ifMatch));
        return Versions.ok(template, template.version());
    }

    @PostMapping("/people/{id}/emails")
    @PreAuthorize("hasAuthority('contacts.write')")
    @Operation(summary = "Send a person an email from a template (optionally about a deal). Send an Idempotency-Key header to make "
            + "a retried request send once. Answered 202: the email waits in the outbox; consent is checked when it is sent.")
    ResponseEntity<OutboxEntry> send(@PathVariable UUID id, @RequestBody SendRequest request,
            @RequestHeader(name = "Idempotency-Key", required = false) String idempotencyKey) {
        contacts.person(id).orElseThrow(() -> new NotFoundException("person", id));
        String key = "manual:" + id + ":" + (idempotencyKey == null || idempotencyKey.isBlank() ? UUID.randomUUID() : idempotencyKey.trim());
        outbox.enqueue(List.of(new OutgoingEmail(key, id, request.template(), request.deal())));
        OutboxEntry entry = outbox.list(null, id, null, 50).items().stream().filter(e -> e.idempotencyKey().equals(key))
                .findFirst().orElseThrow();
        return ResponseEntity.accepted().location(URI.create("/api/v1/emails/" + entry.id())).body(entry);
    }

    @GetMapping("/emails")
    @PreAuthorize("hasAuthority('contacts.read')")
    @Operation(summary = "The outbox, newest first: queued, sending, sent, skipped (with the reason), failed and unconfirmed emails")
    CursorPage<OutboxEntry> outbox(@RequestParam(required = false) String status, @RequestParam(required = false) UUID person,
            @RequestParam(required = false) String cursor, @RequestParam(required = false) Integer limit) {
        return outbox.list(status, person, cursor, CursorPage.limit(limit));
    }

    @GetMapping("/emails/{id}")
    @PreAuthorize("hasAuthority('contacts.read')")
    OutboxEntry email(@PathVariable UUID id) {
        return outbox.get(id);
    }

    @PostMapping("/emails/{id}/retry")
    @PreAuthorize("hasAuthority('marketing.manage')")
    @Operation(summary = "Send a failed or unconfirmed email again (an unconfirmed one may then arrive twice)")
    OutboxEntry retry(@PathVariable UUID id) {
        return outbox.retry(id);
    }

    @GetMapping("/email-fields")
    @PreAuthorize("hasAuthority('contacts.read')")
    @Operation(summary = "The merge fields a template can use")
    Map<String, List<String>> fields() {
        return dev.baton.marketing.internal.MergeFields.catalogue();
    }
}
