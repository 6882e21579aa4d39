package dev.baton.tasks.web;

import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.Optional;

import dev.baton.identity.Identity;
import dev.baton.identity.User;
import dev.baton.platform.api.FieldProblem;
import dev.baton.tasks.internal.Actor;
import dev.baton.tasks.internal.TaskInput;

/**
 * The new-task form: the due time as a browser's datetime-local (in the server's zone), and the
 * assignee as "me", a colleague's email or a role.
 */
record TaskForm(String title, String description, String due, String priority, String assignTo, String userEmail,
        String role) {

    static TaskForm blank(String due) {
        return new TaskForm("", "", due, "normal", "me", "", "");
    }

    /** The colleague the form names, if "a user" was chosen and the email is not anyone's. */
    Optional<FieldProblem> unknownColleague(Identity identity) {
        if (!"user".equals(assignTo) || colleague(identity).isPresent()) {
            return Optional.empty();
        }
        return Optional.of(new FieldProblem("user", userEmail, "is not the email of a Baton user"));
    }

    TaskInput.Draft draft(Actor me, Identity identity) {
        return draft(me, identity, null, null);
    }

    /** The draft of a task about a person or an organisation (given as the form's page, not by the form). */
    TaskInput.Draft draft(Actor me, Identity identity, String person, String organisation) {
        String user = switch (assignTo == null ? "me" : assignTo) {
            case "user" -> colleague(identity).map(u -> u.id().toString()).orElse(null);
            case "role" -> null;
            default -> me.user().toString();
        };
        String assignedRole = "role".equals(assignTo) ? role : null;
        return new TaskInput.Draft(title, description, withZone(due), priority, user, assignedRole, person, organisation, null);
    }

    private Optional<User> colleague(Identity identity) {
        return userEmail == null || userEmail.isBlank() ? Optional.empty() : identity.userByEmail(userEmail.trim());
    }

    /** 2026-11-23T10:00 in the server's zone as an ISO time with offset; anything else is left for the check to name. */
    private static String withZone(String local) {
        if (local == null || local.isBlank()) {
            return local;
        }
        try {
            return LocalDateTime.parse(local.trim()).atZone(InboxRows.zone()).toOffsetDateTime().toString();
        } catch (DateTimeParseException e) {
            return local;
        }
    }
}
