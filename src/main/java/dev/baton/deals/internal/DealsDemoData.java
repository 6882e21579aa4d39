package dev.baton.deals.internal;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;

import org.springframework.stereotype.Component;

import dev.baton.contacts.Contacts;
import dev.baton.contacts.Person;
import dev.baton.deals.Deal;
import dev.baton.deals.Pipeline;
import dev.baton.identity.Identity;
import dev.baton.identity.User;
import dev.baton.platform.api.CursorPage;
import dev.baton.platform.demo.DemoData;

/** Arcadia's two pipelines and deals for the people who are opportunities or customers. */
@Component
class DealsDemoData implements DemoData {

    private static final String[] PRODUCTS = {"Arcadia X9 all-flash array", "Arcadia B4 backup appliance", "Arcadia Archive vault",
            "Installation and setup", "3-year support", "Expansion shelf"};
    private static final String[] LOST = {"Chose a competitor", "No budget this year", "Went with cloud storage", "Project cancelled"};

    private final Pipelines pipelines;
    private final DealBook deals;
    private final Contacts contacts;
    private final Identity identity;
    private final Clock clock;

    DealsDemoData(Pipelines pipelines, DealBook deals, Contacts contacts, Identity identity, Clock clock) {
        this.pipelines = pipelines;
        this.deals = deals;
        this.contacts = contacts;
        this.identity = identity;
        this.clock = clock;
    }

    @Override
    public int order() {
        return 35;
    }

    @Override
    public void load() {
        Pipeline direct = pipelines.create("New business", "EUR", List.of(
                new Pipelines.StageSpec("qualification", "Qualification", 10, "open"),
                new Pipelines.StageSpec("discovery", "Discovery", 25, "open"),
                new Pipelines.StageSpec("proposal", "Proposal", 50, "open"),
                new Pipelines.StageSpec("negotiation", "Negotiation", 75, "open"),
                new Pipelines.StageSpec("won", "Closed won", 100, "won"),
                new Pipelines.StageSpec("lost", "Closed lost", 0, "lost")));
        pipelines.create("Channel", "EUR", List.of(
                new Pipelines.StageSpec("registered", "Deal registered", 20, "open"),
                new Pipelines.StageSpec("approved", "Approved", 50, "open"),
                new Pipelines.StageSpec("ordered", "Ordered", 100, "won"),
                new Pipelines.StageSpec("rejected", "Rejected", 0, "lost")));
        List<UUID> sellers = new ArrayList<>();
        for (String first : List.of("hannah", "daniel", "victor")) {
            identity.userByEmail(first + "@arcadia.example").map(User::id).ifPresent(sellers::add);
        }
        Random random = new Random(7);
        String[] open = {"qualification", "discovery", "proposal", "negotiation"};
        int made = 0;
        String cursor = null;
        do {
            CursorPage<Person> page = contacts.people(cursor, 500);
            for (Person person : page.items()) {
                boolean opportunity = List.of("sql", "opportunity").contains(person.lifecycleStage());
                boolean customer = "customer".equals(person.lifecycleStage()) && random.nextInt(12) == 0;
                if ((!opportunity && !customer) || person.organisations().isEmpty() || made >= 160) {
                    continue;
                }
                Person.Employment job = person.organisations().get(0);
                List<Deal.LineItem> items = new ArrayList<>();
                items.add(new Deal.LineItem(PRODUCTS[random.nextInt(3)], BigDecimal.valueOf(1 + random.nextInt(3)),
                        BigDecimal.valueOf(20_000 + random.nextInt(60) * 1_000)));
                if (random.nextBoolean()) {
                    items.add(new Deal.LineItem(PRODUCTS[3 + random.nextInt(3)], BigDecimal.ONE, BigDecimal.valueOf(2_000 + random.nextInt(8) * 500)));
                }
                LocalDate close = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC).plusDays(random.nextInt(150) - 30);
                Deal deal = deals.create(new DealBook.DealSpec(direct.id(), open[random.nextInt(customer ? 1 : open.length)],
                        job.name() + " — " + items.get(0).product(), null, "EUR", close, sellers.get(random.nextInt(sellers.size())),
                        job.organisationId(), List.of(new Deal.DealPerson(person.id(), null, "decision maker")), items, null));
                if (customer) {
                    deals.move(deal.id(), "won", null, null);
                } else if (random.nextInt(8) == 0) {
                    deals.move(deal.id(), "lost", LOST[random.nextInt(LOST.length)], null);
                }
                made++;
            }
            cursor = page.next();
        } while (cursor != null && made < 160);
    }
}
