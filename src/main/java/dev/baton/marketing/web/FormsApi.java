package dev.baton.marketing.web;

import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import dev.baton.activities.ActivityType;
import dev.baton.activities.NewActivity;
import dev.baton.activities.Timeline;
import dev.baton.contacts.Contacts;
import dev.baton.marketing.FormSubmitted;
import dev.baton.platform.api.InvalidInputException;

/**
 * Receives form posts (from a website's back end, with an API token) until Baton hosts forms: the
 * person is found by email or added with the form as their source, the submission goes on their
 * timeline, and automations triggered by the form start.
 */
@RestController
@RequestMapping("/api/v1/forms")
@Tag(name = "Forms", description = "Form submissions: find or add the person, record the form, start what the form triggers")
class FormsApi {

    record Submission(String email, String firstName, String lastName, String phone, String source, Map<String, String> fields) {
    }

    record Received(UUID person, boolean newPerson) {
    }

    private final Contacts contacts;
    private final Timeline timeline;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    FormsApi(Contacts contacts, Timeline timeline, ApplicationEventPublisher events, Clock clock) {
        this.contacts = contacts;
        this.timeline = timeline;
        this.events = events;
        this.clock = clock;
    }

    @PostMapping("/{form}/submissions")
    @PreAuthorize("hasAuthority('contacts.write')")
    @Operation(summary = "Submit a form for a person (by email): added if new, with the form as their source; 201 either way")
    @Transactional
    ResponseEntity<Received> submit(@PathVariable String form, @RequestBody Submission submission) {
        if (!form.matches("[a-z][a-z0-9-]{0,59}")) {
            throw new InvalidInputException("form", form, "must be lower-case letters, digits and -");
        }
        if (submission.email() == null || submission.email().isBlank()) {
            throw new InvalidInputException("email", submission.email(), "a form submission needs the person's email address");
        }
        Optional<UUID> known = contacts.personByEmail(submission.email());
        UUID person = known.orElseGet(() -> contacts.addFromForm(submission.firstName(), submission.lastName(), submission.email(),
                submission.phone(), submission.source() == null ? "direct" : submission.source(), "form: " + form).id());
        Map<String, String> fields = new LinkedHashMap<>();
        putIfGiven(fields, "email", submission.email());
        putIfGiven(fields, "first name", submission.firstName());
        putIfGiven(fields, "last name", submission.lastName());
        putIfGiven(fields, "phone", submission.phone());
        if (submission.fields() != null) {
            submission.fields().forEach((k, v) -> putIfGiven(fields, k, v));
        }
        Instant now = clock.instant();
        timeline.record(new NewActivity(ActivityType.FORM, person, null, now, "Form submitted: " + form,
                fields.getOrDefault("message", null), Map.of("form", form, "values", fields), "form " + form));
        events.publishEvent(new FormSubmitted(form, person, known.isEmpty(), Map.copyOf(fields), now));
        return ResponseEntity.created(URI.create("/api/v1/people/" + person)).body(new Received(person, known.isEmpty()));
    }

    private static void putIfGiven(Map<String, String> fields, String key, String value) {
        if (value != null && !value.isBlank()) {
            fields.put(key, value.trim());
        }
    }

}
