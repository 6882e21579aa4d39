package dev.baton.tasks;

import java.time.Instant;
import java.util.UUID;

/** An open task passed its due time (and any snooze) without being done; published once per overdue spell. */
public record TaskOverdue(UUID task, Assignee assignee, Instant due, Instant at) {
}
