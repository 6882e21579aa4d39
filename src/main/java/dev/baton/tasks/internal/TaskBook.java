package dev.baton.tasks.internal;

import java.time.Clock;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import dev.baton.platform.Ids;
import dev.baton.platform.api.StaleVersionException;
import dev.baton.platform.api.Versions;
import dev.baton.platform.audit.AuditTrail;
import dev.baton.tasks.Assignee;
import dev.baton.tasks.NewTask;
import dev.baton.tasks.Task;

/** Writing tasks down and reading them back: create, look up, edit the fields. */
@Service
public class TaskBook {

    private final TaskRows rows;
    private final TaskInput input;
    private final AuditTrail audit;
    private final Clock clock;

    TaskBook(TaskRows rows, TaskInput input, AuditTrail audit, Clock clock) {
        this.rows = rows;
        this.input = input;
        this.audit = audit;
        this.clock = clock;
    }

    public Optional<Task> find(UUID id) {
        return rows.find(id);
    }

    /** The task, if the actor may read it: 404 if there is none, 403 if it is someone else's. */
    public Task get(UUID id, Actor actor) {
        Task task = rows.get(id);
        if (!actor.mayRead(task)) {
            throw new AccessDeniedException("not your task");
        }
        return task;
    }

    /** Creates a task; {@code createdBy} is null when Baton creates it for a process. */
    @Transactional
    public Task create(NewTask task, UUID createdBy) {
        NewTask checked = input.check(task);
        UUID id = Ids.next(clock);
        rows.insert(id, checked, createdBy, clock.instant());
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("title", checked.title());
        details.put("due", checked.due().toString());
        details.put("priority", checked.priority().code());
        details.put("assignee", describe(checked.assignee()));
        audit.record("task.created", "task", id, details);
        return rows.get(id);
    }

    /** Replaces the editable fields; a changed due time makes the task eligible for a new overdue notice. */
    @Transactional
    public Task change(UUID id, TaskInput.Fields fields, Long expectedVersion, Actor actor) {
        Task before = rows.get(id);
        if (!actor.mayWork(before)) {
            throw new AccessDeniedException("not your task");
        }
        Versions.check("task " + id, expectedVersion, before.version());
        Map<String, Object> params = new HashMap<>();
        params.put("title", fields.title());
        params.put("description", fields.description());
        params.put("due", TaskRows.timestamp(fields.due()));
        params.put("priority", fields.priority().code());
        params.put("person", fields.person());
        params.put("organisation", fields.organisation());
        params.put("deal", fields.deal());
        Task after = rows.change(before, """
                title = :title, description = :description, due = :due, priority = :priority, person_id = :person,
                organisation_id = :organisation, deal_id = :deal,
                overdue_notified_at = case when due = :due then overdue_notified_at end""", params)
                .orElseThrow(() -> new StaleVersionException("task " + id, rows.get(id).version()));
        audit.record("task.changed", "task", id, diff(before, after));
        return after;
    }

    private static Map<String, Object> diff(Task before, Task after) {
        Map<String, Object> diff = new LinkedHashMap<>();
        put(diff, "title", before.title(), after.title());
        put(diff, "description", before.description(), after.description());
        put(diff, "due", before.due(), after.due());
        put(diff, "priority", before.priority().code(), after.priority().code());
        put(diff, "person", before.person(), after.person());
        put(diff, "organisation", before.organisation(), after.organisation());
        put(diff, "deal", before.deal(), after.deal());
        return diff;
    }

    private static void put(Map<String, Object> diff, String field, Object before, Object after) {
        if (!Objects.equals(before, after)) {
            diff.put(field, Arrays.asList(before == null ? null : before.toString(), after == null ? null : after.toString()));
        }
    }

    /** An assignee as the audit trail records it. */
    static Map<String, String> describe(Assignee assignee) {
        return assignee.forRole() ? Map.of("role", assignee.role()) : Map.of("user", assignee.user().toString());
    }
}
