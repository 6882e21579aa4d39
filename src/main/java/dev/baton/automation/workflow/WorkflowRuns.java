package dev.baton.automation.workflow;

import java.time.Instant;
import java.util.Comparator;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

import org.flowable.engine.HistoryService;
import org.flowable.engine.RuntimeService;
import org.flowable.engine.TaskService;
import org.flowable.engine.history.HistoricActivityInstance;
import org.flowable.engine.history.HistoricProcessInstance;
import org.flowable.variable.api.history.HistoricVariableInstance;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import dev.baton.automation.WorkflowRun;
import dev.baton.automation.WorkflowVersion;
import dev.baton.automation.Workflows;
import dev.baton.platform.api.NotFoundException;
import dev.baton.processes.Processes;

/** Workflows as the rest of Baton sees them, read from the engine's runtime and history (kept for insights). */
@Service
class WorkflowRuns implements Workflows {

    private final HistoryService history;
    private final RuntimeService runtime;
    private final TaskService engineTasks;
    private final WorkflowVersions versions;
    private final WorkflowStarter starter;
    private final Processes processes;
    private final JdbcClient jdbc;

    WorkflowRuns(HistoryService history, RuntimeService runtime, TaskService engineTasks, WorkflowVersions versions,
            WorkflowStarter starter, Processes processes, JdbcClient jdbc) {
        this.history = history;
        this.runtime = runtime;
        this.engineTasks = engineTasks;
        this.versions = versions;
        this.starter = starter;
        this.processes = processes;
        this.jdbc = jdbc;
    }

    @Override
    public List<WorkflowVersion> deployed() {
        return versions.all().stream().collect(Collectors.toMap(WorkflowVersions.Deployed::document, v -> v, (a, b) -> b.number() > a.number() ? b : a))
                .values().stream().sorted(Comparator.comparing(WorkflowVersions.Deployed::document))
                .map(v -> new WorkflowVersion(v.document(), v.name(), v.number(), WorkflowCompiler.messageName(v.triggerEvent(), v.triggerValue()),
                        v.publishedAt(), runtime.createProcessInstanceQuery().processDefinitionKey(WorkflowCompiler.id(v.document())).count()))
                .toList();
    }

    @Override
    public List<WorkflowRun> runs(UUID record) {
        return history.createHistoricProcessInstanceQuery().processInstanceBusinessKey(record.toString()).orderByProcessInstanceStartTime()
                .desc().list().stream().map(this::run).toList();
    }

    @Override
    @Transactional
    public Optional<WorkflowRun> start(String document, UUID person, UUID deal) {
        if (processes.published(document).filter(v -> "workflow".equals(v.body().kind())).isEmpty()) {
            throw new NotFoundException("workflow", document);
        }
        RunRecord record = deal != null ? RunRecord.ofDeal(deal, person) : RunRecord.ofPerson(person);
        return starter.startFor(document, record)
                .map(id -> run(history.createHistoricProcessInstanceQuery().processInstanceId(id).singleResult()));
    }

    private WorkflowRun run(HistoricProcessInstance instance) {
        Optional<WorkflowVersions.Deployed> version = versions.ofDefinition(instance.getProcessDefinitionId());
        String outcome = history.createHistoricVariableInstanceQuery().processInstanceId(instance.getId())
                .variableName(WorkflowCompiler.OUTCOME).list().stream().map(HistoricVariableInstance::getValue).map(String::valueOf)
                .findFirst().orElse(null);
        List<WorkflowRun.StepVisit> steps = history.createHistoricActivityInstanceQuery().processInstanceId(instance.getId())
                .list().stream()
                .filter(a -> !"sequenceFlow".equals(a.getActivityType()))
                // steps of one transaction can start in the same millisecond; the engine numbers them within it
                .sorted(Comparator.comparing(HistoricActivityInstance::getStartTime)
                        .thenComparing(HistoricActivityInstance::getTransactionOrder, Comparator.nullsLast(Comparator.naturalOrder())))
                .map(a -> new WorkflowRun.StepVisit(step(a.getActivityId()), a.getActivityType(), instant(a.getStartTime()),
                        instant(a.getEndTime())))
                .toList();
        Map<String, UUID> inbox = jdbc.sql("select engine_task, task from workflow_tasks where process_instance = :id")
                .param("id", instance.getId()).query((rs, n) -> Map.entry(rs.getString(1), rs.getObject(2, UUID.class))).list()
                .stream().collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
        List<WorkflowRun.OpenTask> open = instance.getEndTime() != null ? List.of()
                : engineTasks.createTaskQuery().processInstanceId(instance.getId()).list().stream().filter(t -> inbox.containsKey(t.getId()))
                        .map(t -> new WorkflowRun.OpenTask(step(t.getTaskDefinitionKey()), inbox.get(t.getId()))).toList();
        String state = instance.getEndTime() == null ? "running" : instance.getDeleteReason() != null ? "cancelled" : "ended";
        return new WorkflowRun(instance.getId(), version.map(WorkflowVersions.Deployed::document).orElse(instance.getProcessDefinitionKey()),
                version.map(WorkflowVersions.Deployed::name).orElse(instance.getProcessDefinitionName()),
                version.map(WorkflowVersions.Deployed::number).orElse(0), WorkflowTime.uuid(instance.getBusinessKey()).orElse(null), state,
                instant(instance.getStartTime()), instant(instance.getEndTime()), outcome,
                steps.stream().filter(s -> s.endedAt() == null).map(WorkflowRun.StepVisit::step).toList(), open, steps);
    }

    /** A step's key from its element id (ids of keys that start with a digit carry a leading underscore). */
    private static String step(String activityId) {
        return activityId != null && activityId.startsWith("_") ? activityId.substring(1) : activityId;
    }

    private static Instant instant(Date date) {
        return date == null ? null : date.toInstant();
    }
}
