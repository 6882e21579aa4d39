package dev.baton.tasks.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import dev.baton.identity.Identity;
import dev.baton.identity.User;
import dev.baton.platform.api.ConflictException;
import dev.baton.platform.api.InvalidInputException;
import dev.baton.platform.audit.AuditTrail;
import dev.baton.tasks.Assignee;
import dev.baton.tasks.Task;
import dev.baton.tasks.TaskCompleted;

/** What happens to a task after it is written: claimed, snoozed, reassigned, completed, reopened. */
@Service
public class TaskLifecycle {

    private final TaskRows rows;
    private final Identity identity;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    TaskLifecycle(TaskRows rows, Identity identity, AuditTrail audit, ApplicationEventPublisher events, Clock clock) {
        this.rows = rows;
        this.identity = identity;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    /** Takes a role's task: it becomes the actor's. Whoever comes second gets a conflict. */
    @Transactional
    public Task claim(UUID id, Actor actor) {
        Task task = rows.get(id);
        if (actor.user() != null && actor.user().equals(task.assignee().user())) {
            return task;
        }
        if (actor.user() == null || !actor.mayClaim(task)) {
            throw new AccessDeniedException("not a task of a role you wear");
        }
        if (!task.open()) {
            throw new ConflictException("The task '" + task.title() + "' is already done.");
        }
        if (!task.assignee().forRole()) {
            throw new ConflictException("The task '" + task.title() + "' was already taken by " + name(task.assignee().user()) + ".");
        }
        Task claimed = rows.change(task, "assignee_user = :user, assignee_role = null, claimed_from_role = assignee_role",
                        Map.of("user", actor.user()))
                .orElseThrow(() -> new ConflictException("Someone took the task '" + task.title() + "' at the same moment."));
        audit.record("task.claimed", "task", id, Map.of("role", task.assignee().role(), "user", actor.user().toString()));
        return claimed;
    }

    @Transactional
    public Task complete(UUID id, Actor actor) {
        Task task = workable(id, actor);
        if (!task.open()) {
            throw new ConflictException("The task '" + task.title() + "' is already done.");
        }
        Instant now = clock.instant();
        Map<String, Object> params = new HashMap<>();
        params.put("at", TaskRows.timestamp(now));
        params.put("by", actor.user());
        Task done = change(task, "status = 'done', completed_at = :at, completed_by = :by, snoozed_until = null", params);
        audit.record("task.completed", "task", id, Map.of());
        events.publishEvent(new TaskCompleted(id, done.assignee(), actor.user(), now));
        return done;
    }

    /** Opens a done task again; if it is overdue, its assignee is told again. */
    @Transactional
    public Task reopen(UUID id, Actor actor) {
        Task task = workable(id, actor);
        if (task.open()) {
            throw new ConflictException("The task '" + task.title() + "' is open already.");
        }
        Task reopened = change(task, "status = 'open', completed_at = null, completed_by = null, overdue_notified_at = null",
                Map.of());
        audit.record("task.reopened", "task", id, Map.of());
        return reopened;
    }

    /** Hides an open task from the inbox until a later time. */
    @Transactional
    public Task snooze(UUID id, Instant until, Actor actor) {
        Task task = workable(id, actor);
        if (!until.isAfter(clock.instant())) {
            throw new InvalidInputException("until", until.toString(), "must be in the future");
        }
        if (!task.open()) {
            throw new ConflictException("The task '" + task.title() + "' is done; there is nothing to snooze.");
        }
        Task snoozed = change(task, "snoozed_until = :until", Map.of("until", TaskRows.timestamp(until)));
        audit.record("task.snoozed", "task", id, Map.of("until", until.toString()));
        return snoozed;
    }

    /** Gives an open task to another user or role; the new assignee gets a fresh overdue notice. */
    @Transactional
    public Task reassign(UUID id, Assignee to, Actor actor) {
        Task task = workable(id, actor);
        if (!task.open()) {
            throw new ConflictException("The task '" + task.title() + "' is done; reopen it before reassigning it.");
        }
        Map<String, Object> params = new HashMap<>();
        params.put("user", to.user());
        params.put("role", to.role());
        Task reassigned = change(task,
                "assignee_user = :user, assignee_role = :role, claimed_from_role = null, overdue_notified_at = null", params);
        audit.record("task.reassigned", "task", id,
                Map.of("from", TaskBook.describe(task.assignee()), "to", TaskBook.describe(to)));
        return reassigned;
    }

    private Task workable(UUID id, Actor actor) {
        Task task = rows.get(id);
        if (!actor.mayWork(task)) {
            throw new AccessDeniedException("not your task");
        }
        return task;
    }

    private Task change(Task task, String assignments, Map<String, ?> params) {
        return rows.change(task, assignments, params).orElseThrow(() -> new ConflictException("The task '" + task.title()
                + "' was changed by someone else at the same moment; read it again and repeat."));
    }

    private String name(UUID user) {
        return identity.user(user).map(User::displayName).orElse("someone else");
    }
}
