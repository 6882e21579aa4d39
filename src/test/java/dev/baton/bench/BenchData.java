package dev.baton.bench;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

import org.springframework.context.ConfigurableApplicationContext;

import dev.baton.activities.ActivityType;
import dev.baton.activities.NewActivity;
import dev.baton.activities.internal.TimelineStore;
import dev.baton.contacts.Address;
import dev.baton.contacts.internal.CustomFieldDirectory;
import dev.baton.contacts.internal.OrganisationDirectory;
import dev.baton.contacts.internal.OrganisationImport;
import dev.baton.contacts.internal.PeopleImport;
import dev.baton.contacts.internal.PersonSpec;
import dev.baton.platform.db.CopyWriter;

/** Generates the benchmark's rows from fixed seeds, in chunks, so memory stays flat at any scale. */
final class BenchData {

    static final int HEAVY = 1_000;
    private static final String[] FIRST = {"Anna", "Ben", "Chloe", "David", "Emma", "Felix", "Grace", "Hugo", "Ines", "Jonas",
            "Kara", "Liam", "Mia", "Noah", "Olga", "Paul", "Quinn", "Rosa", "Sven", "Tara"};
    private static final String[] LAST = {"Smith", "Jones", "Müller", "Dubois", "Rossi", "Garcia", "Nowak", "Jansen", "Svensson",
            "Patel", "Kim", "Okafor", "Brown", "Wilson", "Schmidt", "Moreau", "Bianchi", "Lopez", "Hansen", "Tanaka"};
    private static final String[] STAGES = {"subscriber", "lead", "lead", "mql", "sql", "opportunity", "customer", "dead"};
    private static final String[] TIERS = {"gold", "silver", "bronze", "silver", "bronze"};

    private final int people;
    private final int organisations;
    private final long activities;
    private final Instant now = Instant.now();
    private List<UUID> personIds = List.of();

    BenchData(ConfigurableApplicationContext baton, int people, int organisations, long activities) {
        this.people = people;
        this.organisations = organisations;
        this.activities = activities;
    }

    /** The custom field the generated people carry. */
    static void defineFields(ConfigurableApplicationContext baton) {
        baton.getBean(CustomFieldDirectory.class).create(new CustomFieldDirectory.FieldSpec("person", "tier", "Tier", "select", false,
                null, List.of("gold", "silver", "bronze")));
    }

    List<UUID> loadOrganisations(OrganisationImport importer) {
        List<UUID> ids = new ArrayList<>(organisations);
        for (int from = 0; from < organisations; from += 20_000) {
            List<OrganisationImport.Row> rows = new ArrayList<>();
            for (int i = from; i < Math.min(organisations, from + 20_000); i++) {
                rows.add(new OrganisationImport.Row(new OrganisationDirectory.OrganisationSpec("Bench Company " + i,
                        i % 3 == 0 ? "customer" : "prospect", "org" + i + ".bench.example", null,
                        new Address(null, "City " + (i % 500), null, null, "US"), null, Map.of()), now.minus(Duration.ofDays(i % 900))));
            }
            ids.addAll(importer.importOrganisations(rows, List.of()));
        }
        return ids;
    }

    List<UUID> loadPeople(PeopleImport importer, List<UUID> organisationIds) {
        List<UUID> ids = new ArrayList<>(people);
        for (int from = 0; from < people; from += 50_000) {
            List<PeopleImport.Row> rows = new ArrayList<>();
            for (int i = from; i < Math.min(people, from + 50_000); i++) {
                rows.add(person(i, organisationIds));
            }
            ids.addAll(importer.importPeople(rows));
            System.out.println("[bench] people loaded: " + ids.size());
        }
        personIds = ids;
        return ids;
    }

    private PeopleImport.Row person(int i, List<UUID> organisationIds) {
        int org = i % organisationIds.size();
        List<PersonSpec.PhoneSpec> phones = i % 2 == 0 ? List.of(new PersonSpec.PhoneSpec(phone(i), "work")) : List.of();
        return new PeopleImport.Row(new PersonSpec(FIRST[i % FIRST.length], LAST[(i / FIRST.length) % LAST.length] + " " + i, null, null,
                List.of(email(i, org)), phones, new Address(null, "City " + (org % 500), null, null, "US"), null, STAGES[i % STAGES.length],
                Map.of("tier", TIERS[i % TIERS.length]), List.of(new PersonSpec.EmploymentSpec(organisationIds.get(org), "Engineer", true))),
                new PersonSpec.Arrival(i % 4 == 0 ? "search_engine" : "import", null, i % 3 == 0 ? "opted_in" : null, null,
                        i % 10 == 0 ? List.of("bench-vip") : List.of()),
                now.minus(Duration.ofDays(i % 700)));
    }

    /** The same people's rows written with nothing but COPY into copies of the tables: the baseline. */
    void copyRawPeople(CopyWriter copy, List<UUID> organisationIds) {
        for (int from = 0; from < people; from += 50_000) {
            List<Object[]> persons = new ArrayList<>();
            List<Object[]> emails = new ArrayList<>();
            List<Object[]> phones = new ArrayList<>();
            List<Object[]> jobs = new ArrayList<>();
            for (int i = from; i < Math.min(people, from + 50_000); i++) {
                UUID id = UUID.randomUUID();
                int org = i % organisationIds.size();
                Instant at = now.minus(Duration.ofDays(i % 700));
                persons.add(new Object[] {id, FIRST[i % FIRST.length], LAST[(i / FIRST.length) % LAST.length] + " " + i,
                        "{\"city\": \"City " + (org % 500) + "\", \"country\": \"US\"}", STAGES[i % STAGES.length], at,
                        i % 4 == 0 ? "search_engine" : "import", at, "{\"tier\": \"" + TIERS[i % TIERS.length] + "\"}", at, at});
                emails.add(new Object[] {id, "raw-" + email(i, org), 0});
                if (i % 2 == 0) {
                    phones.add(new Object[] {id, 0, phone(i), phone(i).replace(" ", ""), "work"});
                }
                jobs.add(new Object[] {id, organisationIds.get(org), "Engineer", true});
            }
            copy.copy("raw_people", List.of("id", "first_name", "last_name", "address", "lifecycle_stage", "lifecycle_changed_at",
                    "source", "source_at", "custom", "created_at", "updated_at"), persons);
            copy.copy("raw_person_emails", List.of("person_id", "address", "position"), emails);
            copy.copy("raw_person_phones", List.of("person_id", "position", "typed", "e164", "kind"), phones);
            copy.copy("raw_employments", List.of("person_id", "organisation_id", "title", "is_primary"), jobs);
        }
    }

    /** The first 1,000 people get 1,000 to 1,499 entries each; the rest are spread at random. */
    long loadTimeline(TimelineStore timeline, List<UUID> ids) {
        Random random = new Random(42);
        long written = 0;
        List<NewActivity> chunk = new ArrayList<>(250_000);
        int heavy = Math.min(HEAVY, ids.size());
        for (int p = 0; p < heavy && written + chunk.size() < activities; p++) {
            int count = 1_000 + random.nextInt(500);
            for (int k = 0; k < count; k++) {
                chunk.add(entry(random, ids.get(p)));
                written += flushIfFull(timeline, chunk);
            }
        }
        while (written + chunk.size() < activities) {
            chunk.add(entry(random, ids.get(random.nextInt(ids.size()))));
            written += flushIfFull(timeline, chunk);
        }
        written += timeline.importAll(chunk);
        return written;
    }

    private static long flushIfFull(TimelineStore timeline, List<NewActivity> chunk) {
        if (chunk.size() < 250_000) {
            return 0;
        }
        long n = timeline.importAll(chunk);
        chunk.clear();
        System.out.println("[bench] timeline entries written: +" + n);
        return n;
    }

    private NewActivity entry(Random random, UUID person) {
        Instant at = now.minusSeconds((long) (random.nextDouble() * 730 * 86_400));
        int kind = random.nextInt(100);
        if (kind < 40) {
            boolean clicked = random.nextInt(100) < 15;
            return new NewActivity(ActivityType.EMAIL, person, null, at, "Email: product news", null,
                    Map.of("opened", clicked || random.nextBoolean(), "clicked", clicked), "bench");
        }
        if (kind < 70) {
            return new NewActivity(ActivityType.WEB_VISIT, person, null, at, "Visited /pricing", null, Map.of("source", "google"), "bench");
        }
        ActivityType type = kind < 85 ? ActivityType.CALL : kind < 90 ? ActivityType.MEETING : kind < 95 ? ActivityType.NOTE : ActivityType.FORM;
        return new NewActivity(type, person, null, at, type.code() + " entry", null, Map.of(), "bench");
    }

    List<UUID> heavyPeople() {
        return personIds.subList(0, Math.min(HEAVY, personIds.size()));
    }

    List<UUID> sample(int size, long seed) {
        List<UUID> copy = new ArrayList<>(personIds);
        Collections.shuffle(copy, new Random(seed));
        return copy.subList(0, Math.min(size, copy.size()));
    }

    private static String email(int i, int org) {
        return "p" + i + "@org" + org + ".bench.example";
    }

    private static String phone(int i) {
        return String.format("+1 212 555 %04d", i % 10_000);
    }
}
