package dev.baton.tasks;

import java.util.UUID;

/** Whom a task is for: one user, or a role whose wearers may claim it. Exactly one is set. */
public record Assignee(UUID user, String role) {

    public Assignee {
        if ((user == null) == (role == null)) {
            throw new IllegalArgumentException("A task is assigned to a user or to a role, exactly one of them");
        }
    }

    public static Assignee ofUser(UUID user) {
        return new Assignee(user, null);
    }

    public static Assignee ofRole(String role) {
        return new Assignee(null, role);
    }

    /** True when anyone wearing the role may take the task. */
    public boolean forRole() {
        return role != null;
    }
}
