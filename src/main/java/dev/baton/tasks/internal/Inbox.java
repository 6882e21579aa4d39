package dev.baton.tasks.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

import dev.baton.platform.api.CursorPage;
import dev.baton.platform.api.InvalidInputException;
import dev.baton.tasks.Task;

/**
 * One inbox per user: the open tasks assigned to them and the unclaimed open tasks of every role
 * they wear, by due time then id. Snoozed tasks stay out until their snooze ends, unless asked for.
 */
@Service
public class Inbox {

    private final JdbcClient jdbc;
    private final Clock clock;

    Inbox(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    public CursorPage<Task> of(Actor actor, boolean includeSnoozed, String cursor, int limit) {
        Position after = Position.decode(cursor);
        List<Task> rows = jdbc.sql("select " + TaskRows.COLUMNS + " from tasks\n" + """
                 where status = 'open'
                   and (assignee_user = :user or assignee_role = any(:roles))
                   and (:snoozed or snoozed_until is null or snoozed_until <= :now)
                   and (cast(:afterDue as timestamptz) is null
                        or (due, id) > (cast(:afterDue as timestamptz), cast(:afterId as uuid)))
                 order by due, id limit :limit""")
                .param("user", actor.user())
                .param("roles", actor.roles().toArray(String[]::new))
                .param("snoozed", includeSnoozed)
                .param("now", TaskRows.timestamp(clock.instant()))
                .param("afterDue", after == null ? null : TaskRows.timestamp(after.due()))
                .param("afterId", after == null ? null : after.id())
                .param("limit", limit + 1)
                .query(TaskRows::task).list();
        return CursorPage.of(rows, limit, t -> new Position(t.due(), t.id()).key());
    }

    /** The open tasks about a person, an organisation or a deal, soonest due first, whoever they are for. */
    public List<Task> openAbout(Subject subject, UUID id, int limit) {
        String column = switch (subject) {
            case PERSON -> "person_id";
            case ORGANISATION -> "organisation_id";
            case DEAL -> "deal_id";
        };
        return jdbc.sql("select " + TaskRows.COLUMNS + " from tasks where status = 'open' and " + column + " = :id"
                        + " order by due, id limit :limit")
                .param("id", id).param("limit", limit).query(TaskRows::task).list();
    }

    /** What a task can be about. */
    public enum Subject {
        PERSON, ORGANISATION, DEAL
    }

    /** Where a page ends: the due time and id of its last task. */
    private record Position(Instant due, UUID id) {

        String key() {
            return due + "|" + id;
        }

        static Position decode(String cursor) {
            String key = CursorPage.decode(cursor);
            if (key == null) {
                return null;
            }
            int bar = key.indexOf('|');
            try {
                return new Position(Instant.parse(key.substring(0, Math.max(bar, 0))), UUID.fromString(key.substring(bar + 1)));
            } catch (DateTimeParseException | IllegalArgumentException e) {
                throw new InvalidInputException("cursor", cursor, "is not a cursor returned by this API");
            }
        }
    }
}
