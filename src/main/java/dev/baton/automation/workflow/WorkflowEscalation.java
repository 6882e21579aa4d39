package dev.baton.automation.workflow;

import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.util.Map;

import org.flowable.engine.delegate.DelegateExecution;
import org.flowable.engine.delegate.JavaDelegate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import dev.baton.identity.Identity;
import dev.baton.identity.Role;
import dev.baton.tasks.Assignee;
import dev.baton.tasks.NewTask;
import dev.baton.tasks.Priority;
import dev.baton.tasks.Task;
import dev.baton.tasks.Tasks;

/**
 * A task's SLA ran out while it is still open: the role its lane's role reports to in the org
 * chart gets a task to see to it (the document's owner, for a role that reports to nobody). The
 * task itself stays where it is.
 */
@Component(WorkflowCompiler.ESCALATION)
public class WorkflowEscalation implements JavaDelegate {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("EEE d MMM HH:mm", java.util.Locale.ENGLISH);

    private final Tasks tasks;
    private final Identity identity;
    private final WorkflowVersions versions;
    private final JdbcClient jdbc;
    private final Clock clock;

    WorkflowEscalation(Tasks tasks, Identity identity, WorkflowVersions versions, JdbcClient jdbc, Clock clock) {
        this.tasks = tasks;
        this.versions = versions;
        this.identity = identity;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Map<String, String> fields = WorkflowActions.fields(execution);
        String role = fields.get("role");
        jdbc.sql("select task from workflow_tasks where process_instance = :instance and step = :step order by created_at desc limit 1")
                .param("instance", execution.getProcessInstanceId()).param("step", WorkflowCompiler.id(fields.get("task")))
                .query(java.util.UUID.class).optional().flatMap(tasks::find).filter(Task::open)
                .ifPresent(late -> escalate(late, role, fields.get("sla"), fields.get("owner"), versions
                        .ofDefinition(execution.getProcessDefinitionId()).map(v -> " A step of " + v.name() + " (version " + v.number() + ").")
                        .orElse("")));
    }

    private void escalate(Task late, String role, String sla, String owner, String from) {
        String manager = identity.managerOf(role).map(Role::key).orElse(owner == null || owner.isBlank() ? role : owner);
        String title = "Overdue: " + late.title();
        String description = "\"" + late.title() + "\" for the " + identity.role(role).map(Role::name).orElse(role) + " was due "
                + WHEN.format(late.due().atZone(EngineClock.zone())) + " (SLA " + sla + ") and is not done yet: see that it is." + from;
        tasks.create(new NewTask(title.length() > 200 ? title.substring(0, 200) : title, description, clock.instant(), Priority.HIGH,
                Assignee.ofRole(manager), late.person(), late.organisation(), late.deal()));
    }
}
