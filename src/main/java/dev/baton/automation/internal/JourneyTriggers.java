package dev.baton.automation.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import dev.baton.contacts.LifecycleStageChanged;
import dev.baton.contacts.PeopleTagged;
import dev.baton.contacts.PeopleUntagged;
import dev.baton.contacts.PeopleChanged;
import dev.baton.contacts.PersonChanged;
import dev.baton.deals.DealStageChanged;
import dev.baton.deals.Deals;
import dev.baton.marketing.EmailLinkClicked;
import dev.baton.marketing.FormSubmitted;
import dev.baton.tasks.Task;
import dev.baton.tasks.TaskCompleted;
import dev.baton.tasks.Tasks;

/**
 * Starts journeys from domain events (never by polling): a batch of tagged people is enrolled in
 * one statement per journey the tag starts. A field that changes, a deal that moves and a task that
 * is done enroll their person the same way; dates and saved searches have their own paths
 * ({@link DateTriggers}, {@link SearchTriggers}). The same events reach the journeys' goals on
 * them (a later trigger of a campaign), Keap style: who reaches one leaves every step before it.
 */
@Component
class JourneyTriggers {

    private final JourneyBook book;
    private final JourneyGoals goals;
    private final Deals deals;
    private final Tasks tasks;

    JourneyTriggers(JourneyBook book, JourneyGoals goals, Deals deals, Tasks tasks) {
        this.book = book;
        this.goals = goals;
        this.deals = deals;
        this.tasks = tasks;
    }

    @ApplicationModuleListener
    void on(PeopleTagged event) {
        enroll("tag_applied", event.tag(), event.people());
    }

    @ApplicationModuleListener
    void on(PeopleUntagged event) {
        enroll("tag_removed", event.tag(), event.people());
    }

    @ApplicationModuleListener
    void on(FormSubmitted event) {
        enroll("form_submitted", event.form(), List.of(event.person()));
    }

    @ApplicationModuleListener
    void on(LifecycleStageChanged event) {
        enroll("stage_changed", event.to(), List.of(event.person()));
    }

    @ApplicationModuleListener
    void on(PersonChanged event) {
        List<PersonFields.Changed> changes = PersonFields.changed(event.changes());
        Set<String> fields = new LinkedHashSet<>();
        changes.forEach(changed -> fields.add(changed.field()));
        // goals with a target value (with.to) are reached, and triggers with one start, only when the field took that value
        for (PersonFields.Changed changed : changes) {
            if (changed.to() != null) {
                goals.achieveGoals("field_changed", changed.field(), changed.to(), List.of(event.person()));
            }
        }
        enroll("field_changed", fields, List.of(event.person()));
        for (PersonFields.Changed changed : changes) {
            if (changed.to() != null) {
                for (String journey : book.triggered("field_changed", changed.field(), changed.to())) {
                    book.enroll(journey, List.of(event.person()));
                }
            }
        }
    }

    /** One field set for many people (a campaign's set_field): enrolled together, and by the value each took. */
    @ApplicationModuleListener
    void on(PeopleChanged event) {
        Map<String, List<UUID>> byField = new LinkedHashMap<>();
        Map<List<String>, List<UUID>> byValue = new LinkedHashMap<>();
        for (PersonChanged change : event.changes()) {
            for (PersonFields.Changed changed : PersonFields.changed(change.changes())) {
                byField.computeIfAbsent(changed.field(), f -> new ArrayList<>()).add(change.person());
                if (changed.to() != null) {
                    byValue.computeIfAbsent(List.of(changed.field(), changed.to()), f -> new ArrayList<>()).add(change.person());
                }
            }
        }
        byValue.forEach((change, people) -> goals.achieveGoals("field_changed", change.get(0), change.get(1), people));
        byField.forEach((field, people) -> enroll("field_changed", field, people));
        byValue.forEach((change, people) -> {
            for (String journey : book.triggered("field_changed", change.get(0), change.get(1))) {
                book.enroll(journey, people);
            }
        });
    }

    @ApplicationModuleListener
    void on(DealStageChanged event) {
        if (event.people().isEmpty()) {
            return;
        }
        Set<String> named = new LinkedHashSet<>();
        named.add(event.to());
        deals.deal(event.deal()).flatMap(d -> deals.pipelines().stream().filter(p -> p.id().equals(d.pipeline())).findFirst())
                .ifPresent(p -> {
                    named.add(p.name() + "/" + event.to());
                    named.add(PersonFields.slug(p.name()) + "/" + event.to());
                });
        enroll("deal_stage_changed", named, event.people());
    }

    @ApplicationModuleListener
    void on(TaskCompleted event) {
        Task task = tasks.find(event.task()).orElse(null);
        if (task == null || task.person() == null) {
            return;
        }
        // the value of a trigger or goal is a fragment of the title (or nothing, for any task): each value the title holds
        // enrolls (first triggers) and reaches goals (later triggers, whatever the campaign starts on)
        Set<String> fragments = new LinkedHashSet<>();
        fragments.add("");
        book.startingOn("task_completed").forEach(s -> fragments.add(s.trigger().value() == null ? "" : s.trigger().value().trim()));
        fragments.addAll(goals.goalValues("task_completed"));
        Set<String> values = new LinkedHashSet<>();
        for (String fragment : fragments) {
            if (task.title().toLowerCase(Locale.ROOT).contains(fragment.toLowerCase(Locale.ROOT))) {
                values.add(fragment);
            }
        }
        enroll("task_completed", values, List.of(task.person()));
    }

    @ApplicationModuleListener
    void on(EmailLinkClicked event) {
        enroll("link_clicked", event.template(), List.of(event.person()));
    }

    private void enroll(String type, String value, List<UUID> people) {
        enroll(type, java.util.Collections.singleton(value), people);
    }

    /**
     * One event that several trigger values name (a stage, and the same stage with its pipeline):
     * goals first for all of them, then enrollment — so the event that enrolls someone does not
     * also move them past a goal of the journey they enter.
     */
    private void enroll(String type, Set<String> values, List<UUID> people) {
        values.forEach(value -> goals.achieveGoals(type, value, people));
        for (String value : values) {
            for (String journey : book.triggered(type, value)) {
                book.enroll(journey, people);
            }
        }
    }
}
