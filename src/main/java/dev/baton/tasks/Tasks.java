package dev.baton.tasks;

import java.util.Optional;
import java.util.UUID;

/** What other modules may ask of tasks: create a task for a user or a role, complete it, read it. */
public interface Tasks {

    /** Creates a task on behalf of Baton (e.g. a process step); 400 problems for bad values. */
    Task create(NewTask task);

    /** Completes an open task on behalf of Baton; a task already done is a conflict. */
    Task complete(UUID task);

    Optional<Task> find(UUID task);
}
