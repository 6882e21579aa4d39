package dev.baton.tasks.web;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.springframework.stereotype.Component;

import dev.baton.identity.Identity;
import dev.baton.identity.Role;
import dev.baton.identity.User;
import dev.baton.tasks.Task;
import dev.baton.tasks.internal.Actor;

/** Turns tasks into inbox rows: names instead of ids, times in the server's zone. */
@Component
class InboxRows {

    static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("EEE d MMM yyyy, HH:mm", Locale.ENGLISH);

    private final Identity identity;
    private final Clock clock;

    InboxRows(Identity identity, Clock clock) {
        this.identity = identity;
        this.clock = clock;
    }

    /** A row maker for one page: it remembers the names it looked up. */
    Maker maker(Actor viewer) {
        return new Maker(viewer);
    }

    static ZoneId zone() {
        return ZoneId.systemDefault();
    }

    static String show(Instant time) {
        return time == null ? null : SHOWN.format(time.atZone(zone()));
    }

    final class Maker {

        private final Actor viewer;
        private final Map<UUID, String> people = new HashMap<>();
        private final Map<String, String> roles = new HashMap<>();

        private Maker(Actor viewer) {
            this.viewer = viewer;
        }

        InboxRow row(Task task) {
            Instant now = clock.instant();
            String snoozed = task.snoozedUntil() != null && task.snoozedUntil().isAfter(now) ? show(task.snoozedUntil()) : null;
            return new InboxRow(task.id(), task.title(), task.description(), show(task.due()),
                    task.open() && task.due().isBefore(now), task.priority().code(), assignee(task),
                    task.open() && task.assignee().forRole() && viewer.mayClaim(task), snoozed, null);
        }

        private String assignee(Task task) {
            if (task.assignee().forRole()) {
                return roles.computeIfAbsent(task.assignee().role(),
                        key -> identity.role(key).map(Role::name).orElse(key)) + " (anyone)";
            }
            if (task.assignee().user().equals(viewer.user())) {
                return "you";
            }
            return people.computeIfAbsent(task.assignee().user(),
                    id -> identity.user(id).map(User::displayName).orElse("a former user"));
        }
    }
}
