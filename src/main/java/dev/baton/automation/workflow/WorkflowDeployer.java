package dev.baton.automation.workflow;

import java.time.Clock;
import java.util.Optional;

import org.flowable.bpmn.model.BpmnModel;
import org.flowable.engine.RepositoryService;
import org.flowable.engine.repository.Deployment;
import org.flowable.engine.repository.ProcessDefinition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Async;
import org.springframework.stereotype.Component;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.transaction.support.TransactionTemplate;

import dev.baton.processes.ProcessDocument;
import dev.baton.processes.ProcessPublished;
import dev.baton.processes.ProcessVersion;
import dev.baton.processes.Processes;
import dev.baton.processes.Step;

/**
 * Publishing a workflow-kind document deploys it to the engine under the document's key, in the
 * same transaction: the engine numbers the definitions, runs already going stay on theirs, and new
 * work takes the newest. At start-up, published versions the engine lacks (published before
 * workflows ran, or on a fresh engine schema) are deployed too.
 */
@Component
class WorkflowDeployer {

    private static final Logger log = LoggerFactory.getLogger(WorkflowDeployer.class);

    private final RepositoryService repository;
    private final WorkflowVersions versions;
    private final Processes processes;
    private final TransactionTemplate transactions;
    private final TransactionTemplate nested;
    private final Clock clock;

    WorkflowDeployer(RepositoryService repository, WorkflowVersions versions, Processes processes, TransactionTemplate transactions,
            Clock clock) {
        this.repository = repository;
        this.versions = versions;
        this.processes = processes;
        this.transactions = transactions;
        this.nested = new TransactionTemplate(transactions.getTransactionManager());
        this.nested.setPropagationBehavior(TransactionDefinition.PROPAGATION_NESTED);
        this.clock = clock;
    }

    /**
     * In the publishing transaction, so that a workflow is deployed the moment its publication can be
     * seen: work its trigger starts right after never finds it missing.
     */
    @TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT)
    void on(ProcessPublished published) {
        if (!"workflow".equals(published.kind())) {
            return;
        }
        // a savepoint: should deploying fail, the publication still stands, and start-up tries again
        try {
            nested.executeWithoutResult(status -> processes.published(published.key())
                    .filter(current -> current.id().equals(published.version())).ifPresent(this::deploy));
        } catch (RuntimeException e) {
            log.error("Version {} of {} is published but could not be deployed; it will be tried again at the next start.",
                    published.number(), published.key(), e);
        }
    }

    /** Off the start-up thread: until it is done, a run that needs a version not yet deployed deploys it itself. */
    @Async
    @EventListener(ApplicationReadyEvent.class)
    void catchUp() {
        processes.published().stream().filter(v -> "workflow".equals(v.body().kind())).filter(v -> !versions.has(v.id()))
                .forEach(v -> transactions.executeWithoutResult(status -> deploy(v)));
    }

    /** Deploys the current published version of a document unless it is deployed already; returns it either way. */
    Optional<WorkflowVersions.Deployed> deployCurrent(String document) {
        processes.published(document).filter(v -> "workflow".equals(v.body().kind())).ifPresent(this::deploy);
        return versions.newest(document);
    }

    private void deploy(ProcessVersion version) {
        ProcessDocument document = version.body();
        versions.lock("workflow-deploy:" + document.key());
        if (versions.has(version.id())) {
            return;
        }
        BpmnModel model;
        try {
            model = WorkflowCompiler.compile(document);
        } catch (WorkflowCompileException e) {
            log.error("{} Version {} is published but does not run: new work is not started on it.", e.getMessage(), version.number());
            return;
        }
        Deployment deployment = repository.createDeployment().key(document.key()).name(document.name() + " v" + version.number())
                .category(version.id().toString()).addBpmnModel(document.key() + ".bpmn20.xml", model).deploy();
        ProcessDefinition definition = repository.createProcessDefinitionQuery().deploymentId(deployment.getId()).singleResult();
        Step trigger = WorkflowCompiler.trigger(document);
        versions.add(new WorkflowVersions.Deployed(version.id(), document.key(), version.number(), document.name(),
                trigger.event() == null ? "manual" : trigger.event(),
                trigger.value(), version.publishedAt() == null ? clock.instant() : version.publishedAt(), definition.getId()),
                deployment.getId(), clock.instant());
        log.info("Workflow {} version {} deployed as {}", document.key(), version.number(), definition.getId());
    }
}
