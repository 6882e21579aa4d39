package dev.baton.contacts.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import tools.jackson.databind.ObjectMapper;

import dev.baton.contacts.Address;
import dev.baton.contacts.CustomField;
import dev.baton.contacts.LifecycleStage;
import dev.baton.identity.Identity;
import dev.baton.platform.Ids;
import dev.baton.platform.api.FieldProblem;
import dev.baton.platform.api.InvalidInputException;
import dev.baton.platform.audit.AuditTrail;
import dev.baton.platform.db.CopyWriter;

/**
 * The bulk path for people: every row is checked first (problems named as rows[i].field), then
 * all rows are written with COPY in the caller's transaction. All or nothing.
 */
@Service
public class PeopleImport {

    /** One person to import; {@code firstSeen} backdates the record (null: now). */
    public record Row(PersonSpec person, PersonSpec.Arrival arrival, Instant firstSeen) {
    }

    private final JdbcClient jdbc;
    private final CopyWriter copy;
    private final PhoneNumbers phones;
    private final CustomValues customValues;
    private final CustomFieldDirectory fields;
    private final LifecycleStages stages;
    private final Tagging tagging;
    private final Identity identity;
    private final AuditTrail audit;
    private final ObjectMapper json;
    private final Clock clock;

    PeopleImport(JdbcClient jdbc, CopyWriter copy, PhoneNumbers phones, CustomValues customValues, CustomFieldDirectory fields,
            LifecycleStages stages, Tagging tagging, Identity identity, AuditTrail audit, ObjectMapper json, Clock clock) {
        this.jdbc = jdbc;
        this.copy = copy;
        this.phones = phones;
        this.customValues = customValues;
        this.fields = fields;
        this.stages = stages;
        this.tagging = tagging;
        this.identity = identity;
        this.audit = audit;
        this.json = json;
        this.clock = clock;
    }

    /** Imports the rows; returns the new people's ids in row order. */
    @Transactional
    public List<UUID> importPeople(List<Row> rows) {
        Context context = new Context(fields.of("person"), stages.all().stream().map(LifecycleStage::key).toList(),
                existingOrganisations(rows), knownOwners(rows), stages.first());
        List<FieldProblem> problems = new ArrayList<>();
        List<Checked> checked = new ArrayList<>();
        Set<String> emailsInFile = new HashSet<>();
        for (int i = 0; i < rows.size(); i++) {
            checked.add(check(rows.get(i), "rows[" + i + "].", context, emailsInFile, problems));
        }
        refuseTakenEmails(emailsInFile, problems);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems.size() > 100 ? problems.subList(0, 100) : problems);
        }
        write(checked);
        audit.record("people.imported", "person", "bulk", Map.of("people", checked.size()));
        return checked.stream().map(Checked::id).toList();
    }

    private record Context(List<CustomField> definitions, List<String> stages, Set<UUID> organisations, Set<UUID> owners,
            String firstStage) {
    }

    private record Checked(UUID id, PersonSpec spec, PersonSpec.Arrival arrival, String stage, List<String> emails,
            List<PersonRules.CheckedPhone> phones, Map<String, Object> custom, Instant at) {
    }

    private Checked check(Row row, String prefix, Context context, Set<String> emailsInFile, List<FieldProblem> problems) {
        PersonSpec spec = row.person();
        List<FieldProblem> found = new ArrayList<>();
        List<String> emails = new ArrayList<>();
        List<String> given = spec.emails() == null ? List.of() : spec.emails();
        for (int i = 0; i < given.size(); i++) {
            String email = given.get(i) == null ? "" : given.get(i).trim();
            if (!PersonRules.EMAIL.matcher(email).matches()) {
                found.add(new FieldProblem("emails[" + i + "]", given.get(i), "must be an email address like name@example.com"));
            } else if (!emailsInFile.add(email.toLowerCase(Locale.ROOT))) {
                found.add(new FieldProblem("emails[" + i + "]", email, "appears twice in this import"));
            } else {
                emails.add(email);
            }
        }
        if (blank(spec.firstName()) && blank(spec.lastName()) && emails.isEmpty()) {
            found.add(new FieldProblem("lastName", null, "a person needs a name or an email address"));
        }
        List<PersonRules.CheckedPhone> checkedPhones = new ArrayList<>();
        List<PersonSpec.PhoneSpec> phoneSpecs = spec.phones() == null ? List.of() : spec.phones();
        for (int i = 0; i < phoneSpecs.size(); i++) {
            try {
                String kind = phoneSpecs.get(i).kind() == null ? "work" : phoneSpecs.get(i).kind();
                checkedPhones.add(new PersonRules.CheckedPhone(phoneSpecs.get(i).number().trim(),
                        phones.normalise("phones[" + i + "].number", phoneSpecs.get(i).number()), kind));
            } catch (InvalidInputException e) {
                found.addAll(e.problems());
            }
        }
        String stage = blank(spec.lifecycleStage()) ? context.firstStage() : spec.lifecycleStage();
        if (!context.stages().contains(stage)) {
            found.add(new FieldProblem("lifecycleStage", stage, "is not a lifecycle stage"));
        }
        String source = row.arrival().source() == null ? "import" : row.arrival().source();
        if (!PersonRules.SOURCES.contains(source)) {
            found.add(new FieldProblem("source", source, "is not a source"));
        }
        for (PersonSpec.EmploymentSpec e : spec.organisations() == null ? List.<PersonSpec.EmploymentSpec>of() : spec.organisations()) {
            if (!context.organisations().contains(e.organisation())) {
                found.add(new FieldProblem("organisations", String.valueOf(e.organisation()), "is not an organisation"));
            }
        }
        if (spec.owner() != null && !context.owners().contains(spec.owner())) {
            found.add(new FieldProblem("owner", spec.owner().toString(), "is not a user"));
        }
        Map<String, Object> custom = Map.of();
        try {
            custom = customValues.check("person", context.definitions(), spec.custom());
        } catch (InvalidInputException e) {
            found.addAll(e.problems());
        }
        found.forEach(p -> problems.add(new FieldProblem(prefix + p.field(), p.value(), p.message())));
        Instant at = row.firstSeen() == null ? clock.instant() : row.firstSeen();
        return new Checked(Ids.next(clock), spec, new PersonSpec.Arrival(source, row.arrival().sourceDetail(),
                row.arrival().emailConsent(), row.arrival().consentSource(), row.arrival().tags()), stage, emails,
                checkedPhones, custom, at);
    }

    private Set<UUID> existingOrganisations(List<Row> rows) {
        Set<UUID> wanted = new HashSet<>();
        rows.forEach(r -> (r.person().organisations() == null ? List.<PersonSpec.EmploymentSpec>of() : r.person().organisations())
                .forEach(e -> wanted.add(e.organisation())));
        wanted.remove(null);
        return wanted.isEmpty() ? Set.of() : new HashSet<>(jdbc.sql("select id from organisations where id = any(:ids)")
                .param("ids", wanted.toArray(UUID[]::new)).query(UUID.class).list());
    }

    private Set<UUID> knownOwners(List<Row> rows) {
        Set<UUID> known = new HashSet<>();
        rows.stream().map(r -> r.person().owner()).filter(java.util.Objects::nonNull).distinct()
                .filter(owner -> identity.user(owner).isPresent()).forEach(known::add);
        return known;
    }

    private void refuseTakenEmails(Set<String> emails, List<FieldProblem> problems) {
        if (emails.isEmpty()) {
            return;
        }
        jdbc.sql("select address from person_emails where lower(address) = any(:emails) limit 20")
                .param("emails", emails.toArray(String[]::new)).query(String.class).list()
                .forEach(a -> problems.add(new FieldProblem("emails", a, "already belongs to a person in Baton")));
    }

    private void write(List<Checked> people) {
        String actor = "import";
        List<Object[]> persons = new ArrayList<>();
        List<Object[]> emails = new ArrayList<>();
        List<Object[]> phoneRows = new ArrayList<>();
        List<Object[]> employments = new ArrayList<>();
        List<Object[]> stageRows = new ArrayList<>();
        List<Object[]> consentRows = new ArrayList<>();
        Map<String, List<UUID>> tags = new HashMap<>();
        for (Checked p : people) {
            PersonSpec s = p.spec();
            PersonSpec.Arrival a = p.arrival();
            boolean consent = a.emailConsent() != null && !"unknown".equals(a.emailConsent());
            persons.add(new Object[] {p.id(), trim(s.firstName()), trim(s.lastName()), s.salutation(), s.pronouns(),
                    json.writeValueAsString(s.address() == null ? Address.NONE : s.address()), s.owner(), p.stage(), p.at(),
                    a.source(), a.sourceDetail(), p.at(), consent ? a.emailConsent() : "unknown", consent ? p.at() : null,
                    consent ? (a.consentSource() == null ? a.source() : a.consentSource()) : null,
                    json.writeValueAsString(p.custom()), p.at(), p.at()});
            for (int i = 0; i < p.emails().size(); i++) {
                emails.add(new Object[] {p.id(), p.emails().get(i), i});
            }
            for (int i = 0; i < p.phones().size(); i++) {
                PersonRules.CheckedPhone phone = p.phones().get(i);
                phoneRows.add(new Object[] {p.id(), i, phone.typed(), phone.e164(), phone.kind()});
            }
            List<PersonSpec.EmploymentSpec> jobs = s.organisations() == null ? List.of() : s.organisations();
            for (int i = 0; i < jobs.size(); i++) {
                employments.add(new Object[] {p.id(), jobs.get(i).organisation(), jobs.get(i).title(), i == 0});
            }
            stageRows.add(new Object[] {p.id(), null, p.stage(), p.at(), actor});
            if (consent) {
                consentRows.add(new Object[] {p.id(), "email", a.emailConsent(), a.consentSource() == null ? a.source() : a.consentSource(), p.at(), actor});
            }
            (a.tags() == null ? List.<String>of() : a.tags()).forEach(t -> tags.computeIfAbsent(Tagging.checkName(t), k -> new ArrayList<>()).add(p.id()));
        }
        copy.copy("people", List.of("id", "first_name", "last_name", "salutation", "pronouns", "address", "owner_id",
                "lifecycle_stage", "lifecycle_changed_at", "source", "source_detail", "source_at", "email_consent", "consent_at",
                "consent_source", "custom", "created_at", "updated_at"), persons);
        copy.copy("person_emails", List.of("person_id", "address", "position"), emails);
        copy.copy("person_phones", List.of("person_id", "position", "typed", "e164", "kind"), phoneRows);
        copy.copy("employments", List.of("person_id", "organisation_id", "title", "is_primary"), employments);
        copy.copy("lifecycle_changes", List.of("person_id", "from_stage", "to_stage", "at", "by_actor"), stageRows);
        copy.copy("consent_changes", List.of("person_id", "channel", "status", "source", "at", "by_actor"), consentRows);
        Instant now = clock.instant();
        tags.forEach((tag, ids) -> {
            long tagId = tagging.ensure(tag);
            copy.copy("person_tags", List.of("tag_id", "person_id", "tagged_at"),
                    ids.stream().map(id -> new Object[] {tagId, id, now}).toList());
        });
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    private static String trim(String value) {
        return value == null ? "" : value.trim();
    }
}
