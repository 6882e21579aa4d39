package dev.baton.contacts.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import tools.jackson.databind.ObjectMapper;

import dev.baton.contacts.ConsentChanged;
import dev.baton.contacts.LifecycleStageChanged;
import dev.baton.contacts.Person;
import dev.baton.contacts.PersonChanged;
import dev.baton.contacts.PersonCreated;
import dev.baton.platform.Ids;
import dev.baton.platform.api.InvalidInputException;
import dev.baton.platform.api.NotFoundException;
import dev.baton.platform.api.StaleVersionException;
import dev.baton.platform.api.Versions;
import dev.baton.platform.audit.AuditTrail;

/** Adds and changes people; every change is audited and published with its before and after. */
@Service
public class PeopleDirectory {

    private final JdbcClient jdbc;
    private final PersonReader reader;
    private final PersonRules rules;
    private final LifecycleStages stages;
    private final Tagging tagging;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final ObjectMapper json;
    private final Clock clock;

    PeopleDirectory(JdbcClient jdbc, PersonReader reader, PersonRules rules, LifecycleStages stages, Tagging tagging,
            AuditTrail audit, ApplicationEventPublisher events, ObjectMapper json, Clock clock) {
        this.jdbc = jdbc;
        this.reader = reader;
        this.rules = rules;
        this.stages = stages;
        this.tagging = tagging;
        this.audit = audit;
        this.events = events;
        this.json = json;
        this.clock = clock;
    }

    public Person get(UUID id) {
        return reader.find(id).orElseThrow(() -> new NotFoundException("person", id));
    }

    @Transactional
    public Person create(PersonSpec spec, PersonSpec.Arrival arrival) {
        PersonRules.Checked person = rules.check(spec, null);
        rules.checkArrival(arrival);
        List<String> tags = arrival.tags() == null ? List.of() : arrival.tags().stream().map(Tagging::checkName).toList();
        UUID id = Ids.next(clock);
        Instant now = clock.instant();
        String stage = person.lifecycleStage() == null ? stages.first() : person.lifecycleStage();
        String source = arrival.source() == null ? "direct" : arrival.source();
        jdbc.sql("""
                insert into people (id, first_name, last_name, salutation, pronouns, address, owner_id, lifecycle_stage,
                    lifecycle_changed_at, source, source_detail, source_at, custom, created_at, updated_at)
                values (:id, :first, :last, :salutation, :pronouns, cast(:address as jsonb), :owner, :stage, :at,
                    :source, :sourceDetail, :at, cast(:custom as jsonb), :at, :at)""")
                .param("id", id).param("first", person.firstName()).param("last", person.lastName())
                .param("salutation", person.salutation()).param("pronouns", person.pronouns())
                .param("address", json.writeValueAsString(person.address())).param("owner", person.owner())
                .param("stage", stage).param("source", source).param("sourceDetail", arrival.sourceDetail())
                .param("custom", json.writeValueAsString(person.custom())).param("at", Timestamp.from(now))
                .update();
        writeContactDetails(id, person);
        recordStage(id, null, stage, now);
        if (arrival.emailConsent() != null && !"unknown".equals(arrival.emailConsent())) {
            recordConsent(id, arrival.emailConsent(), arrival.consentSource() == null ? source : arrival.consentSource(), now);
        }
        for (String tag : tags) {
            tagging.tagPeople(tag, List.of(id));
        }
        Person created = get(id);
        audit.record("person.created", "person", id, Map.of("name", created.displayName(), "source", source));
        events.publishEvent(new PersonCreated(id, source, now));
        return created;
    }

    @Transactional
    public Person update(UUID id, PersonSpec spec, Long expectedVersion) {
        Person before = get(id);
        PersonRules.Checked person = rules.check(spec, id);
        Versions.check("person " + id, expectedVersion, before.version());
        Instant now = clock.instant();
        String stage = person.lifecycleStage() == null ? before.lifecycleStage() : person.lifecycleStage();
        int updated = jdbc.sql("""
                update people set first_name = :first, last_name = :last, salutation = :salutation, pronouns = :pronouns,
                    address = cast(:address as jsonb), owner_id = :owner, custom = cast(:custom as jsonb),
                    updated_at = :at, version = version + 1
                where id = :id and version = :version""")
                .param("first", person.firstName()).param("last", person.lastName())
                .param("salutation", person.salutation()).param("pronouns", person.pronouns())
                .param("address", json.writeValueAsString(person.address())).param("owner", person.owner())
                .param("custom", json.writeValueAsString(person.custom())).param("at", Timestamp.from(now))
                .param("id", id).param("version", before.version()).update();
        if (updated == 0) {
            throw new StaleVersionException("person " + id, get(id).version());
        }
        jdbc.sql("delete from person_emails where person_id = :id").param("id", id).update();
        jdbc.sql("delete from person_phones where person_id = :id").param("id", id).update();
        jdbc.sql("delete from employments where person_id = :id").param("id", id).update();
        writeContactDetails(id, person);
        if (!stage.equals(before.lifecycleStage())) {
            changeStage(id, before.lifecycleStage(), stage, now);
        }
        return published(before, get(id), now);
    }

    /** Applies tags to one person, all or none. */
    @Transactional
    public Person tag(UUID id, List<String> tags) {
        get(id);
        List<String> names = (tags == null ? List.<String>of() : tags).stream().map(Tagging::checkName).toList();
        names.forEach(t -> tagging.tagPeople(t, List.of(id)));
        return get(id);
    }

    /** The person with this email address (any letter case), if any. */
    public Optional<UUID> idByEmail(String email) {
        return jdbc.sql("select person_id from person_emails where lower(address) = lower(:email)").param("email", email.trim())
                .query(UUID.class).optional();
    }

    /** Gives people an owner (who has none or another); each change is audited and on their timeline. */
    @Transactional
    public void assignOwner(UUID id, UUID owner) {
        Person before = get(id);
        if (owner.equals(before.owner())) {
            return;
        }
        Instant now = clock.instant();
        jdbc.sql("update people set owner_id = :owner, version = version + 1, updated_at = :at where id = :id")
                .param("owner", owner).param("at", Timestamp.from(now)).param("id", id).update();
        published(before, get(id), now);
    }

    /** Moves a person to another lifecycle stage; recorded with its time. */
    @Transactional
    public Person moveToStage(UUID id, String stage) {
        Person before = get(id);
        stages.check("stage", stage);
        if (stage.equals(before.lifecycleStage())) {
            return before;
        }
        Instant now = clock.instant();
        changeStage(id, before.lifecycleStage(), stage, now);
        jdbc.sql("update people set version = version + 1, updated_at = :at where id = :id")
                .param("at", Timestamp.from(now)).param("id", id).update();
        return published(before, get(id), now);
    }

    /** Records an email opt-in or opt-out with its source (a form, an unsubscribe link, a call). */
    @Transactional
    public Person consent(UUID id, String status, String source) {
        get(id);
        if (!PersonRules.CONSENT.contains(String.valueOf(status))) {
            throw new InvalidInputException("email", status, "must be one of unknown, opted_in, opted_out");
        }
        if (source == null || source.isBlank()) {
            throw new InvalidInputException("source", source, "must say how the consent was given, e.g. \"web form\"");
        }
        Instant now = clock.instant();
        recordConsent(id, status, source.trim(), now);
        jdbc.sql("update people set version = version + 1, updated_at = :at where id = :id")
                .param("at", Timestamp.from(now)).param("id", id).update();
        return get(id);
    }

    private Person published(Person before, Person after, Instant now) {
        Map<String, List<Object>> changes = Changes.between(before, after);
        if (!changes.isEmpty()) {
            audit.record("person.changed", "person", after.id(), changes);
        }
        // a stage change has its own event (LifecycleStageChanged); the others travel together
        Map<String, List<Object>> fields = new java.util.LinkedHashMap<>(changes);
        fields.remove("lifecycleStage");
        if (!fields.isEmpty()) {
            events.publishEvent(new PersonChanged(after.id(), fields, actor(), now));
        }
        return after;
    }

    private void changeStage(UUID id, String from, String to, Instant now) {
        jdbc.sql("update people set lifecycle_stage = :stage, lifecycle_changed_at = :at where id = :id")
                .param("stage", to).param("at", Timestamp.from(now)).param("id", id).update();
        recordStage(id, from, to, now);
    }

    private void recordStage(UUID id, String from, String to, Instant now) {
        jdbc.sql("insert into lifecycle_changes (person_id, from_stage, to_stage, at, by_actor) values (:id, :from, :to, :at, :by)")
                .param("id", id).param("from", from).param("to", to).param("at", Timestamp.from(now)).param("by", actor()).update();
        events.publishEvent(new LifecycleStageChanged(id, from, to, actor(), now));
    }

    private void recordConsent(UUID id, String status, String source, Instant now) {
        jdbc.sql("update people set email_consent = :status, consent_at = :at, consent_source = :source where id = :id")
                .param("status", status).param("at", Timestamp.from(now)).param("source", source).param("id", id).update();
        jdbc.sql("""
                insert into consent_changes (person_id, channel, status, source, at, by_actor)
                values (:id, 'email', :status, :source, :at, :by)""")
                .param("id", id).param("status", status).param("source", source).param("at", Timestamp.from(now))
                .param("by", actor()).update();
        events.publishEvent(new ConsentChanged(id, "email", status, source, actor(), now));
    }

    private void writeContactDetails(UUID id, PersonRules.Checked person) {
        for (int i = 0; i < person.emails().size(); i++) {
            jdbc.sql("insert into person_emails (person_id, address, position) values (:id, :address, :position)")
                    .param("id", id).param("address", person.emails().get(i)).param("position", i).update();
        }
        for (int i = 0; i < person.phones().size(); i++) {
            PersonRules.CheckedPhone phone = person.phones().get(i);
            jdbc.sql("insert into person_phones (person_id, position, typed, e164, kind) values (:id, :position, :typed, :e164, :kind)")
                    .param("id", id).param("position", i).param("typed", phone.typed()).param("e164", phone.e164())
                    .param("kind", phone.kind()).update();
        }
        for (PersonSpec.EmploymentSpec e : person.organisations()) {
            jdbc.sql("""
                    insert into employments (person_id, organisation_id, title, is_primary) values (:id, :org, :title, :primary)
                    on conflict (person_id, organisation_id) do update set title = excluded.title""")
                    .param("id", id).param("org", e.organisation()).param("title", e.title())
                    .param("primary", Boolean.TRUE.equals(e.primary())).update();
        }
    }

    private static String actor() {
        var auth = org.springframework.security.core.context.SecurityContextHolder.getContext().getAuthentication();
        return auth == null ? "system" : auth.getName();
    }
}
