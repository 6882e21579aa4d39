package dev.baton.automation.workflow;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.flowable.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

import dev.baton.automation.internal.WebhookOutbox;
import dev.baton.automation.internal.WebhookPayloads;

/**
 * A workflow's webhook step: one delivery for the run's record, about its person and its deal,
 * under the key {@code workflow:<run>:<step>:<visit>} ({@link StepVisits}), written in the step's
 * transaction, so the engine retrying the step calls nobody twice.
 */
@Component
class WorkflowWebhooks {

    private final WorkflowVersions versions;
    private final RunRecords records;
    private final WebhookPayloads payloads;
    private final WebhookOutbox outbox;
    private final Clock clock;

    WorkflowWebhooks(WorkflowVersions versions, RunRecords records, WebhookPayloads payloads, WebhookOutbox outbox, Clock clock) {
        this.versions = versions;
        this.records = records;
        this.payloads = payloads;
        this.outbox = outbox;
        this.clock = clock;
    }

    void call(DelegateExecution execution, Map<String, String> with, String key) {
        Optional<WorkflowVersions.Deployed> version = versions.ofDefinition(execution.getProcessDefinitionId());
        String process = version.map(WorkflowVersions.Deployed::document).orElse(execution.getProcessDefinitionId());
        String step = execution.getCurrentActivityId();
        WebhookPayloads.Call call = new WebhookPayloads.Call(process, version.map(WorkflowVersions.Deployed::number).orElse(0), step,
                with, clock.instant());
        Optional<UUID> person = records.person(execution);
        UUID deal = records.deal(execution).orElse(null);
        String payload = person.map(p -> payloads.forPeople(call, List.of(p), deal).get(p))
                .orElseGet(() -> payloads.withoutPerson(call, deal));
        outbox.enqueue(List.of(new WebhookOutbox.NewDelivery(key,
                with.get("url"), payload, process, step, person.orElse(null))));
    }
}
