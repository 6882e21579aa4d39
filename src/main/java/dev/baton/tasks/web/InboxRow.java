package dev.baton.tasks.web;

import java.util.UUID;

/** One task as the inbox page shows it, with what the viewer may do to it. */
record InboxRow(UUID id, String title, String description, String due, boolean overdue, String priority, String assignee,
        boolean claimable, String snoozedUntil, String problem) {

    InboxRow withProblem(String message) {
        return new InboxRow(id, title, description, due, overdue, priority, assignee, false, snoozedUntil, message);
    }
}
