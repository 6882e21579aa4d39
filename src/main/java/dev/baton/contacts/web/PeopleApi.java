package dev.baton.contacts.web;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
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

import dev.baton.contacts.Address;
import dev.baton.contacts.Person;
import dev.baton.contacts.internal.PeopleDirectory;
import dev.baton.contacts.internal.PersonReader;
import dev.baton.contacts.internal.PersonSpec;
import dev.baton.contacts.internal.Tagging;
import dev.baton.platform.api.CursorPage;
import dev.baton.platform.api.KeysetSort;
import dev.baton.platform.api.FieldProblem;
import dev.baton.platform.api.InvalidInputException;
import dev.baton.platform.api.Versions;

@RestController
@RequestMapping("/api/v1/people")
@Tag(name = "People", description = "People: contact details, owner, lifecycle stage, source, consent, tags, custom fields")
class PeopleApi {

    /** A person as written by a caller; source, consent and tags are only read when the person is created. */
    record PersonRequest(String firstName, String lastName, String salutation, String pronouns, List<String> emails,
            List<PersonSpec.PhoneSpec> phones, Address address, UUID owner, String lifecycleStage,
            Map<String, Object> custom, List<PersonSpec.EmploymentSpec> organisations, String source, String sourceDetail,
            String emailConsent, String consentSource, List<String> tags) {

        PersonSpec spec() {
            return new PersonSpec(firstName, lastName, salutation, pronouns, emails, phones, address, owner, lifecycleStage,
                    custom, organisations);
        }

        PersonSpec.Arrival arrival() {
            return new PersonSpec.Arrival(source, sourceDetail, emailConsent, consentSource, tags);
        }
    }

    record StageRequest(String stage) {
    }

    record ConsentRequest(String email, String source) {
    }

    record TagsRequest(List<String> tags) {
    }

    private final PeopleDirectory people;
    private final PersonReader reader;
    private final Tagging tagging;

    PeopleApi(PeopleDirectory people, PersonReader reader, Tagging tagging) {
        this.people = people;
        this.reader = reader;
        this.tagging = tagging;
    }

    @GetMapping
    @PreAuthorize("hasAuthority('contacts.read')")
    @Operation(summary = "List people; q searches names and emails; filter by tag, stage, owner, organisation; "
            + "sort by created (default), name or updated, with a leading - for descending")
    CursorPage<Person> list(@RequestParam(required = false) String q, @RequestParam(required = false) String tag,
            @RequestParam(required = false) String stage, @RequestParam(required = false) UUID owner,
            @RequestParam(required = false) UUID organisation, @RequestParam(required = false) String sort,
            @RequestParam(required = false) String cursor, @RequestParam(required = false) Integer limit) {
        return reader.list(new PersonReader.PeopleFilter(q, tag, stage, owner, organisation),
                KeysetSort.parse(sort, PersonReader.SORTS, "created"), cursor, CursorPage.limit(limit));
    }

    @GetMapping("/{id}")
    @PreAuthorize("hasAuthority('contacts.read')")
    ResponseEntity<Person> get(@PathVariable UUID id) {
        Person person = people.get(id);
        return Versions.ok(person, person.version());
    }

    @PostMapping
    @PreAuthorize("hasAuthority('contacts.write')")
    @Operation(summary = "Add a person; source (default direct) is kept for good; a taken email is 409")
    ResponseEntity<Person> create(@RequestBody PersonRequest request) {
        Person person = people.create(request.spec(), request.arrival());
        return ResponseEntity.created(URI.create("/api/v1/people/" + person.id())).eTag(Versions.etag(person.version())).body(person);
    }

    @PutMapping("/{id}")
    @PreAuthorize("hasAuthority('contacts.write')")
    @Operation(summary = "Replace a person's editable fields (not source, consent or tags); send If-Match")
    ResponseEntity<Person> update(@PathVariable UUID id, @RequestBody PersonRequest request,
            @RequestHeader(name = "If-Match", required = false) String ifMatch) {
        refuseArrivalFields(request);
        Person person = people.update(id, request.spec(), Versions.expected(ifMatch));
        return Versions.ok(person, person.version());
    }

    /** Source is kept from the first contact; consent and tags have their own endpoints. */
    private static void refuseArrivalFields(PersonRequest request) {
        List<FieldProblem> problems = new ArrayList<>();
        if (request.source() != null || request.sourceDetail() != null) {
            problems.add(new FieldProblem("source", request.source(), "is recorded at the first contact and never changes"));
        }
        if (request.emailConsent() != null || request.consentSource() != null) {
            problems.add(new FieldProblem("emailConsent", request.emailConsent(), "changes through POST /api/v1/people/{id}/consent"));
        }
        if (request.tags() != null) {
            problems.add(new FieldProblem("tags", String.valueOf(request.tags()), "change through /api/v1/people/{id}/tags"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
    }

    @PostMapping("/{id}/lifecycle")
    @PreAuthorize("hasAuthority('contacts.write')")
    ResponseEntity<Person> stage(@PathVariable UUID id, @RequestBody StageRequest request) {
        Person person = people.moveToStage(id, request.stage());
        return Versions.ok(person, person.version());
    }

    @PostMapping("/{id}/consent")
    @PreAuthorize("hasAuthority('contacts.write')")
    @Operation(summary = "Record email consent: opted_in or opted_out, with its source")
    ResponseEntity<Person> consent(@PathVariable UUID id, @RequestBody ConsentRequest request) {
        Person person = people.consent(id, request.email(), request.source());
        return Versions.ok(person, person.version());
    }

    @PostMapping("/{id}/tags")
    @PreAuthorize("hasAuthority('contacts.write')")
    ResponseEntity<Person> tag(@PathVariable UUID id, @RequestBody TagsRequest request) {
        Person person = people.tag(id, request.tags());
        return Versions.ok(person, person.version());
    }

    @DeleteMapping("/{id}/tags/{tag}")
    @PreAuthorize("hasAuthority('contacts.write')")
    ResponseEntity<Person> untag(@PathVariable UUID id, @PathVariable String tag) {
        tagging.untagPeople(tag, List.of(id));
        Person person = people.get(id);
        return Versions.ok(person, person.version());
    }
}
