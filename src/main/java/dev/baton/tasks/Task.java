package dev.baton.tasks;

import java.time.Instant;
import java.util.UUID;

/**
 * A task or reminder: what to do, by when, for whom, and about which person, organisation or
 * deal. {@code claimedFromRole} is the role a claimed task was taken from; {@code createdBy}
 * and {@code completedBy} are null when Baton itself acted for a process.
 */
public record Task(UUID id, String title, String description, Instant due, Priority priority, TaskStatus status,
        Assignee assignee, String claimedFromRole, UUID person, UUID organisation, UUID deal, UUID createdBy,
        Instant createdAt, Instant completedAt, UUID completedBy, Instant snoozedUntil, Instant overdueNotifiedAt,
        long version) {

    public boolean open() {
        return status == TaskStatus.OPEN;
    }
}
