package dev.baton.contacts.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;

import org.springframework.stereotype.Component;

import dev.baton.contacts.Address;
import dev.baton.identity.Identity;
import dev.baton.identity.User;
import dev.baton.platform.api.InvalidInputException;
import dev.baton.platform.demo.DemoData;

/**
 * Arcadia Storage's market: 800 organisations (customers, prospects, 40 channel partners, 15
 * systems integrators, 10 suppliers) and 5,000 people, generated from a fixed seed so every
 * demo workspace is the same — with the near-duplicates a careful eye should catch.
 */
@Component
class ContactsDemoData implements DemoData {

    static final long SEED = 2026_11_22L;
    static final int ORGANISATIONS = 800;
    static final int PEOPLE = 5_000;

    private final OrganisationImport organisations;
    private final PeopleImport people;
    private final CustomFieldDirectory fields;
    private final PhoneNumbers phones;
    private final Identity identity;
    private final Clock clock;

    ContactsDemoData(OrganisationImport organisations, PeopleImport people, CustomFieldDirectory fields, PhoneNumbers phones,
            Identity identity, Clock clock) {
        this.organisations = organisations;
        this.people = people;
        this.fields = fields;
        this.phones = phones;
        this.identity = identity;
        this.clock = clock;
    }

    @Override
    public int order() {
        return 20;
    }

    @Override
    public void load() {
        fields.create(new CustomFieldDirectory.FieldSpec("organisation", "industry", "Industry", "select", false, null, ArcadiaNames.INDUSTRIES));
        fields.create(new CustomFieldDirectory.FieldSpec("organisation", "employees", "Employees", "number", false, null, null));
        fields.create(new CustomFieldDirectory.FieldSpec("person", "interest", "Interested in", "multiselect", false, null, ArcadiaNames.INTERESTS));
        Random random = new Random(SEED);
        Instant now = clock.instant();
        List<UUID> sellers = staff("hannah", "daniel", "victor");
        List<UUID> developers = staff("sofia", "liam");
        List<UUID> channel = staff("nadia", "victor");
        List<Org> orgs = organisations(random, now, sellers, channel);
        people.importPeople(people(random, now, orgs, sellers, developers));
    }

    private record Org(UUID id, String name, String type, String domain, ArcadiaNames.City city, Instant since) {
    }

    private List<Org> organisations(Random random, Instant now, List<UUID> sellers, List<UUID> channel) {
        List<OrganisationImport.Row> rows = new ArrayList<>();
        List<String[]> meta = new ArrayList<>();
        List<ArcadiaNames.City> cities = new ArrayList<>();
        Set<String> names = new HashSet<>();
        for (int i = 0; i < ORGANISATIONS; i++) {
            String type = i < 10 ? "supplier" : i < 25 ? "systems_integrator" : i < 65 ? "channel_partner"
                    : random.nextInt(100) < 40 ? "customer" : "prospect";
            String name;
            do {
                name = pick(random, ArcadiaNames.COMPANY_FIRST) + " " + pick(random, ArcadiaNames.COMPANY_SECOND) + " "
                        + pick(random, ArcadiaNames.SUFFIX);
            } while (!names.add(name));
            ArcadiaNames.City city = pick(random, ArcadiaNames.CITIES);
            String letters = name.toLowerCase(Locale.ROOT).replaceAll("[^a-z]+", "");
            String domain = letters.substring(0, Math.min(18, letters.length()))
                    + "." + (city.country().equals("US") ? "com" : city.country().toLowerCase(Locale.ROOT));
            UUID owner = type.equals("channel_partner") || type.equals("systems_integrator") ? pick(random, channel) : pick(random, sellers);
            Instant since = now.minus(Duration.ofDays(30 + random.nextInt(700)));
            rows.add(new OrganisationImport.Row(new OrganisationDirectory.OrganisationSpec(name, type, domain, phone(random, city),
                    new Address(random.nextInt(200) + 1 + " " + pick(random, ArcadiaNames.LAST) + " Street", city.name(), null, null,
                            city.country()), owner,
                    Map.of("industry", pick(random, ArcadiaNames.INDUSTRIES), "employees", 20 + random.nextInt(20_000))), since));
            meta.add(new String[] {name, type, domain});
            cities.add(city);
        }
        List<OrganisationImport.Link> links = new ArrayList<>();
        for (int i = 0; i < ORGANISATIONS; i++) {
            if (rows.get(i).organisation().type().equals("customer")) {
                links.add(new OrganisationImport.Link(25 + random.nextInt(40), "partner_of", i));
                if (random.nextInt(3) == 0) {
                    links.add(new OrganisationImport.Link(10 + random.nextInt(15), "integrator_of", i));
                }
            }
        }
        List<UUID> ids = organisations.importOrganisations(rows, links);
        List<Org> orgs = new ArrayList<>();
        for (int i = 0; i < ids.size(); i++) {
            orgs.add(new Org(ids.get(i), meta.get(i)[0], meta.get(i)[1], meta.get(i)[2], cities.get(i), rows.get(i).firstSeen()));
        }
        return orgs;
    }

    private List<PeopleImport.Row> people(Random random, Instant now, List<Org> orgs, List<UUID> sellers, List<UUID> developers) {
        List<PeopleImport.Row> rows = new ArrayList<>();
        Set<String> emails = new HashSet<>();
        Org carolsCompany = orgs.get(100);
        rows.add(person("Carol", "Smith", "Ms", "she/her", "carol.smith@" + carolsCompany.domain(), "(415) 555-0134",
                carolsCompany, "IT Director", "customer", sellers.get(0), now.minus(Duration.ofDays(300)), List.of("newsletter")));
        rows.add(person("Carole", "Smith", "Mr", null, "c.smith@" + carolsCompany.domain(), null, carolsCompany,
                "IT Director", "lead", developers.get(0), now.minus(Duration.ofDays(20)), List.of()));
        Org jonsCompany = orgs.get(200);
        rows.add(person("Jon", "Peters", null, null, "jon.peters@" + jonsCompany.domain(), "+1 415 555 0199", jonsCompany,
                "Storage Administrator", "mql", developers.get(1), now.minus(Duration.ofDays(120)), List.of("seminar-2026")));
        rows.add(person("Jonathan", "Peters", null, null, "jpeters@" + jonsCompany.domain(), "(415) 555-0199", jonsCompany,
                "Storage Administrator", "lead", developers.get(1), now.minus(Duration.ofDays(12)), List.of()));
        emails.addAll(List.of("carol.smith@" + carolsCompany.domain(), "c.smith@" + carolsCompany.domain(),
                "jon.peters@" + jonsCompany.domain(), "jpeters@" + jonsCompany.domain()));
        while (rows.size() < PEOPLE) {
            boolean female = random.nextBoolean();
            String first = pick(random, female ? ArcadiaNames.FEMALE : ArcadiaNames.MALE);
            String last = pick(random, ArcadiaNames.LAST);
            Org org = orgs.get(65 + random.nextInt(orgs.size() - 65));
            if (random.nextInt(10) == 0) {
                org = orgs.get(random.nextInt(65));
            }
            String local = (first + "." + last).toLowerCase(Locale.ROOT).replaceAll("[^a-z.]", "");
            String email = local + "@" + org.domain();
            for (int n = 2; !emails.add(email); n++) {
                email = local + n + "@" + org.domain();
            }
            String stage = stage(random, org.type());
            UUID owner = List.of("subscriber", "lead", "mql").contains(stage) ? pick(random, developers) : pick(random, sellers);
            Instant firstSeen = org.since().plus(Duration.ofHours(random.nextInt(24 * 30)));
            if (firstSeen.isAfter(now)) {
                firstSeen = now.minus(Duration.ofHours(1 + random.nextInt(48)));
            }
            List<String> tags = new ArrayList<>();
            if (random.nextInt(100) < 30) {
                tags.add("newsletter");
            }
            if (random.nextInt(100) < 6) {
                tags.add("seminar-2026");
            }
            if (random.nextInt(100) < 4) {
                tags.add("webinar-q1");
            }
            if (random.nextInt(100) < 5) {
                tags.add("trade-show-2026");
            }
            rows.add(person(first, last, null, null, email, random.nextInt(100) < 70 ? phone(random, org.city()) : null, org,
                    pick(random, ArcadiaNames.TITLES), stage, owner, firstSeen, tags));
        }
        return rows;
    }

    private PeopleImport.Row person(String first, String last, String salutation, String pronouns, String email, String phone,
            Org org, String title, String stage, UUID owner, Instant firstSeen, List<String> tags) {
        String source = SOURCES[Math.floorMod((first + last + email).hashCode(), SOURCES.length)];
        String consent = Math.floorMod(email.hashCode(), 20) == 0 ? "opted_out" : Math.floorMod(email.hashCode(), 10) < 6 ? "opted_in" : null;
        Map<String, Object> custom = Math.floorMod(email.hashCode(), 3) == 0
                ? Map.of("interest", List.of(ArcadiaNames.INTERESTS.get(Math.floorMod(last.hashCode(), ArcadiaNames.INTERESTS.size()))))
                : Map.of();
        return new PeopleImport.Row(new PersonSpec(first, last, salutation, pronouns, List.of(email),
                phone == null ? List.of() : List.of(new PersonSpec.PhoneSpec(phone, "work")),
                new Address(null, org.city().name(), null, null, org.city().country()), owner, stage, custom,
                List.of(new PersonSpec.EmploymentSpec(org.id(), title, true))),
                new PersonSpec.Arrival(source, detail(source, org), consent, consent == null ? null : "web form", tags), firstSeen);
    }

    private static final String[] SOURCES = {"search_engine", "search_engine", "search_engine", "ad", "ad", "referral", "event",
            "event", "partner", "email", "social", "direct", "import"};

    private static String detail(String source, Org org) {
        return switch (source) {
            case "search_engine" -> "google: " + (org.name().length() % 2 == 0 ? "enterprise backup storage" : "all-flash array price");
            case "ad" -> "LinkedIn campaign: Storage TCO";
            case "referral" -> "referred by a customer";
            case "event" -> "Storage Summit 2026";
            case "partner" -> "channel partner registration";
            default -> null;
        };
    }

    private static String stage(Random random, String orgType) {
        if (!orgType.equals("customer") && !orgType.equals("prospect")) {
            return "customer";
        }
        if (orgType.equals("customer")) {
            return random.nextInt(10) < 8 ? "customer" : "evangelist";
        }
        int r = random.nextInt(100);
        return r < 25 ? "subscriber" : r < 55 ? "lead" : r < 70 ? "mql" : r < 80 ? "sql" : r < 90 ? "opportunity" : "dead";
    }

    private String phone(Random random, ArcadiaNames.City city) {
        String phone = city.phoneFormat().contains("%02d %02d")
                ? city.phoneFormat().formatted(random.nextInt(100), random.nextInt(100))
                : city.phoneFormat().formatted(random.nextInt(10_000));
        try {
            phones.normalise("phone", phone);
            return phone;
        } catch (InvalidInputException e) {
            return null;
        }
    }

    private List<UUID> staff(String... firstNames) {
        List<UUID> ids = new ArrayList<>();
        for (String first : firstNames) {
            identity.userByEmail(first + "@arcadia.example").map(User::id).ifPresent(ids::add);
        }
        return ids;
    }

    private static <T> T pick(Random random, List<T> list) {
        return list.get(random.nextInt(list.size()));
    }
}
