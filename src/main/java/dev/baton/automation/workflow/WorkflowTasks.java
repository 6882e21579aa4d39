package dev.baton.automation.workflow;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import org.flowable.identitylink.api.IdentityLink;
import org.flowable.task.service.delegate.DelegateTask;
import org.flowable.task.service.delegate.TaskListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import dev.baton.processes.Sla;
import dev.baton.tasks.Assignee;
import dev.baton.tasks.NewTask;
import dev.baton.tasks.Priority;
import dev.baton.tasks.Task;
import dev.baton.tasks.Tasks;

/**
 * One inbox: each user task of a workflow becomes a task in the tasks module for its lane's role,
 * due when the step's SLA ends, about the run's person and deal, in the same transaction. When the
 * engine's task goes away without that task being done (the run was cancelled), Baton completes
 * it, so nobody works on a step that no longer waits.
 */
@Component(WorkflowCompiler.TASKS)
public class WorkflowTasks implements TaskListener {

    private final Tasks tasks;
    private final RunRecords records;
    private final WorkflowVersions versions;
    private final JdbcClient jdbc;
    private final Clock clock;

    WorkflowTasks(Tasks tasks, RunRecords records, WorkflowVersions versions, JdbcClient jdbc, Clock clock) {
        this.tasks = tasks;
        this.records = records;
        this.versions = versions;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    public void notify(DelegateTask task) {
        switch (task.getEventName()) {
            case EVENTNAME_CREATE -> create(task);
            case EVENTNAME_DELETE -> inboxTask(task.getId()).flatMap(tasks::find).filter(Task::open).ifPresent(t -> tasks.complete(t.id()));
            default -> { }
        }
    }

    private void create(DelegateTask task) {
        String role = task.getCandidates().stream().map(IdentityLink::getGroupId).filter(g -> g != null).findFirst()
                .orElseThrow(() -> new IllegalStateException("The workflow task " + task.getTaskDefinitionKey() + " has no role"));
        Instant due = task.getDueDate() != null ? task.getDueDate().toInstant()
                : Sla.parse(WorkflowCompiler.DEFAULT_DUE).after(clock.instant(), EngineClock.zone());
        String subject = records.subject(task);
        String title = subject.isEmpty() ? task.getName() : task.getName() + ": " + subject;
        String from = versions.ofDefinition(task.getProcessDefinitionId())
                .map(v -> "A step of " + v.name() + " (version " + v.number() + ").").orElse("");
        String description = task.getDescription() == null || task.getDescription().isBlank() ? from : task.getDescription() + "\n\n" + from;
        Task created = tasks.create(new NewTask(title.length() > 200 ? title.substring(0, 200) : title, description, due,
                Priority.NORMAL, Assignee.ofRole(role), records.person(task).orElse(null), null, records.deal(task).orElse(null)));
        jdbc.sql("""
                insert into workflow_tasks (task, engine_task, process_instance, step, created_at)
                values (:task, :engine, :instance, :step, :at)""")
                .param("task", created.id()).param("engine", task.getId()).param("instance", task.getProcessInstanceId())
                .param("step", task.getTaskDefinitionKey()).param("at", Timestamp.from(clock.instant())).update();
    }

    private Optional<UUID> inboxTask(String engineTask) {
        return jdbc.sql("select task from workflow_tasks where engine_task = :id").param("id", engineTask).query(UUID.class).optional();
    }
}
