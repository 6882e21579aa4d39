package dev.baton.tasks.internal;

import java.util.List;
import java.util.UUID;

import dev.baton.tasks.Task;

/**
 * Someone acting on tasks: a signed-in user with the roles they wear, and whether they manage
 * identity (and so may act on anyone's task). {@link #BATON} is Baton itself, acting for a process.
 */
public record Actor(UUID user, List<String> roles, boolean manager) {

    public static final Actor BATON = new Actor(null, List.of(), true);

    public Actor {
        roles = List.copyOf(roles);
    }

    /** May complete, snooze, reassign, reopen or edit the task: its assignee, a wearer of its role, or a manager. */
    public boolean mayWork(Task task) {
        return manager || (user != null && user.equals(task.assignee().user()))
                || (task.assignee().forRole() && roles.contains(task.assignee().role()));
    }

    /** May try to take the task: a wearer of the role it is (or was) offered to, or a manager. */
    public boolean mayClaim(Task task) {
        String role = task.assignee().forRole() ? task.assignee().role() : task.claimedFromRole();
        return manager || (role != null && roles.contains(role));
    }

    /** May read the task: whoever may work on it or claim it, and whoever created it. */
    public boolean mayRead(Task task) {
        return mayWork(task) || mayClaim(task) || (user != null && user.equals(task.createdBy()));
    }
}
