package dev.baton.automation.workflow;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import dev.baton.automation.internal.PersonFields;
import dev.baton.contacts.LifecycleStageChanged;
import dev.baton.contacts.PeopleTagged;
import dev.baton.contacts.PeopleUntagged;
import dev.baton.contacts.PeopleChanged;
import dev.baton.contacts.PersonChanged;
import dev.baton.deals.DealStageChanged;
import dev.baton.marketing.FormSubmitted;
import dev.baton.tasks.TaskCompleted;
import dev.baton.tasks.Tasks;

/**
 * Domain events start workflows whose first trigger they match, and wake runs waiting for them at a
 * later trigger (a goal). Delivered after commit through the event publication registry, so an
 * event is not lost when starting fails: it is delivered again.
 */
@Component
class WorkflowTriggers {

    private final WorkflowStarter starter;
    private final Tasks tasks;

    WorkflowTriggers(WorkflowStarter starter, Tasks tasks) {
        this.starter = starter;
        this.tasks = tasks;
    }

    @ApplicationModuleListener
    void on(LifecycleStageChanged event) {
        happened("stage_changed", event.to(), event.at(), List.of(RunRecord.ofPerson(event.person())));
    }

    @ApplicationModuleListener
    void on(PeopleTagged event) {
        happened("tag_applied", event.tag(), event.at(), people(event.people()));
    }

    @ApplicationModuleListener
    void on(PeopleUntagged event) {
        happened("tag_removed", event.tag(), event.at(), people(event.people()));
    }

    @ApplicationModuleListener
    void on(FormSubmitted event) {
        happened("form_submitted", event.form(), event.at(), List.of(RunRecord.ofPerson(event.person())));
    }

    @ApplicationModuleListener
    void on(DealStageChanged event) {
        UUID person = event.people().isEmpty() ? null : event.people().get(0);
        happened("deal_stage_changed", event.to(), event.at(), List.of(RunRecord.ofDeal(event.deal(), person)));
    }

    @ApplicationModuleListener
    void on(PersonChanged event) {
        for (PersonFields.Changed changed : PersonFields.changed(event.changes())) {
            happened("field_changed", changed.field(), event.at(), List.of(RunRecord.ofPerson(event.person())));
        }
    }

    /** One field set for many people (a campaign's set_field): as many single changes. */
    @ApplicationModuleListener
    void on(PeopleChanged event) {
        event.changes().forEach(this::on);
    }

    /** A completed task about a person (or a deal) starts workflows on task_completed without a value: any task. */
    @ApplicationModuleListener
    void on(TaskCompleted event) {
        tasks.find(event.task()).filter(t -> t.person() != null || t.deal() != null).ifPresent(task -> happened("task_completed", null,
                event.at(), List.of(task.deal() != null ? RunRecord.ofDeal(task.deal(), task.person()) : RunRecord.ofPerson(task.person()))));
    }

    private void happened(String type, String value, Instant at, List<RunRecord> records) {
        starter.correlate(type, value, records);
        starter.start(type, value, at, records);
    }

    private static List<RunRecord> people(List<UUID> people) {
        return people.stream().map(RunRecord::ofPerson).toList();
    }
}
