package dev.baton.tasks;

import java.util.UUID;

/**
 * A notification to send: to a user or a role ({@code to}), with a message, about a person or a
 * deal. {@code key}, when given, makes it exactly-once: a second notification with the same key is
 * not added (a process step uses its run and step, or its enrollment and step).
 */
public record NewNotification(String key, Assignee to, String message, UUID person, UUID deal, String source) {
}
