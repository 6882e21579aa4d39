package dev.baton.automation.workflow;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.flowable.engine.RuntimeService;
import org.flowable.engine.runtime.Execution;
import org.flowable.engine.runtime.ProcessInstance;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import dev.baton.processes.Processes;

/**
 * Starts new work and wakes waiting work. One run per record and document at a time: a record
 * with a run still going is not started again. New work takes the document's published version,
 * and only for what happened after that version was published.
 */
@Component
class WorkflowStarter {

    private final RuntimeService runtime;
    private final WorkflowVersions versions;
    private final WorkflowDeployer deployer;
    private final Processes processes;

    WorkflowStarter(RuntimeService runtime, WorkflowVersions versions, WorkflowDeployer deployer, Processes processes) {
        this.runtime = runtime;
        this.versions = versions;
        this.deployer = deployer;
        this.processes = processes;
    }

    /** In every workflow this event (with this value) starts, a run for each record that has none going; returns the runs started. */
    @Transactional
    public List<String> start(String event, String value, Instant at, List<RunRecord> records) {
        List<String> started = new ArrayList<>();
        for (WorkflowVersions.Deployed candidate : versions.startedBy(event, value)) {
            current(candidate.document())
                    .filter(v -> v.triggerEvent().equals(event) && Objects.equals(v.triggerValue(), value))
                    .filter(v -> !at.isBefore(v.publishedAt()))
                    .ifPresent(v -> records.forEach(record -> startOne(v, record).ifPresent(started::add)));
        }
        return started;
    }

    /** A run of a document for a record, whatever starts the document (a manual start, or a step of another workflow). */
    @Transactional
    public Optional<String> startFor(String document, RunRecord record) {
        return current(document).flatMap(v -> startOne(v, record));
    }

    /** Work waiting for this event (a goal) goes on: every run of the records that waits for it. Returns how many went on. */
    @Transactional
    public int correlate(String event, String value, List<RunRecord> records) {
        String message = WorkflowCompiler.messageName(event, value);
        if (runtime.createEventSubscriptionQuery().eventType("message").eventName(message).count() == 0) {
            return 0; // nothing waits for it: one query, not one per record
        }
        int woken = 0;
        for (RunRecord record : records) {
            for (Execution waiting : runtime.createExecutionQuery().messageEventSubscriptionName(message)
                    .processInstanceBusinessKey(record.key().toString(), true).list()) {
                runtime.messageEventReceived(message, waiting.getId());
                woken++;
            }
        }
        return woken;
    }

    /** The version new work takes: the published one (deployed now if the engine lacks it); none once the document is retired. */
    private Optional<WorkflowVersions.Deployed> current(String document) {
        return processes.published(document).filter(v -> "workflow".equals(v.body().kind())).flatMap(published -> versions
                .newest(document).filter(v -> v.version().equals(published.id()))
                .or(() -> deployer.deployCurrent(document).filter(v -> v.version().equals(published.id()))));
    }

    private Optional<String> startOne(WorkflowVersions.Deployed version, RunRecord record) {
        String key = record.key().toString();
        versions.lock("workflow-run:" + version.document() + ":" + key);
        boolean going = runtime.createProcessInstanceQuery().processDefinitionKey(WorkflowCompiler.id(version.document()))
                .processInstanceBusinessKey(key).count() > 0;
        if (going) {
            return Optional.empty();
        }
        ProcessInstance run = runtime.createProcessInstanceBuilder().processDefinitionId(version.definition()).businessKey(key)
                .name(version.name()).variables(record.variables()).start();
        return Optional.of(run.getId());
    }
}
