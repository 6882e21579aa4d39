package dev.baton.automation.workflow;

import java.util.UUID;

import org.flowable.bpmn.model.BpmnModel;
import org.flowable.engine.HistoryService;
import org.flowable.engine.RepositoryService;
import org.flowable.engine.RuntimeService;
import org.springframework.context.ApplicationContext;

import dev.baton.processes.ProcessDocument;

/**
 * For the journey benchmark: a document run the way a team would run a campaign with a BPMN engine
 * alone — compiled by Baton's workflow compiler to the model Baton deploys, and started as one
 * process instance per person, each step calling Baton's actions for that one person.
 */
public final class WorkflowBench {

    private final RepositoryService repository;
    private final RuntimeService runtime;
    private final HistoryService history;

    public WorkflowBench(ApplicationContext context) {
        this.repository = context.getBean(RepositoryService.class);
        this.runtime = context.getBean(RuntimeService.class);
        this.history = context.getBean(HistoryService.class);
    }

    /** Deploys the document as an executable model; returns the engine's definition id. */
    public String deploy(ProcessDocument document) {
        BpmnModel model = WorkflowCompiler.compile(document);
        String deployment = repository.createDeployment().key(document.key()).name(document.name())
                .addBpmnModel(document.key() + ".bpmn20.xml", model).deploy().getId();
        return repository.createProcessDefinitionQuery().deploymentId(deployment).singleResult().getId();
    }

    /** Starts one instance for a person, as Baton's starter does (the person is the business key and a variable). */
    public void start(String definition, UUID person) {
        RunRecord record = RunRecord.ofPerson(person);
        runtime.createProcessInstanceBuilder().processDefinitionId(definition).businessKey(person.toString())
                .variables(record.variables()).start();
    }

    /** How many instances of the definition have ended. */
    public long finished(String definition) {
        return history.createHistoricProcessInstanceQuery().processDefinitionId(definition).finished().count();
    }

    /** How many instances of the definition are still running. */
    public long running(String definition) {
        return runtime.createProcessInstanceQuery().processDefinitionId(definition).count();
    }
}
