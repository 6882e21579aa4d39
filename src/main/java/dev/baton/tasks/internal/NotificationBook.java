package dev.baton.tasks.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import dev.baton.identity.Identity;
import dev.baton.platform.Ids;
import dev.baton.platform.api.CursorPage;
import dev.baton.platform.api.FieldProblem;
import dev.baton.platform.api.InvalidInputException;
import dev.baton.platform.api.NotFoundException;
import dev.baton.tasks.NewNotification;
import dev.baton.tasks.Notification;
import dev.baton.tasks.Notifications;

/**
 * Notifications for users and roles: sent in one statement however many, read per reader. A
 * reader's list holds what was sent to them and to the roles they wear, unread first, newest first.
 */
@Service
public class NotificationBook implements Notifications {

    static final int MAX_MESSAGE = 1_000;

    /** A page of a reader's notifications with how many of all of them are unread. */
    public record Page(List<Notification> items, String next, long unread) {
    }

    private static final String COLUMNS = """
            n.id, n.recipient_user, n.recipient_role, n.message, n.person_id, n.deal_id, n.source, n.created_at, r.read_at
            """ + " ";

    private static final String VISIBLE = """
            from notifications n left join notification_reads r on r.notification_id = n.id and r.user_id = :user
            where (n.recipient_user = :user or n.recipient_role = any(:roles))""";

    private final JdbcClient jdbc;
    private final Identity identity;
    private final Clock clock;

    NotificationBook(JdbcClient jdbc, Identity identity, Clock clock) {
        this.jdbc = jdbc;
        this.identity = identity;
        this.clock = clock;
    }

    @Override
    @Transactional
    public boolean notify(NewNotification notification) {
        return notifyAll(List.of(notification)) == 1;
    }

    @Override
    @Transactional
    public int notifyAll(List<NewNotification> notifications) {
        if (notifications.isEmpty()) {
            return 0;
        }
        check(notifications);
        Instant now = clock.instant();
        int n = notifications.size();
        UUID[] ids = new UUID[n];
        String[] keys = new String[n];
        UUID[] users = new UUID[n];
        String[] roles = new String[n];
        String[] messages = new String[n];
        UUID[] people = new UUID[n];
        UUID[] deals = new UUID[n];
        String[] sources = new String[n];
        for (int i = 0; i < n; i++) {
            NewNotification notification = notifications.get(i);
            ids[i] = Ids.next(clock);
            keys[i] = notification.key();
            users[i] = notification.to().user();
            roles[i] = notification.to().role();
            String message = notification.message().strip();
            messages[i] = message.length() > MAX_MESSAGE ? message.substring(0, MAX_MESSAGE - 1) + "…" : message;
            people[i] = notification.person();
            deals[i] = notification.deal();
            sources[i] = notification.source();
        }
        return jdbc.sql("""
                insert into notifications (id, key, recipient_user, recipient_role, message, person_id, deal_id, source, created_at)
                select id, key, u, r, m, p, d, s, :at from unnest(:ids, :keys, :users, :roles, :messages, :people, :deals, :sources)
                    as x(id, key, u, r, m, p, d, s)
                on conflict (key) do nothing""")
                .param("ids", ids).param("keys", keys).param("users", users).param("roles", roles).param("messages", messages)
                .param("people", people).param("deals", deals).param("sources", sources).param("at", Timestamp.from(now))
                .update();
    }

    /** A message and an existing recipient for each; every problem named, nothing sent. */
    private void check(List<NewNotification> notifications) {
        List<FieldProblem> problems = new ArrayList<>();
        Set<Object> known = new HashSet<>();
        for (int i = 0; i < notifications.size(); i++) {
            NewNotification notification = notifications.get(i);
            String at = notifications.size() == 1 ? "" : "[" + i + "].";
            if (notification.message() == null || notification.message().isBlank()) {
                problems.add(new FieldProblem(at + "message", notification.message(), "must say what the notification is about"));
            }
            if (notification.to() == null) {
                problems.add(new FieldProblem(at + "to", null, "must name a user or a role"));
                continue;
            }
            Object recipient = notification.to().forRole() ? notification.to().role() : notification.to().user();
            if (known.contains(recipient)) {
                continue;
            }
            boolean exists = notification.to().forRole() ? identity.role(notification.to().role()).isPresent()
                    : identity.user(notification.to().user()).isPresent();
            if (exists) {
                known.add(recipient);
            } else {
                problems.add(new FieldProblem(at + (notification.to().forRole() ? "role" : "user"), String.valueOf(recipient),
                        notification.to().forRole() ? "is not a role of the org chart" : "is not a user of Baton"));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
    }

    /** The reader's notifications, unread first, newest first, with their unread count. */
    public Page of(Actor reader, String cursor, int limit) {
        Position after = Position.decode(cursor);
        List<Notification> rows = jdbc.sql("select " + COLUMNS + VISIBLE + """

                  and (cast(:afterRead as boolean) is null
                       or (r.read_at is not null) > :afterRead
                       or ((r.read_at is not null) = :afterRead
                           and (n.created_at, n.id) < (cast(:afterAt as timestamptz), cast(:afterId as uuid))))
                order by (r.read_at is not null), n.created_at desc, n.id desc limit :limit""")
                .param("user", reader.user()).param("roles", reader.roles().toArray(String[]::new))
                .param("afterRead", after == null ? null : after.read()).param("afterAt", after == null ? null : Timestamp.from(after.at()))
                .param("afterId", after == null ? null : after.id()).param("limit", limit + 1)
                .query(NotificationBook::notification).list();
        CursorPage<Notification> page = CursorPage.of(rows, limit, n -> new Position(n.read(), n.at(), n.id()).key());
        return new Page(page.items(), page.next(), unread(reader));
    }

    public long unread(Actor reader) {
        return jdbc.sql("select count(*) " + VISIBLE + " and r.read_at is null")
                .param("user", reader.user()).param("roles", reader.roles().toArray(String[]::new)).query(Long.class).single();
    }

    /** Marks one of the reader's notifications read (again is fine); one that is not theirs is a 404. */
    @Transactional
    public Notification markRead(UUID id, Actor reader) {
        Notification notification = jdbc.sql("select " + COLUMNS + VISIBLE + " and n.id = :id").param("user", reader.user())
                .param("roles", reader.roles().toArray(String[]::new)).param("id", id).query(NotificationBook::notification).optional()
                .orElseThrow(() -> new NotFoundException("notification", id));
        if (notification.read()) {
            return notification;
        }
        Instant now = clock.instant();
        jdbc.sql("insert into notification_reads (notification_id, user_id, read_at) values (:id, :user, :at) on conflict do nothing")
                .param("id", id).param("user", reader.user()).param("at", Timestamp.from(now)).update();
        return new Notification(notification.id(), notification.user(), notification.role(), notification.message(),
                notification.person(), notification.deal(), notification.source(), notification.at(), now);
    }

    /** Marks every unread notification of the reader read, in one statement; returns how many. */
    @Transactional
    public int markAllRead(Actor reader) {
        return jdbc.sql("""
                insert into notification_reads (notification_id, user_id, read_at)
                select n.id, :user, :at from notifications n
                where (n.recipient_user = :user or n.recipient_role = any(:roles))
                  and not exists (select 1 from notification_reads r where r.notification_id = n.id and r.user_id = :user)
                on conflict do nothing""")
                .param("user", reader.user()).param("roles", reader.roles().toArray(String[]::new))
                .param("at", Timestamp.from(clock.instant())).update();
    }

    private static Notification notification(ResultSet rs, int row) throws SQLException {
        Timestamp read = rs.getTimestamp("read_at");
        return new Notification(rs.getObject("id", UUID.class), rs.getObject("recipient_user", UUID.class), rs.getString("recipient_role"),
                rs.getString("message"), rs.getObject("person_id", UUID.class), rs.getObject("deal_id", UUID.class), rs.getString("source"),
                rs.getTimestamp("created_at").toInstant(), read == null ? null : read.toInstant());
    }

    /** Where a page ends: whether its last notification was read, its time and id. */
    private record Position(boolean read, Instant at, UUID id) {

        String key() {
            return read + "|" + at + "|" + id;
        }

        static Position decode(String cursor) {
            String key = CursorPage.decode(cursor);
            if (key == null) {
                return null;
            }
            String[] parts = key.split("\\|");
            try {
                if (parts.length != 3 || !Set.of("true", "false").contains(parts[0])) {
                    throw new IllegalArgumentException(key);
                }
                return new Position(Boolean.parseBoolean(parts[0]), Instant.parse(parts[1]), UUID.fromString(parts[2]));
            } catch (DateTimeParseException | IllegalArgumentException e) {
                throw new InvalidInputException("cursor", cursor, "is not a cursor returned by this API");
            }
        }
    }
}
