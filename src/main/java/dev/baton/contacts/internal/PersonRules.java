package dev.baton.contacts.internal;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import dev.baton.contacts.Address;
import dev.baton.identity.Identity;
import dev.baton.platform.api.ConflictException;
import dev.baton.platform.api.FieldProblem;
import dev.baton.platform.api.InvalidInputException;

/** Checks a person as written and brings it to its stored form, naming every problem at once. */
@Component
class PersonRules {

    static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
    static final Set<String> PHONE_KINDS = Set.of("work", "mobile", "home", "other");
    static final Set<String> SOURCES = Set.of("search_engine", "ad", "social", "email", "referral", "event", "partner",
            "import", "direct", "other");
    static final Set<String> CONSENT = Set.of("unknown", "opted_in", "opted_out");

    /** A phone in its stored form. */
    record CheckedPhone(String typed, String e164, String kind) {
    }

    /** A person ready to store. */
    record Checked(String firstName, String lastName, String salutation, String pronouns, List<String> emails,
            List<CheckedPhone> phones, Address address, UUID owner, String lifecycleStage, Map<String, Object> custom,
            List<PersonSpec.EmploymentSpec> organisations) {
    }

    private final JdbcClient jdbc;
    private final PhoneNumbers phones;
    private final CustomValues customValues;
    private final LifecycleStages stages;
    private final Identity identity;

    PersonRules(JdbcClient jdbc, PhoneNumbers phones, CustomValues customValues, LifecycleStages stages, Identity identity) {
        this.jdbc = jdbc;
        this.phones = phones;
        this.customValues = customValues;
        this.stages = stages;
        this.identity = identity;
    }

    Checked check(PersonSpec spec, UUID self) {
        List<FieldProblem> problems = new ArrayList<>();
        List<String> emails = emails(spec.emails(), problems);
        if (blank(spec.firstName()) && blank(spec.lastName()) && emails.isEmpty()) {
            problems.add(new FieldProblem("lastName", null, "a person needs a name or an email address"));
        }
        List<CheckedPhone> checkedPhones = phones(spec.phones(), problems);
        if (spec.owner() != null && identity.user(spec.owner()).isEmpty()) {
            problems.add(new FieldProblem("owner", spec.owner().toString(), "is not a user"));
        }
        String stage = blank(spec.lifecycleStage()) ? null : spec.lifecycleStage();
        Map<String, Object> custom = Map.of();
        List<PersonSpec.EmploymentSpec> organisations = organisations(spec.organisations(), problems);
        try {
            if (stage != null) {
                stages.check("lifecycleStage", stage);
            }
        } catch (InvalidInputException e) {
            problems.addAll(e.problems());
        }
        try {
            custom = customValues.check("person", spec.custom());
        } catch (InvalidInputException e) {
            problems.addAll(e.problems());
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        refuseTakenEmails(emails, self);
        return new Checked(trim(spec.firstName()), trim(spec.lastName()), trimToNull(spec.salutation()),
                trimToNull(spec.pronouns()), emails, checkedPhones, spec.address() == null ? Address.NONE : spec.address(),
                spec.owner(), stage, custom, organisations);
    }

    void checkArrival(PersonSpec.Arrival arrival) {
        List<FieldProblem> problems = new ArrayList<>();
        if (arrival.source() != null && !SOURCES.contains(arrival.source())) {
            problems.add(new FieldProblem("source", arrival.source(), "must be one of " + String.join(", ", SOURCES.stream().sorted().toList())));
        }
        if (arrival.emailConsent() != null && !CONSENT.contains(arrival.emailConsent())) {
            problems.add(new FieldProblem("emailConsent", arrival.emailConsent(), "must be one of unknown, opted_in, opted_out"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
    }

    private static List<String> emails(List<String> given, List<FieldProblem> problems) {
        List<String> emails = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        List<String> list = given == null ? List.of() : given;
        for (int i = 0; i < list.size(); i++) {
            String email = list.get(i) == null ? "" : list.get(i).trim();
            if (!EMAIL.matcher(email).matches()) {
                problems.add(new FieldProblem("emails[" + i + "]", list.get(i), "must be an email address like name@example.com"));
            } else if (!seen.add(email.toLowerCase(Locale.ROOT))) {
                problems.add(new FieldProblem("emails[" + i + "]", email, "is listed twice"));
            } else {
                emails.add(email);
            }
        }
        return emails;
    }

    private List<CheckedPhone> phones(List<PersonSpec.PhoneSpec> given, List<FieldProblem> problems) {
        List<CheckedPhone> checked = new ArrayList<>();
        List<PersonSpec.PhoneSpec> list = given == null ? List.of() : given;
        for (int i = 0; i < list.size(); i++) {
            PersonSpec.PhoneSpec phone = list.get(i);
            String kind = phone.kind() == null ? "work" : phone.kind();
            if (!PHONE_KINDS.contains(kind)) {
                problems.add(new FieldProblem("phones[" + i + "].kind", kind, "must be one of work, mobile, home, other"));
                continue;
            }
            try {
                checked.add(new CheckedPhone(phone.number().trim(), phones.normalise("phones[" + i + "].number", phone.number()), kind));
            } catch (InvalidInputException e) {
                problems.addAll(e.problems());
            }
        }
        return checked;
    }

    private List<PersonSpec.EmploymentSpec> organisations(List<PersonSpec.EmploymentSpec> given, List<FieldProblem> problems) {
        List<PersonSpec.EmploymentSpec> list = given == null ? List.of() : given;
        long primaries = list.stream().filter(e -> Boolean.TRUE.equals(e.primary())).count();
        if (primaries > 1) {
            problems.add(new FieldProblem("organisations", null, "at most one organisation can be primary"));
        }
        List<PersonSpec.EmploymentSpec> result = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            PersonSpec.EmploymentSpec e = list.get(i);
            boolean exists = e.organisation() != null && jdbc.sql("select count(*) from organisations where id = :id")
                    .param("id", e.organisation()).query(Long.class).single() > 0;
            if (!exists) {
                problems.add(new FieldProblem("organisations[" + i + "].organisation", String.valueOf(e.organisation()), "is not an organisation"));
            }
            boolean primary = primaries == 0 ? i == 0 : Boolean.TRUE.equals(e.primary());
            result.add(new PersonSpec.EmploymentSpec(e.organisation(), trimToNull(e.title()), primary));
        }
        return result;
    }

    private void refuseTakenEmails(List<String> emails, UUID self) {
        if (emails.isEmpty()) {
            return;
        }
        List<String> taken = jdbc.sql("""
                select address from person_emails where lower(address) = any(:emails)
                and (cast(:self as uuid) is null or person_id <> :self)""")
                .param("emails", emails.stream().map(e -> e.toLowerCase(Locale.ROOT)).toArray(String[]::new))
                .param("self", self).query(String.class).list();
        if (!taken.isEmpty()) {
            throw new ConflictException("The email address " + taken.get(0) + " already belongs to another person.");
        }
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    private static String trim(String value) {
        return value == null ? "" : value.trim();
    }

    private static String trimToNull(String value) {
        return blank(value) ? null : value.trim();
    }
}
