package dev.baton.tasks.internal;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

import dev.baton.contacts.Contacts;
import dev.baton.identity.Identity;
import dev.baton.identity.User;
import dev.baton.tasks.Assignee;
import dev.baton.tasks.NewTask;
import dev.baton.tasks.Priority;

/** Reads what a person typed or an API caller sent into task values, naming every field that is wrong. */
@Component
public class TaskInput {

    static final int MAX_TITLE = 200;
    static final int MAX_DESCRIPTION = 10_000;
    private static final String PRIORITIES = Arrays.stream(Priority.values()).map(Priority::code).collect(Collectors.joining(", "));

    /** A new task as given: every value still text. */
    public record Draft(String title, String description, String due, String priority, String user, String role,
            String person, String organisation, String deal) {
    }

    /** The editable fields of a task as given: every value still text. */
    public record Edit(String title, String description, String due, String priority, String person, String organisation,
            String deal) {
    }

    /** The editable fields of a task, checked. */
    public record Fields(String title, String description, Instant due, Priority priority, UUID person, UUID organisation,
            UUID deal) {
    }

    private final Identity identity;
    private final Contacts contacts;

    TaskInput(Identity identity, Contacts contacts) {
        this.identity = identity;
        this.contacts = contacts;
    }

    public NewTask newTask(Draft draft) {
        Problems problems = new Problems();
        Fields fields = fields(new Edit(draft.title(), draft.description(), draft.due(), draft.priority(), draft.person(),
                draft.organisation(), draft.deal()), problems);
        Assignee assignee = assignee(draft.user(), draft.role(), problems);
        problems.throwIfAny();
        return new NewTask(fields.title(), fields.description(), fields.due(), fields.priority(), assignee, fields.person(),
                fields.organisation(), fields.deal());
    }

    public Fields fields(Edit edit) {
        Problems problems = new Problems();
        Fields fields = fields(edit, problems);
        problems.throwIfAny();
        return fields;
    }

    /** A user (by id) or a role (by key), exactly one, that exists. */
    public Assignee assignee(String user, String role) {
        Problems problems = new Problems();
        Assignee assignee = assignee(user, role, problems);
        problems.throwIfAny();
        return assignee;
    }

    /** A time with an offset, like 2026-11-23T10:00:00Z or 2026-11-23T11:00:00+01:00. */
    public Instant time(String field, String value) {
        Problems problems = new Problems();
        Instant time = time(field, value, problems);
        problems.throwIfAny();
        return time;
    }

    /** Checks a task another module asks for, as strictly as one typed by a person. */
    NewTask check(NewTask task) {
        Problems problems = new Problems();
        title(task.title(), problems);
        description(task.description(), problems);
        if (task.due() == null) {
            problems.add("due", null, "must be given");
        }
        if (task.assignee() == null) {
            problems.add("assignee", null, "must be a user or a role");
        } else {
            assignee(task.assignee().user() == null ? null : task.assignee().user().toString(), task.assignee().role(), problems);
        }
        links(task.person(), task.organisation(), problems);
        problems.throwIfAny();
        return new NewTask(task.title().trim(), task.description() == null ? "" : task.description(), task.due(),
                task.priority() == null ? Priority.NORMAL : task.priority(), task.assignee(), task.person(),
                task.organisation(), task.deal());
    }

    private Fields fields(Edit edit, Problems problems) {
        Fields fields = new Fields(title(edit.title(), problems), description(edit.description(), problems),
                time("due", edit.due(), problems), priority(edit.priority(), problems), id("person", edit.person(), problems),
                id("organisation", edit.organisation(), problems), id("deal", edit.deal(), problems));
        links(fields.person(), fields.organisation(), problems);
        return fields;
    }

    /** A task about a person or an organisation must name one that exists. */
    private void links(UUID person, UUID organisation, Problems problems) {
        if (person != null && contacts.person(person).isEmpty()) {
            problems.add("person", person, "is not a person");
        }
        if (organisation != null && contacts.organisation(organisation).isEmpty()) {
            problems.add("organisation", organisation, "is not an organisation");
        }
    }

    private static String title(String title, Problems problems) {
        if (title == null || title.isBlank()) {
            problems.add("title", title, "must not be blank");
        } else if (title.trim().length() > MAX_TITLE) {
            problems.add("title", null, "must be at most " + MAX_TITLE + " characters");
        }
        return title == null ? null : title.trim();
    }

    private static String description(String description, Problems problems) {
        if (description != null && description.length() > MAX_DESCRIPTION) {
            problems.add("description", null, "must be at most " + MAX_DESCRIPTION + " characters");
        }
        return description == null ? "" : description.strip();
    }

    private static Instant time(String field, String value, Problems problems) {
        if (value == null || value.isBlank()) {
            problems.add(field, value, "must be given, as a time with an offset like 2026-11-23T10:00:00Z");
            return null;
        }
        try {
            return OffsetDateTime.parse(value.trim()).toInstant();
        } catch (DateTimeParseException e) {
            problems.add(field, value, "is not a time; write it with an offset, like 2026-11-23T10:00:00Z");
            return null;
        }
    }

    private static Priority priority(String priority, Problems problems) {
        if (priority == null || priority.isBlank()) {
            return Priority.NORMAL;
        }
        return Priority.ofCode(priority.trim()).orElseGet(() -> {
            problems.add("priority", priority, "must be one of " + PRIORITIES);
            return null;
        });
    }

    private Assignee assignee(String user, String role, Problems problems) {
        boolean hasUser = user != null && !user.isBlank();
        boolean hasRole = role != null && !role.isBlank();
        if (hasUser == hasRole) {
            String message = hasUser ? "give a user or a role, not both" : "give a user or a role to assign the task to";
            problems.add("user", user, message).add("role", role, message);
            return null;
        }
        if (hasRole) {
            if (identity.role(role.trim()).isEmpty()) {
                problems.add("role", role, "is not a role");
                return null;
            }
            return Assignee.ofRole(role.trim());
        }
        UUID id = id("user", user, problems);
        if (id == null) {
            return null;
        }
        if (identity.user(id).filter(User::enabled).isEmpty()) {
            problems.add("user", user, "is not an active user");
            return null;
        }
        return Assignee.ofUser(id);
    }

    private static UUID id(String field, String value, Problems problems) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return UUID.fromString(value.trim());
        } catch (IllegalArgumentException e) {
            problems.add(field, value, "is not an id (a UUID)");
            return null;
        }
    }
}
