package dev.baton.tasks;

import java.time.Instant;
import java.util.UUID;

/** A task was completed; {@code completedBy} is null when Baton completed it for a process. */
public record TaskCompleted(UUID task, Assignee assignee, UUID completedBy, Instant at) {
}
