package dev.baton.tasks;

import java.time.Instant;
import java.util.UUID;

/** A task to create: for a user or a role, due at a time, optionally about a person, organisation or deal. */
public record NewTask(String title, String description, Instant due, Priority priority, Assignee assignee, UUID person,
        UUID organisation, UUID deal) {

    /** A normal-priority task about nothing in particular. */
    public static NewTask of(String title, Assignee assignee, Instant due) {
        return new NewTask(title, "", due, Priority.NORMAL, assignee, null, null, null);
    }
}
