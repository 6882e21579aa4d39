package dev.baton.tasks.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import dev.baton.platform.api.NotFoundException;
import dev.baton.tasks.Assignee;
import dev.baton.tasks.NewTask;
import dev.baton.tasks.Priority;
import dev.baton.tasks.Task;
import dev.baton.tasks.TaskStatus;

/** The tasks table: reading rows into tasks, inserting, and changing a row at the version it was read. */
@Component
class TaskRows {

    static final String COLUMNS = """
            id, title, description, due, priority, status, assignee_user, assignee_role, claimed_from_role,
            person_id, organisation_id, deal_id, created_by, created_at, completed_at, completed_by,
            snoozed_until, overdue_notified_at, version""";

    private final JdbcClient jdbc;

    TaskRows(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<Task> find(UUID id) {
        return jdbc.sql("select " + COLUMNS + " from tasks where id = :id").param("id", id).query(TaskRows::task).optional();
    }

    Task get(UUID id) {
        return find(id).orElseThrow(() -> new NotFoundException("task", id));
    }

    void insert(UUID id, NewTask task, UUID createdBy, Instant at) {
        jdbc.sql("""
                insert into tasks (id, title, description, due, priority, assignee_user, assignee_role,
                                   person_id, organisation_id, deal_id, created_by, created_at)
                values (:id, :title, :description, :due, :priority, :user, :role, :person, :organisation, :deal, :by, :at)""")
                .param("id", id).param("title", task.title()).param("description", task.description())
                .param("due", timestamp(task.due())).param("priority", task.priority().code())
                .param("user", task.assignee().user()).param("role", task.assignee().role())
                .param("person", task.person()).param("organisation", task.organisation()).param("deal", task.deal())
                .param("by", createdBy).param("at", timestamp(at))
                .update();
    }

    /**
     * Applies {@code assignments} (SQL, with named parameters from {@code params}) to the task if it
     * is still at the version it was read; empty when someone changed it meanwhile.
     */
    Optional<Task> change(Task task, String assignments, Map<String, ?> params) {
        return jdbc.sql("update tasks set " + assignments + ", version = version + 1 where id = :id and version = :version"
                        + " returning " + COLUMNS)
                .params(params).param("id", task.id()).param("version", task.version())
                .query(TaskRows::task).optional();
    }

    static Timestamp timestamp(Instant instant) {
        return instant == null ? null : Timestamp.from(instant);
    }

    static Task task(ResultSet rs, int row) throws SQLException {
        String role = rs.getString("assignee_role");
        return new Task(rs.getObject("id", UUID.class), rs.getString("title"), rs.getString("description"),
                instant(rs, "due"), Priority.ofCode(rs.getString("priority")).orElseThrow(),
                TaskStatus.valueOf(rs.getString("status").toUpperCase(java.util.Locale.ROOT)),
                role == null ? Assignee.ofUser(rs.getObject("assignee_user", UUID.class)) : Assignee.ofRole(role),
                rs.getString("claimed_from_role"), rs.getObject("person_id", UUID.class),
                rs.getObject("organisation_id", UUID.class), rs.getObject("deal_id", UUID.class),
                rs.getObject("created_by", UUID.class), instant(rs, "created_at"), instant(rs, "completed_at"),
                rs.getObject("completed_by", UUID.class), instant(rs, "snoozed_until"),
                instant(rs, "overdue_notified_at"), rs.getLong("version"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }
}
