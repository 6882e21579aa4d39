package dev.baton.tasks.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import dev.baton.platform.audit.AuditTrail;
import dev.baton.tasks.Task;
import dev.baton.tasks.TaskOverdue;

/**
 * Every minute, finds the open tasks past their due time (and past any snooze) whose assignee was
 * not told yet, stamps them and publishes {@link TaskOverdue} for each, in one transaction.
 * Rows are claimed with SKIP LOCKED, so several Baton nodes never notify a task twice.
 */
@Component
public class OverdueCheck {

    /** At most this many notices per run; the rest follow a minute later. */
    static final int BATCH = 500;

    private final JdbcClient jdbc;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    OverdueCheck(JdbcClient jdbc, AuditTrail audit, ApplicationEventPublisher events, Clock clock) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    /** Runs one check now; returns how many tasks were found overdue. */
    @Scheduled(cron = "${baton.tasks.overdue-check:0 * * * * *}")
    @Transactional
    public int notifyOverdue() {
        Instant now = clock.instant();
        List<Task> overdue = jdbc.sql("""
                update tasks set overdue_notified_at = :now
                where id in (select id from tasks
                             where status = 'open' and overdue_notified_at is null and due < :now
                               and (snoozed_until is null or snoozed_until <= :now)
                             order by due limit :batch
                             for update skip locked)
                """ + " returning " + TaskRows.COLUMNS)
                .param("now", TaskRows.timestamp(now))
                .param("batch", BATCH)
                .query(TaskRows::task).list();
        for (Task task : overdue) {
            audit.record("task.overdue", "task", task.id(),
                    Map.of("due", task.due().toString(), "assignee", TaskBook.describe(task.assignee())));
            events.publishEvent(new TaskOverdue(task.id(), task.assignee(), task.due(), now));
        }
        return overdue.size();
    }
}
