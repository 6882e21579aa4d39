package dev.baton.automation.internal;

import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import dev.baton.automation.JourneyPlan;
import dev.baton.automation.Journeys;
import dev.baton.automation.Workflows;
import dev.baton.contacts.Contacts;
import dev.baton.contacts.Person;
import dev.baton.identity.Identity;
import dev.baton.identity.User;
import dev.baton.processes.ProcessVersion;
import dev.baton.processes.Processes;
import dev.baton.tasks.Assignee;
import dev.baton.tasks.NewNotification;
import dev.baton.tasks.Notifications;

/**
 * The campaign steps that work on records beyond the person's tags and stage: set a field (one
 * statement for the batch), notify a user or role (one insert for the batch, keyed by enrollment
 * and step), open a deal per person, start another process (a workflow run per person, or the
 * whole batch enrolled in a campaign), and the holds of a wait until a person's date. They run in
 * the runner's batch transaction, so a crash keeps none of it without the advance.
 */
@Component
class CampaignActions {

    private static final Logger log = LoggerFactory.getLogger(CampaignActions.class);

    private final Contacts contacts;
    private final Notifications notifications;
    private final DealOpener deals;
    private final Workflows workflows;
    private final Journeys journeys;
    private final Processes processes;
    private final Identity identity;

    CampaignActions(Contacts contacts, Notifications notifications, DealOpener deals, Workflows workflows, Journeys journeys,
            Processes processes, Identity identity) {
        this.contacts = contacts;
        this.notifications = notifications;
        this.deals = deals;
        this.workflows = workflows;
        this.journeys = journeys;
        this.processes = processes;
        this.identity = identity;
    }

    /** One enrollment at the step: its id (the idempotency key's half) and its person. */
    /** One enrollment at the step: its person, and the key of this visit's side effects ({@link JourneyRunner#key}). */
    record At(long enrollment, UUID person, String key) {
    }

    void run(JourneyPlan.Node node, List<At> batch) {
        List<UUID> people = batch.stream().map(At::person).toList();
        Map<String, String> with = node.with();
        switch (node.type()) {
            case "set_field" -> contacts.setField(with.get("field"), with.get("value"), people);
            case "notify" -> notify(node, batch);
            case "create_deal" -> contacts.people(people).forEach(person -> deals.open(with, person.id(), person.displayName()));
            case "start_process" -> start(with.get("process"), people);
            default -> throw new IllegalArgumentException("not a campaign action: " + node.type());
        }
    }

    /** Those waiting at a wait until a person's date field who wait on: person → when their date begins. */
    Map<UUID, Instant> holds(JourneyPlan.Node node, List<UUID> people, Instant now, ZoneId zone) {
        String until = node.with().get("until");
        if (!"wait".equals(node.type()) || until == null || !WaitUntil.parse(until).byField()) {
            return Map.of();
        }
        String key = until.strip().substring("person.custom.".length());
        Map<UUID, Instant> held = new HashMap<>();
        for (Person person : contacts.people(people)) {
            Instant at = WaitUntil.onDate(person.custom().get(key), now, zone);
            if (at.isAfter(now)) {
                held.put(person.id(), at);
            }
        }
        return held;
    }

    private void notify(JourneyPlan.Node node, List<At> batch) {
        Map<String, String> with = node.with();
        String role = with.get("role");
        Assignee fixed = role != null && !role.isBlank() && !"owner".equals(role) ? Assignee.ofRole(role)
                : role == null || role.isBlank() ? user(with.get("user")) : null;
        Map<UUID, Person> people = new HashMap<>();
        if (fixed == null) {
            contacts.people(batch.stream().map(At::person).toList()).forEach(p -> people.put(p.id(), p));
        }
        List<NewNotification> made = new ArrayList<>();
        for (At at : batch) {
            Assignee to = fixed != null ? fixed : Optional.ofNullable(people.get(at.person())).map(Person::owner).map(Assignee::ofUser)
                    .orElse(null);
            if (to != null) { // "owner" notifies no one about a person without an owner
                made.add(new NewNotification(at.key(), to, with.get("message"), at.person(),
                        null, "Campaign step " + node.key()));
            }
        }
        notifications.notifyAll(made);
    }

    private Assignee user(String user) {
        return Assignee.ofUser(identity.userNamed(user).map(User::id).orElseThrow(() -> new IllegalStateException("No user " + user)));
    }

    /** A workflow: a run per person (none for who has one going); a campaign: the batch enrolled at once. */
    private void start(String process, List<UUID> people) {
        Optional<String> kind = processes.published(process).map(ProcessVersion::body).map(b -> b.kind());
        if (kind.isEmpty()) {
            log.warn("A campaign step starts {}, which is not published; {} people went on without it.", process, people.size());
            return;
        }
        if ("workflow".equals(kind.get())) {
            people.forEach(person -> workflows.start(process, person, null));
        } else {
            journeys.enroll(process, people);
        }
    }
}
